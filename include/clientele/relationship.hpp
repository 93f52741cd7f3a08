// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::relationship`: a relationship type composed of
/// policies, with `with<>`, policy lookup and `profile_of`.
///
/// A relationship derives from one empty base per policy, so finding the
/// policy of a dimension is a single overload resolution (cheap to compile,
/// whatever the order of the policies), and checking that every argument is a
/// policy and each dimension appears once is a single bit-mask fold.

#ifndef CLIENTELE_RELATIONSHIP_HPP
#define CLIENTELE_RELATIONSHIP_HPP

#include <clientele/kind_rule.hpp>
#include <clientele/rules.hpp>

#include <type_traits>

namespace clientele {

/// @brief A list of types; what compile-time queries that answer with
/// several types (such as `tensions_t`) return.
template <class... Ts>
struct type_list {
  /// The number of types in the list.
  static constexpr std::size_t size = sizeof...(Ts);
};

template <class... Ps>
struct relationship;

namespace error {

/// @brief Raised when two policies of the same dimension `D` are given to
/// one relationship.
template <class D, class First, class Second>
struct dimension_given_twice {
  static_assert(detail::always_false<D, First, Second>,
                "clientele: a relationship takes at most one policy per dimension, and this "
                "dimension is given two; the dimension and both policies are named in "
                "dimension_given_twice<Dimension, First, Second>. Keep one of them, or use "
                "R::with<Policy> to replace the policy of a dimension.");
};

/// @brief Raised when a query reads dimension `D`, which the relationship
/// leaves unspecified.
template <class D>
struct dimension_not_specified {
  static_assert(detail::always_false<D>,
                "clientele: this query reads a dimension the relationship leaves unspecified; "
                "it is named in dimension_not_specified<Dimension>. Add a policy of that "
                "dimension (R::with<Policy> returns R with it), or test for it first with "
                "clientele::specifies_v<R, Dimension>.");
};

}  // namespace error

namespace detail {

// One empty base per policy: relationship<Ps...> derives from slot<D, P> for
// each policy P of dimension D.
template <class D, class P>
struct slot {};

// Stands where a diagnostic would be when there is nothing to report.
struct no_error {};

// Lookup by overload resolution on those bases. Declared only: used in
// unevaluated operands.
template <class D, class P>
P find(const slot<D, P>*);
template <class D>
unspecified<D> find(const void*);

template <class R, class D>
using lookup_t = decltype(detail::find<D>(static_cast<const R*>(nullptr)));

// The bit of a policy's dimension; zero for a type that is not a policy.
template <class P>
inline constexpr mask_t bit_v = [] {
  if constexpr (defect_v<P> == policy_defect::none) {
    return mask_t{1} << P::dimension::index;
  } else {
    return mask_t{0};
  }
}();

// Every argument a policy, each dimension at most once: one fold over bits.
template <class... Ps>
inline constexpr bool well_formed_v = ((defect_v<Ps> == policy_defect::none) && ...) &&
                                      (bit_v<Ps> + ... + mask_t{0}) ==
                                          (bit_v<Ps> | ... | mask_t{0});

template <class... Ps>
struct slots : slot<typename Ps::dimension, Ps>... {};

// --- error path: explain what is wrong with the arguments ------------------

template <class D, class... Ps>
struct first_of_dimension {
  using type = void;
};

template <class D, class P, class... Ps>
struct first_of_dimension<D, P, Ps...>
    : std::conditional_t<std::is_same_v<typename P::dimension, D>, std::type_identity<P>,
                         first_of_dimension<D, Ps...>> {};

template <class... Ps>
struct report_duplicate {};

template <class P, class... Ps>
struct report_duplicate<P, Ps...>
    : std::conditional_t<
          std::is_void_v<typename first_of_dimension<typename P::dimension, Ps...>::type>,
          report_duplicate<Ps...>,
          error::dimension_given_twice<
              typename P::dimension, P,
              typename first_of_dimension<typename P::dimension, Ps...>::type>> {};

template <class Seq, class... Ps>
struct diagnose;

template <std::size_t... Is, class... Ps>
struct diagnose<std::index_sequence<Is...>, Ps...> : explain_defect<Is, Ps>... {};

template <std::size_t... Is, class... Ps>
  requires((defect_v<Ps> == policy_defect::none) && ...)
struct diagnose<std::index_sequence<Is...>, Ps...> : report_duplicate<Ps...> {};

// --- consistency rules ------------------------------------------------------

template <std::size_t I>
struct no_error_at {};

// One base per rule: the rule's error type when the rule is broken, an empty
// placeholder otherwise.
template <std::uint32_t Broken, consistency_rule Rule, template <class, class> class Error,
          class Set, class A, class B>
using report_rule =
    std::conditional_t<(Broken & (std::uint32_t{1} << static_cast<unsigned>(Rule))) != 0,
                       Error<lookup_t<Set, A>, lookup_t<Set, B>>,
                       no_error_at<static_cast<std::size_t>(Rule)>>;

template <std::uint32_t Broken, class... Ps>
struct rule_verdict
    : report_rule<Broken, consistency_rule::periodic_billing_requires_ongoing_duration,
                  error::periodic_billing_requires_ongoing_duration, slots<Ps...>,
                  dimensions::billing, dimensions::duration>,
      report_rule<Broken, consistency_rule::retainer_requires_professional_service,
                  error::retainer_requires_professional_service, slots<Ps...>,
                  dimensions::billing, dimensions::offering>,
      report_rule<Broken, consistency_rule::periodic_billing_requires_agreement,
                  error::periodic_billing_requires_agreement, slots<Ps...>,
                  dimensions::billing, dimensions::agreement>,
      report_rule<Broken, consistency_rule::service_contract_requires_ongoing_duration,
                  error::service_contract_requires_ongoing_duration, slots<Ps...>,
                  dimensions::agreement, dimensions::duration> {};

template <class... Ps>
struct rule_verdict<0, Ps...> {};

template <class... Ps>
struct checked : slots<Ps...>, rule_verdict<broken_rules(make_profile<Ps...>()), Ps...> {};


// --- with<> ------------------------------------------------------------------

template <class... Ls>
struct concat_lists;

template <class... Ps>
struct concat_lists<relationship<Ps...>> {
  using type = relationship<Ps...>;
};

template <class... Ps, class... Qs, class... Rest>
struct concat_lists<relationship<Ps...>, relationship<Qs...>, Rest...>
    : concat_lists<relationship<Ps..., Qs...>, Rest...> {};

template <class R, class... Qs>
struct with_impl;

template <class... Ps, class... Qs>
struct with_impl<relationship<Ps...>, Qs...> {
  // Arguments that are not policies, or that repeat a dimension, are
  // reported by the relationship they would form.
  using type = relationship<Qs...>;
};

template <class... Ps, class... Qs>
  requires well_formed_v<Qs...>
struct with_impl<relationship<Ps...>, Qs...> {
  static constexpr mask_t given = (bit_v<Qs> | ... | mask_t{0});
  static constexpr mask_t had = (bit_v<Ps> | ... | mask_t{0});

  template <class P>
  using replaced = std::conditional_t<(given & bit_v<P>) != 0,
                                      lookup_t<slots<Qs...>, typename P::dimension>, P>;

  using type = typename concat_lists<
      relationship<replaced<Ps>...>,
      std::conditional_t<(had & bit_v<Qs>) != 0, relationship<>, relationship<Qs>>...>::type;
};

template <class T>
inline constexpr bool is_relationship = false;

template <class... Ps>
inline constexpr bool is_relationship<relationship<Ps...>> = true;

template <class R>
struct relationship_traits;

template <class... Ps>
struct relationship_traits<relationship<Ps...>> {
  static constexpr bool well_formed = well_formed_v<Ps...>;
  static constexpr profile value = [] {
    if constexpr (well_formed) {
      return make_profile<Ps...>();
    } else {
      return profile{};
    }
  }();
  // Compiles without a diagnostic: queries of an invalid relationship stay
  // silent, as the relationship itself has already been reported.
  static constexpr bool valid = well_formed && broken_rules(value) == 0;
  using policies = type_list<Ps...>;
};

}  // namespace detail

/// @brief A relationship type: one policy for each dimension it specifies.
///
/// Policies may come in any order; each dimension at most once; any
/// dimension may be left unspecified. Two spellings of the same set of
/// policies in different orders answer every query alike
/// (`equivalent_v`). A relationship is an empty type, so carrying one costs
/// nothing (`[[no_unique_address]]` makes it take no room at all).
///
/// *Mandates:* every argument is a `Policy`, no two of them share a
/// dimension, and together they break no consistency rule. Otherwise the
/// type does not compile, and the message says which requirement failed and
/// how to fix it (see the Diagnostics page).
///
/// @snippet quick_start.cpp define
/// @tparam Ps the policies, one per specified dimension, plus optionally a
/// `KindRule`.
template <class... Ps>
struct relationship
    : std::conditional_t<detail::well_formed_v<Ps...>, detail::checked<Ps...>,
                         detail::diagnose<std::index_sequence_for<Ps...>, Ps...>> {
  /// @brief This relationship with the dimensions of `Qs...` replaced (or
  /// added when it left them unspecified).
  ///
  /// *Mandates:* every one of `Qs...` is a `Policy` and no two share a
  /// dimension.
  template <class... Qs>
  using with = typename detail::with_impl<relationship, Qs...>::type;
};

/// @brief A relationship type: a specialisation of `clientele::relationship`.
template <class R>
concept Relationship = detail::is_relationship<R>;

/// @brief The policies of relationship `R`, in the order they were given.
template <Relationship R>
using policies_t = typename detail::relationship_traits<R>::policies;

/// @brief The profile of relationship `R`: the value of each dimension, as
/// a constant.
template <Relationship R>
inline constexpr profile profile_of = detail::relationship_traits<R>::value;

/// @brief Whether relationship `R` specifies dimension `D`.
template <Relationship R, Dimension D>
inline constexpr bool specifies_v =
    !std::is_same_v<detail::lookup_t<R, D>, unspecified<D>>;

/// @brief A relationship that specifies dimension `D`.
template <class R, class D>
concept Specifies = Relationship<R> && specifies_v<R, D>;

/// @brief The policy `R` has for dimension `D`, or `unspecified<D>`.
template <Relationship R, Dimension D>
using policy_or_unspecified_t = detail::lookup_t<R, D>;

namespace detail {

// The policy of dimension D; reports dimension_not_specified when R leaves it
// open (unless R itself is already reported as malformed).
template <class R, class D,
          class P = decltype(detail::find<D>(static_cast<const R*>(nullptr)))>
struct specified {
  using type = P;
  static constexpr typename D::value_type value = P::value;
};

// The diagnostic is a member, not a base, so that a compiler which marks the
// erroneous class invalid does not go on to report every use of `value`.
template <class R, class D>
struct specified<R, D, unspecified<D>> {
  static constexpr std::conditional_t<relationship_traits<R>::valid,
                                      error::dimension_not_specified<D>, no_error>
      diagnostic{};
  using type = unspecified<D>;
  static constexpr typename D::value_type value{};
};

}  // namespace detail

/// @brief The policy of dimension `D` in relationship `R`.
///
/// *Mandates:* `R` specifies `D`.
template <Relationship R, Dimension D>
using policy_t = typename detail::specified<R, D>::type;

/// @brief The value of dimension `D` in relationship `R`.
///
/// *Mandates:* `R` specifies `D`.
template <Relationship R, Dimension D>
inline constexpr typename D::value_type value_v = detail::specified<R, D>::value;

/// @brief The kind rule of relationship `R`: the `KindRule` among its
/// policies, or `kind_rules::catalogue` when it has none.
template <Relationship R>
using kind_rule_t = std::conditional_t<specifies_v<R, dimensions::kind_rule>,
                                       detail::lookup_t<R, dimensions::kind_rule>,
                                       kind_rules::catalogue>;

}  // namespace clientele

#endif  // CLIENTELE_RELATIONSHIP_HPP

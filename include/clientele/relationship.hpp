// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::relationship`: a relationship type composed of
/// policies, with `with<>`, policy lookup and `profile_of`.
///
/// Finding the policy of a dimension is a single overload resolution on a
/// class with one empty base per policy (cheap to compile, whatever the order
/// of the policies), instantiated on a relationship's first lookup only;
/// checking that every argument is a policy and each dimension appears once
/// is a single bit-mask sum.

#ifndef CLIENTELE_RELATIONSHIP_HPP
#define CLIENTELE_RELATIONSHIP_HPP

#include <clientele/catalogue/policy_terms.hpp>
#include <clientele/catalogue/kind_rule.hpp>
#include <clientele/catalogue/rules.hpp>

#include <type_traits>

namespace clientele {

template <class... Ps>
struct relationship;

namespace error {

/// @brief Raised when two policies of the same dimension `D` are given to
/// one relationship.
///
/// What it means and how to fix it: @ref diag_dimension_given_twice "Two policies of one dimension: the message names the dimension and both".
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
///
/// What it means and how to fix it: @ref diag_period_without_billing "The billing period of a relationship that leaves billing open".
template <class D>
struct dimension_not_specified {
  static_assert(detail::always_false<D>,
                "clientele: this query reads a dimension the relationship leaves unspecified; "
                "it is named in dimension_not_specified<Dimension>. Add a policy of that "
                "dimension (R::with<Policy> returns R with it), or test for it first with "
                "clientele::specifies_v<R, Dimension>.");
};

/// @brief Raised when a relationship is given a relationship type `R` where
/// a policy belongs.
///
/// What it means and how to fix it: @ref diag_relationship_given_a_relationship "A relationship given a relationship".
template <class R>
struct relationship_given_a_relationship {
  static_assert(detail::always_false<R>,
                "clientele: a relationship type was given where a policy belongs: "
                "relationship<...> takes policies, one per dimension, not relationships. To "
                "add or replace policies of a relationship R, write R::with<Policies...>.");
};

}  // namespace error

namespace detail {

// One empty base per policy: slots<Ps...> derives from slot<D, P> for each
// policy P of dimension D.
template <class D, class P>
struct slot {};

// A base of every invalid relationship: queries of it stay silent.
struct poisoned;
// A base of every relationship.
struct relationship_base;

// What a lookup among the policies of R resolves against: slots<Ps...> for a
// valid relationship<Ps...>, instantiated on its first lookup rather than as
// its base (most relationship types are only asked for values, which their
// code holds); `poisoned` for an invalid one; R itself for slots<Qs...>.
template <class R>
struct slots_of {
  using type = R;
};

// Stands where a diagnostic would be when there is nothing to report.
struct no_error {};

// Lookup by overload resolution on those bases. Declared only: used in
// unevaluated operands.
template <class D, class P>
P find(const slot<D, P>*);
template <class D>
unspecified<D> find(const void*);

template <class R, class D>
using lookup_t =
    decltype(detail::find<D>(static_cast<const typename slots_of<R>::type*>(nullptr)));

// The kind rule among a relationship's policies, or the catalogue's rule: a
// single overload resolution.
template <class P>
P find_rule(const slot<dimensions::kind_rule, P>*);
kind_rules::catalogue find_rule(const void*);

// The mark of one argument, summed and or-ed over a relationship's
// arguments: one bit per catalogue dimension (its position) and one for the
// kind rule, a counter of dimensions from outside the catalogue from bit 32
// and a counter of arguments that are not policies from bit 48. The sum and
// the or agree on the low 32 bits exactly when no bit is given twice.
inline constexpr std::size_t kind_rule_mark_bit = 24;
inline constexpr code_t kind_rule_mark = code_t{1} << kind_rule_mark_bit;
inline constexpr code_t foreign_mark = code_t{1} << 32;
inline constexpr code_t bad_mark = code_t{1} << 48;
inline constexpr code_t low_marks = foreign_mark - 1;
static_assert(catalogue::size < kind_rule_mark_bit - 6,
              "clientele: the catalogue has more dimensions than a relationship's marks hold.");

template <class P>
inline constexpr code_t mark_v = [] {
  if constexpr (defect_v<P> != policy_defect::none) {
    return bad_mark;
  } else if constexpr (std::is_same_v<typename P::dimension, dimensions::kind_rule>) {
    return kind_rule_mark;
  } else if constexpr (contains<typename P::dimension, catalogue>) {
    return code_t{1} << index_in<typename P::dimension, catalogue>;
  } else {
    return foreign_mark;
  }
}();

// Whether the dimensions from outside the catalogue are given once each:
// asked only of a relationship with two or more of them.
template <class... Ps>
struct distinct_dimensions {
  template <class D>
  static constexpr std::size_t occurrences = (std::size_t{std::is_same_v<D, typename Ps::dimension>} + ...);
  static constexpr bool value = ((occurrences<typename Ps::dimension> == 1) && ...);
};

constexpr bool marks_well_formed(code_t sum, code_t ors) noexcept {
  return sum < bad_mark && (sum & low_marks) == (ors & low_marks);
}

// Whether two or more arguments name dimensions from outside the catalogue,
// whose distinctness the marks cannot tell.
constexpr bool has_foreign_pair(code_t sum) noexcept {
  return (sum / foreign_mark) >= 2;
}

// The folds of a relationship's arguments, computed once per relationship
// for its base clause and its members alike.
struct marks {
  code_t sum;
  code_t ors;
  code_t code;
};

// The mark and the code of one argument, cached per type.
struct policy_info {
  code_t mark;
  code_t code;
};

template <class P>
inline constexpr policy_info info_v{mark_v<P>, code_v<P>};


// The marks of up to 16 arguments: a call of a function that is not a
// template, one per number of arguments. Fold expressions over the arguments
// cost a template substitution and a constant folding per operator and per
// relationship type; a loop over an initializer_list costs a constant
// evaluation per iteration; default arguments are copied into every call.
// This is several times cheaper than any of them, on GCC and on Clang (see
// docs/performance.md).
// The overloads are written by the macros below, one per number of
// arguments: CLIENTELE_DETAIL_ARGS_n declares a0 to a(n-1), and
// CLIENTELE_DETAIL_FOLD_n(m, op) is a0.m op ... op a(n-1).m.
constexpr marks summarize() noexcept { return marks{0, 0, 0}; }
#define CLIENTELE_DETAIL_ARGS_1 const policy_info& a0
#define CLIENTELE_DETAIL_ARGS_2 CLIENTELE_DETAIL_ARGS_1, const policy_info& a1
#define CLIENTELE_DETAIL_ARGS_3 CLIENTELE_DETAIL_ARGS_2, const policy_info& a2
#define CLIENTELE_DETAIL_ARGS_4 CLIENTELE_DETAIL_ARGS_3, const policy_info& a3
#define CLIENTELE_DETAIL_ARGS_5 CLIENTELE_DETAIL_ARGS_4, const policy_info& a4
#define CLIENTELE_DETAIL_ARGS_6 CLIENTELE_DETAIL_ARGS_5, const policy_info& a5
#define CLIENTELE_DETAIL_ARGS_7 CLIENTELE_DETAIL_ARGS_6, const policy_info& a6
#define CLIENTELE_DETAIL_ARGS_8 CLIENTELE_DETAIL_ARGS_7, const policy_info& a7
#define CLIENTELE_DETAIL_ARGS_9 CLIENTELE_DETAIL_ARGS_8, const policy_info& a8
#define CLIENTELE_DETAIL_ARGS_10 CLIENTELE_DETAIL_ARGS_9, const policy_info& a9
#define CLIENTELE_DETAIL_ARGS_11 CLIENTELE_DETAIL_ARGS_10, const policy_info& a10
#define CLIENTELE_DETAIL_ARGS_12 CLIENTELE_DETAIL_ARGS_11, const policy_info& a11
#define CLIENTELE_DETAIL_ARGS_13 CLIENTELE_DETAIL_ARGS_12, const policy_info& a12
#define CLIENTELE_DETAIL_ARGS_14 CLIENTELE_DETAIL_ARGS_13, const policy_info& a13
#define CLIENTELE_DETAIL_ARGS_15 CLIENTELE_DETAIL_ARGS_14, const policy_info& a14
#define CLIENTELE_DETAIL_ARGS_16 CLIENTELE_DETAIL_ARGS_15, const policy_info& a15
#define CLIENTELE_DETAIL_FOLD_1(m, op) a0.m
#define CLIENTELE_DETAIL_FOLD_2(m, op) CLIENTELE_DETAIL_FOLD_1(m, op) op a1.m
#define CLIENTELE_DETAIL_FOLD_3(m, op) CLIENTELE_DETAIL_FOLD_2(m, op) op a2.m
#define CLIENTELE_DETAIL_FOLD_4(m, op) CLIENTELE_DETAIL_FOLD_3(m, op) op a3.m
#define CLIENTELE_DETAIL_FOLD_5(m, op) CLIENTELE_DETAIL_FOLD_4(m, op) op a4.m
#define CLIENTELE_DETAIL_FOLD_6(m, op) CLIENTELE_DETAIL_FOLD_5(m, op) op a5.m
#define CLIENTELE_DETAIL_FOLD_7(m, op) CLIENTELE_DETAIL_FOLD_6(m, op) op a6.m
#define CLIENTELE_DETAIL_FOLD_8(m, op) CLIENTELE_DETAIL_FOLD_7(m, op) op a7.m
#define CLIENTELE_DETAIL_FOLD_9(m, op) CLIENTELE_DETAIL_FOLD_8(m, op) op a8.m
#define CLIENTELE_DETAIL_FOLD_10(m, op) CLIENTELE_DETAIL_FOLD_9(m, op) op a9.m
#define CLIENTELE_DETAIL_FOLD_11(m, op) CLIENTELE_DETAIL_FOLD_10(m, op) op a10.m
#define CLIENTELE_DETAIL_FOLD_12(m, op) CLIENTELE_DETAIL_FOLD_11(m, op) op a11.m
#define CLIENTELE_DETAIL_FOLD_13(m, op) CLIENTELE_DETAIL_FOLD_12(m, op) op a12.m
#define CLIENTELE_DETAIL_FOLD_14(m, op) CLIENTELE_DETAIL_FOLD_13(m, op) op a13.m
#define CLIENTELE_DETAIL_FOLD_15(m, op) CLIENTELE_DETAIL_FOLD_14(m, op) op a14.m
#define CLIENTELE_DETAIL_FOLD_16(m, op) CLIENTELE_DETAIL_FOLD_15(m, op) op a15.m
#define CLIENTELE_DETAIL_SUMMARIZE(n)                                                       \
  constexpr marks summarize(CLIENTELE_DETAIL_ARGS_##n) noexcept {                           \
    return marks{CLIENTELE_DETAIL_FOLD_##n(mark, +), CLIENTELE_DETAIL_FOLD_##n(mark, |),     \
                 CLIENTELE_DETAIL_FOLD_##n(code, |)};                                         \
  }
CLIENTELE_DETAIL_SUMMARIZE(1)
CLIENTELE_DETAIL_SUMMARIZE(2)
CLIENTELE_DETAIL_SUMMARIZE(3)
CLIENTELE_DETAIL_SUMMARIZE(4)
CLIENTELE_DETAIL_SUMMARIZE(5)
CLIENTELE_DETAIL_SUMMARIZE(6)
CLIENTELE_DETAIL_SUMMARIZE(7)
CLIENTELE_DETAIL_SUMMARIZE(8)
CLIENTELE_DETAIL_SUMMARIZE(9)
CLIENTELE_DETAIL_SUMMARIZE(10)
CLIENTELE_DETAIL_SUMMARIZE(11)
CLIENTELE_DETAIL_SUMMARIZE(12)
CLIENTELE_DETAIL_SUMMARIZE(13)
CLIENTELE_DETAIL_SUMMARIZE(14)
CLIENTELE_DETAIL_SUMMARIZE(15)
CLIENTELE_DETAIL_SUMMARIZE(16)

constexpr marks combine(const marks& a, const marks& b) noexcept {
  return marks{a.sum + b.sum, a.ors | b.ors, a.code | b.code};
}

// More than 16 arguments: 16 at a time.
template <class... More>
constexpr marks summarize(CLIENTELE_DETAIL_ARGS_16, const policy_info& a16,
                          const More&... more) noexcept {
  return combine(
      summarize(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15),
      summarize(a16, more...));
}
#undef CLIENTELE_DETAIL_SUMMARIZE
#undef CLIENTELE_DETAIL_ARGS_1
#undef CLIENTELE_DETAIL_ARGS_2
#undef CLIENTELE_DETAIL_ARGS_3
#undef CLIENTELE_DETAIL_ARGS_4
#undef CLIENTELE_DETAIL_ARGS_5
#undef CLIENTELE_DETAIL_ARGS_6
#undef CLIENTELE_DETAIL_ARGS_7
#undef CLIENTELE_DETAIL_ARGS_8
#undef CLIENTELE_DETAIL_ARGS_9
#undef CLIENTELE_DETAIL_ARGS_10
#undef CLIENTELE_DETAIL_ARGS_11
#undef CLIENTELE_DETAIL_ARGS_12
#undef CLIENTELE_DETAIL_ARGS_13
#undef CLIENTELE_DETAIL_ARGS_14
#undef CLIENTELE_DETAIL_ARGS_15
#undef CLIENTELE_DETAIL_ARGS_16
#undef CLIENTELE_DETAIL_FOLD_1
#undef CLIENTELE_DETAIL_FOLD_2
#undef CLIENTELE_DETAIL_FOLD_3
#undef CLIENTELE_DETAIL_FOLD_4
#undef CLIENTELE_DETAIL_FOLD_5
#undef CLIENTELE_DETAIL_FOLD_6
#undef CLIENTELE_DETAIL_FOLD_7
#undef CLIENTELE_DETAIL_FOLD_8
#undef CLIENTELE_DETAIL_FOLD_9
#undef CLIENTELE_DETAIL_FOLD_10
#undef CLIENTELE_DETAIL_FOLD_11
#undef CLIENTELE_DETAIL_FOLD_12
#undef CLIENTELE_DETAIL_FOLD_13
#undef CLIENTELE_DETAIL_FOLD_14
#undef CLIENTELE_DETAIL_FOLD_15
#undef CLIENTELE_DETAIL_FOLD_16

template <class... Ps>
inline constexpr marks marks_v = summarize(info_v<Ps>...);

template <class... Ps>
constexpr bool well_formed() noexcept {
  constexpr marks m = marks_v<Ps...>;
  if constexpr (!marks_well_formed(m.sum, m.ors)) {
    return false;
  } else if constexpr (has_foreign_pair(m.sum)) {
    return distinct_dimensions<Ps...>::value;
  } else {
    return true;
  }
}

// Every argument a policy, each dimension at most once.
template <class... Ps>
inline constexpr bool well_formed_v = well_formed<Ps...>();

// The bit of a policy's dimension in a dimension mask (catalogue dimensions
// and the kind rule); a dimension from outside the catalogue has none.
template <class P>
inline constexpr code_t bit_v = mark_v<P> & low_marks;

template <class P, class... Qs>
inline constexpr bool replaced_by_v =
    (bit_v<P> != 0) ? ((bit_v<P> & (bit_v<Qs> | ... | code_t{0})) != 0)
                    : (std::is_same_v<typename P::dimension, typename Qs::dimension> || ...);

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

// The first argument that is not a policy explains itself; one message is
// enough to fix, and two would run past what a reader takes in.
template <std::size_t I, class... Ps>
struct report_first_defect {};

// A relationship given where a policy belongs says so, rather than that it
// has no member 'dimension'.
template <std::size_t I, class P, bool = __is_base_of(relationship_base, P)>
struct explain_argument : explain_defect<I, P> {};
template <std::size_t I, class P>
struct explain_argument<I, P, true> : error::relationship_given_a_relationship<P> {};

template <std::size_t I, class P, class... Ps>
struct report_first_defect<I, P, Ps...>
    : std::conditional_t<defect_v<P> == policy_defect::none, report_first_defect<I + 1, Ps...>,
                         explain_argument<I, P>> {};

template <std::size_t... Is, class... Ps>
struct diagnose<std::index_sequence<Is...>, Ps...> : report_first_defect<0, Ps...> {};

template <std::size_t... Is, class... Ps>
  requires((defect_v<Ps> == policy_defect::none) && ...)
struct diagnose<std::index_sequence<Is...>, Ps...> : report_duplicate<Ps...> {};

// --- consistency rules ------------------------------------------------------

template <std::size_t I>
struct no_error_at {};

// The diagnostic of a broken rule, naming the two policies it reads.
template <class Rule, class Set>
struct rule_error : Rule::template error<lookup_t<Set, typename Rule::first>,
                                         lookup_t<Set, typename Rule::second>> {};

// One base per rule: the rule's diagnostic when the rule is broken, an empty
// placeholder otherwise (a relationship type can break only the rules that
// have a diagnostic: its values come from checked policies, its period with
// its billing).
template <std::uint32_t Broken, class Set, class Rule>
using report_rule =
    std::conditional_t<(Broken & (std::uint32_t{1} << static_cast<unsigned>(Rule::rule))) != 0,
                       rule_error<Rule, Set>, no_error_at<static_cast<std::size_t>(Rule::rule)>>;

template <std::uint32_t Broken, class Set, class Rules = all_rules>
struct rule_verdict_of;
template <std::uint32_t Broken, class Set, class... Rs>
struct rule_verdict_of<Broken, Set, type_list<Rs...>> : report_rule<Broken, Set, Rs>... {};

template <std::uint32_t Broken, class... Ps>
using rule_verdict = rule_verdict_of<Broken, slots<Ps...>>;



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
  requires(well_formed_v<Qs...> && well_formed_v<Ps...>)
struct with_impl<relationship<Ps...>, Qs...> {
  // Looked up only for a policy that is replaced (a kind rule that is kept
  // has no Dimension to look up).
  template <class P>
  struct replacement {
    using type = lookup_t<slots<Qs...>, typename P::dimension>;
  };
  template <class P>
  using replaced = typename std::conditional_t<replaced_by_v<P, Qs...>, replacement<P>,
                                               std::type_identity<P>>::type;

  using type = typename concat_lists<
      relationship<replaced<Ps>...>,
      std::conditional_t<replaced_by_v<Qs, Ps...>, relationship<>, relationship<Qs>>...>::type;
};

// The profile of a code, shared by every relationship type with that code.
template <code_t Code>
inline constexpr profile decoded_v = decode<catalogue>(Code);

template <class R>
struct relationship_traits;

template <class... Ps>
struct relationship_traits<relationship<Ps...>> {
  static constexpr bool well_formed = well_formed_v<Ps...>;
  static constexpr std::uint32_t broken = well_formed ? broken_rules(marks_v<Ps...>.code) : 0;
  using policies = type_list<Ps...>;
};

// What the base clause of a relationship decides from its marks and code,
// without a template per relationship: valid, invalid, or valid if its
// dimensions from outside the catalogue are distinct (asked only then).
enum class verdict : unsigned char { valid, valid_with_rule, invalid, check_foreign };


constexpr verdict judge(const marks& m) noexcept {
  if (!marks_well_formed(m.sum, m.ors) || breaks_a_rule(m.code, type_rules{})) {
    return verdict::invalid;
  }
  if (has_foreign_pair(m.sum)) {
    return verdict::check_foreign;
  }
  return (m.ors & kind_rule_mark) != 0 ? verdict::valid_with_rule : verdict::valid;
}

// The base of every relationship, valid or not: the Relationship concept
// asks for it with a builtin, which costs no template instantiation. It
// names the kind rule of a relationship without one.
struct relationship_base {
  using clientele_kind_rule = kind_rules::catalogue;
};

struct poisoned : relationship_base {};

// The base of every valid relationship without a kind rule.
struct valid_relationship : relationship_base {};

// The base of every valid relationship with kind rule `Rule`: shared by all
// of them, so that finding a relationship's rule is a member lookup rather
// than a template instantiated per relationship type.
template <class Rule>
struct ruled_relationship : valid_relationship {
  using clientele_kind_rule = Rule;
};

template <class R>
struct valid_pick {
  using type = valid_relationship;
};
template <class... Ps>
  requires((marks_v<Ps...>.ors & kind_rule_mark) != 0)
struct valid_pick<relationship<Ps...>> {
  using type = ruled_relationship<decltype(find_rule(static_cast<const slots<Ps...>*>(nullptr)))>;
};

template <class... Ps>
struct slots_of<relationship<Ps...>> {
  using type = std::conditional_t<__is_base_of(poisoned, relationship<Ps...>), poisoned,
                                  slots<Ps...>>;
};

// The code of an invalid relationship: every dimension of the catalogue set
// to its first value, so that no query of it reports a dimension as missing
// (and no query needs the relationship type to know it was reported).
template <class... Ds>
constexpr code_t first_values(type_list<Ds...>) noexcept {
  return ((Ds::encode(typename Ds::value_type{}) << catalogue_offset_v<Ds>) | ... | code_t{0});
}
inline constexpr code_t poison_code = first_values(catalogue{});

// The base of an invalid relationship: the diagnostics of its arguments, or
// of the rules they break. They are a member, not a base, so that a compiler
// that marks an erroneous class invalid still sees the relationship derive
// from `poisoned`, and its queries stay silent instead of adding errors.
template <class R, class Traits = relationship_traits<R>>
struct report;

template <class... Ps, class Traits>
  requires(!Traits::well_formed)
struct report<relationship<Ps...>, Traits> : poisoned {
  static constexpr diagnose<std::index_sequence_for<Ps...>, Ps...> diagnostics{};
};

template <class... Ps, class Traits>
  requires(Traits::well_formed)
struct report<relationship<Ps...>, Traits> : poisoned {
  static constexpr rule_verdict<Traits::broken, Ps...> diagnostics{};
};


template <class R>
struct foreign_pick;
template <class... Ps>
struct foreign_pick<relationship<Ps...>> {
  using type = typename std::conditional_t<distinct_dimensions<Ps...>::value,
                                           valid_pick<relationship<Ps...>>,
                                           std::type_identity<report<relationship<Ps...>>>>::type;
};

// The base of relationship R, given R's verdict. It is named with R alone:
// an alias named with R's arguments as well costs a specialisation record
// of all of them per relationship type (measured).
template <verdict V>
struct base_pick {
  template <class R>
  using type = valid_relationship;
};
template <>
struct base_pick<verdict::valid_with_rule> {
  template <class R>
  using type = typename valid_pick<R>::type;
};
template <>
struct base_pick<verdict::invalid> {
  template <class R>
  using type = report<R>;
};
template <>
struct base_pick<verdict::check_foreign> {
  template <class R>
  using type = typename foreign_pick<R>::type;
};

}  // namespace detail

/// @brief A relationship type: one policy for each dimension it specifies.
///
/// Policies may come in any order; each dimension at most once; any
/// dimension may be left unspecified. Two spellings of the same set of
/// policies in different orders answer every query alike
/// (`equivalent_v`). A relationship is an empty type, so carrying one costs
/// nothing (`[[no_unique_address]]` makes it take no room at all). It is
/// final: give a relationship a name of your own with an alias.
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
struct relationship final
    : detail::base_pick<detail::judge(detail::marks_v<Ps...>)>::template type<relationship<Ps...>> {
  /// @brief This relationship with the dimensions of `Qs...` replaced (or
  /// added when it left them unspecified).
  ///
  /// *Mandates:* every one of `Qs...` is a `Policy` and no two share a
  /// dimension.
  template <class... Qs>
  using with = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::with_impl<relationship, Qs...>::type);

  /// @cond CLIENTELE_DETAIL
  // An invalid relationship has the poison code: its queries stay silent.
  static constexpr field_code clientele_code =
      __is_base_of(detail::poisoned, relationship) ? detail::poison_code
                                                   : detail::marks_v<Ps...>.code;
  /// @endcond
};

/// @brief A relationship type: a specialisation of `clientele::relationship`.
template <class R>
concept Relationship = requires { sizeof(R); } && __is_base_of(detail::relationship_base, R);

/// @brief The policies of relationship `R`, in the order they were given,
/// as a `clientele::type_list` (which `<clientele/ext/hana.hpp>` makes a
/// Boost.Hana sequence).
template <Relationship R>
using policies_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::relationship_traits<R>::policies);

/// @brief The profile of relationship `R`: the value of each dimension, and
/// the terms its policies declare where they differ from the defaults, as a
/// constant.
template <Relationship R>
inline constexpr profile profile_of =
    detail::with_policy_terms(detail::decoded_v<R::clientele_code>, policies_t<R>{});

/// @brief The consistency rules that a relationship of policies `Ps...` would
/// break, one bit per `consistency_rule`: the very verdict the compiler
/// reaches for `relationship<Ps...>`, available without instantiating it
/// (so it can be asked of a combination that would not compile).
template <Policy... Ps>
inline constexpr std::uint32_t broken_rules_v =
    detail::broken_rules((detail::code_v<Ps> | ... | field_code{0}));

/// @brief Whether relationship `R` specifies dimension `D`.
template <Relationship R, Dimension D>
inline constexpr bool specifies_v =
    !std::is_same_v<detail::lookup_t<R, D>, unspecified<D>>;

/// @brief A relationship that specifies dimension `D`.
template <class R, class D>
concept Specifies = Relationship<R> && specifies_v<R, D>;

/// @brief The policy `R` has for dimension `D`, or `unspecified<D>`.
template <Relationship R, Dimension D>
using policy_or_unspecified_t = CLIENTELE_IMPLEMENTATION_DEFINED(detail::lookup_t<R, D>);

namespace detail {

// Whether R was reported as invalid, without instantiating a trait class.
template <class R>
inline constexpr bool reported_v = __is_base_of(poisoned, R);

// The value of dimension D: the policy's value, found by the same overload
// resolution as the policy itself; silent for a relationship already
// reported as invalid; a diagnostic naming D when the dimension is open.
template <class D>
struct report_missing {
  static constexpr error::dimension_not_specified<D> diagnostic{};
  static constexpr typename D::value_type value{};
};

template <class D, class P>
constexpr typename D::value_type value_in(const slot<D, P>*) noexcept {
  return P::value;
}
template <class D>
constexpr typename D::value_type value_in(const poisoned*) noexcept {
  return {};
}
template <class D>
constexpr typename D::value_type value_in(const void*) noexcept {
  return report_missing<D>::value;
}
template <bool Reported, class D>
struct missing_value : report_missing<D> {};
template <class D>
struct missing_value<true, D> {
  static constexpr typename D::value_type value{};
};

// One variable per query: the value decoded from the relationship's code for
// a catalogue dimension, a diagnostic when that field is unspecified, and a
// lookup among the policies for a dimension from outside the catalogue.
template <class R, class D, bool InCatalogue = contains<D, catalogue>,
          code_t Field = InCatalogue ? (R::clientele_code >> catalogue_offset_v<D>)&field_mask_v<D>
                                     : 0>
inline constexpr typename D::value_type value_of = D::decode(Field);
template <class R, class D>
inline constexpr typename D::value_type value_of<R, D, true, 0> =
    missing_value<reported_v<R>, D>::value;
template <class R, class D>
inline constexpr typename D::value_type value_of<R, D, false, 0> =
    value_in<D>(static_cast<const typename slots_of<R>::type*>(nullptr));

// The value of a field of dimension D of the catalogue, shared by every
// relationship type with that value: zero (unspecified) reports D. A value
// query of a relationship type names it with the field of the type's code,
// which for an invalid type is never zero.
template <class D, code_t Field>
inline constexpr typename D::value_type field_value_v = D::decode(Field);
template <class D>
inline constexpr typename D::value_type field_value_v<D, 0> = report_missing<D>::value;

// The policy of dimension D; reports dimension_not_specified when R leaves it
// open (unless R itself is already reported as malformed).
template <class R, class D, class P = lookup_t<R, D>>
struct specified {
  using type = P;
  static constexpr typename D::value_type value = P::value;
};

// The diagnostic is a member, not a base, so that a compiler which marks the
// erroneous class invalid does not go on to report every use of `value`.
template <class R, class D>
struct specified<R, D, unspecified<D>> {
  static constexpr std::conditional_t<!reported_v<R>, error::dimension_not_specified<D>,
                                      no_error>
      diagnostic{};
  using type = unspecified<D>;
  static constexpr typename D::value_type value{};
};

}  // namespace detail

/// @brief The policy of dimension `D` in relationship `R`.
///
/// *Mandates:* `R` specifies `D`.
template <Relationship R, Dimension D>
using policy_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::specified<R, D>::type);

/// @brief The value of dimension `D` in relationship `R`.
///
/// *Mandates:* `R` specifies `D`.
template <Relationship R, Dimension D>
inline constexpr typename D::value_type value_v = detail::value_of<R, D>;

/// @brief The kind rule of relationship `R`: the `KindRule` among its
/// policies, or `kind_rules::catalogue` when it has none.
template <Relationship R>
using kind_rule_t = CLIENTELE_IMPLEMENTATION_DEFINED(
    typename R::clientele_kind_rule);

}  // namespace clientele

#endif  // CLIENTELE_RELATIONSHIP_HPP

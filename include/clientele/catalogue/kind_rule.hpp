// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Kind rules: how a relationship is classified as a client or a
/// customer relationship. The catalogue's rule is the default; an
/// application can give a relationship another rule as one of its policies.

#ifndef CLIENTELE_KIND_RULE_HPP
#define CLIENTELE_KIND_RULE_HPP

#include <clientele/catalogue/profile.hpp>

#include <concepts>
#include <cstdint>

namespace clientele {

/// @brief Whether a relationship is a client or a customer relationship.
enum class relationship_kind : unsigned char {
  client,   ///< an ongoing, professional relationship
  customer  ///< any other relationship: a purchase of goods or standard services
};

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<relationship_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"client", "customer"};
};
/// @endcond

/// @brief The requirement of a kind rule: `static constexpr std::uint32_t
/// reads` (a `dimension_mask_v`) and `static constexpr relationship_kind
/// classify(const profile&)`, both usable in constant expressions.
struct kind_rule_requirement {
  /// @brief What is wrong with kind rule `K`, or `policy_defect::none`.
  template <class K>
  static constexpr policy_defect check() noexcept {
    if constexpr (!requires { &K::classify; } || !requires { K::reads; }) {
      return policy_defect::no_classify;
    } else if constexpr (!requires(const profile& p) {
                           { K::classify(p) } -> std::same_as<relationship_kind>;
                           requires std::is_same_v<std::remove_cv_t<decltype(K::reads)>,
                                                   std::uint32_t>;
                         }) {
      return policy_defect::bad_classify;
    } else if constexpr (!requires {
                           typename detail::constant_probe<K::classify(profile{})>;
                           typename detail::constant_probe<K::reads>;
                         }) {
      return policy_defect::classify_not_constant;
    } else {
      return policy_defect::none;
    }
  }
};

namespace dimensions {

/// @brief The slot of a relationship that holds its kind rule. It is not a
/// catalogue dimension and has no place in a profile.
struct kind_rule final {
  /// What a kind rule must provide: `reads` and `classify`.
  using requirement = kind_rule_requirement;
};

}  // namespace dimensions

/// @brief A rule that classifies relationships as client or customer ones:
/// a type with `using dimension = clientele::dimensions::kind_rule;`,
/// `static constexpr std::uint32_t reads` (the dimensions it needs, as
/// `dimension_mask_v<...>`) and
/// `static constexpr relationship_kind classify(const profile&)`.
///
/// `classify` is called only with profiles that specify every dimension in
/// `reads`.
template <class K>
concept KindRule = PolicyOf<K, dimensions::kind_rule>;

/// @brief The library's kind rules.
namespace kind_rules {

/// @brief The catalogue's rule, the default: a client relationship is an
/// ongoing one built on a professional service; every other relationship is
/// a customer relationship.
///
/// Under this rule a law firm's one-off matter for an occasional buyer is a
/// customer relationship, and so is a monthly software subscription.
struct catalogue final {
  /// This is a kind rule.
  using dimension = dimensions::kind_rule;
  /// The rule's name.
  static constexpr std::string_view name = "catalogue";
  /// The rule reads the duration and the offering.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::duration, dimensions::offering>;
  /// @brief Client when ongoing and professional, customer otherwise.
  [[nodiscard]] static constexpr relationship_kind classify(const profile& p) noexcept {
    return get<dimensions::duration>(p) == duration_kind::ongoing &&
                   get<dimensions::offering>(p) == offering_kind::professional_service
               ? relationship_kind::client
               : relationship_kind::customer;
  }
};

/// @brief The reading of the source @ref source_difference "Client vs Customer: What's the Difference": whoever buys professional services is a
/// client, however long the relationship lasts.
struct by_offering final {
  /// This is a kind rule.
  using dimension = dimensions::kind_rule;
  /// The rule's name.
  static constexpr std::string_view name = "by_offering";
  /// The rule reads the offering only.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::offering>;
  /// @brief Client when the offering is a professional service.
  [[nodiscard]] static constexpr relationship_kind classify(const profile& p) noexcept {
    return get<dimensions::offering>(p) == offering_kind::professional_service
               ? relationship_kind::client
                                                             : relationship_kind::customer;
  }
};

}  // namespace kind_rules

/// @brief The kind of a profile under kind rule `Rule`, or unspecified
/// when the profile leaves a dimension the rule reads unspecified.
template <KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr maybe<relationship_kind> kind_of(const profile& p) noexcept {
  if (!detail::specifies_all(p, Rule::reads)) {
    return std::nullopt;
  }
  return Rule::classify(p);
}

namespace error {

/// @brief Raised when a kind rule lacks `reads` or `classify`.
///
/// What it means and how to fix it: @ref diag_kind_rule_lacks_classify "An application's kind rule without classify()".
template <class K>
struct kind_rule_lacks_classify {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule lacks 'static constexpr std::uint32_t reads' or "
                "'static constexpr clientele::relationship_kind classify(const "
                "clientele::profile&)'. Declare both; see clientele::kind_rules::catalogue.");
};

/// @brief Raised when a kind rule's `classify` or `reads` has the wrong
/// type.
///
/// What it means and how to fix it: @ref diag_kind_rule_classify_has_wrong_signature "A kind rule whose classify takes the wrong argument".
template <class K>
struct kind_rule_classify_has_wrong_signature {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' or 'reads' has the wrong type. Declare "
                "'static constexpr clientele::relationship_kind classify(const "
                "clientele::profile&) noexcept' and 'static constexpr std::uint32_t reads = "
                "clientele::dimension_mask_v<...>;'.");
};

/// @brief Raised when a kind rule's `classify` or `reads` cannot be
/// evaluated at compile time.
///
/// What it means and how to fix it: @ref diag_kind_rule_classify_not_constant "A kind rule whose classify is not constexpr".
template <class K>
struct kind_rule_classify_not_constant {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' or 'reads' is not usable in constant "
                "expressions. Declare both 'static constexpr'.");
};

/// @brief Raised when a kind rule classifies a relationship as a value
/// outside `relationship_kind`.
///
/// What it means and how to fix it: @ref diag_kind_rule_returned_no_kind "A kind rule that returns neither kind".
template <class K>
struct kind_rule_returned_no_kind {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' returned a value that is neither "
                "relationship_kind::client nor relationship_kind::customer. Return one of the "
                "two.");
};

}  // namespace error

namespace detail {

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::no_classify> : error::kind_rule_lacks_classify<K> {};

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::bad_classify>
    : error::kind_rule_classify_has_wrong_signature<K> {};

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::classify_not_constant>
    : error::kind_rule_classify_not_constant<K> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_KIND_RULE_HPP

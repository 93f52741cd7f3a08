// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The consistency rules: combinations of values that contradict
/// themselves. They are `constexpr` functions over a profile, so the
/// compile-time check of a relationship type and the run-time check of a
/// stored profile are one and the same.

#ifndef CLIENTELE_RULES_HPP
#define CLIENTELE_RULES_HPP

#include <clientele/profile.hpp>

#include <cstdint>

/// @cond CLIENTELE_DETAIL
// The text of each rule. A static_assert needs a string literal, so the text
// is a macro; the run-time validator reads the same macro through
// message_of(), so both report the very same words.
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING                                          \
  "clientele: recurring and retainer billing require an ongoing duration (dimensions: "      \
  "billing, duration). Use clientele::duration::ongoing, or bill per_transaction or by "     \
  "milestone."
#define CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL                                     \
  "clientele: retainer billing requires a professional_service offering (dimensions: "       \
  "billing, offering). Use clientele::offering::professional_service, or bill with "         \
  "recurring<Period> instead of retainer<Period>."
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT                                        \
  "clientele: recurring and retainer billing require an agreement other than none "          \
  "(dimensions: billing, agreement). Use clientele::agreement::service_contract or "         \
  "clientele::agreement::terms_of_sale."
#define CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING                                          \
  "clientele: a service_contract agreement requires an ongoing duration (dimensions: "       \
  "agreement, duration). Use clientele::duration::ongoing, or "                              \
  "clientele::agreement::terms_of_sale for a sale."
#define CLIENTELE_DETAIL_RULE_PERIOD_NEEDS_PERIODIC                                           \
  "clientele: a billing period requires recurring or retainer billing (dimensions: "         \
  "billing, period). Remove the period, or bill with recurring<Period> or retainer<Period>."
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_PERIOD                                           \
  "clientele: recurring and retainer billing require a billing period (dimensions: "         \
  "billing, period). Add a period, such as period=monthly or period=2_weeks."
#define CLIENTELE_DETAIL_RULE_VALUE_IN_RANGE                                                  \
  "clientele: a dimension holds a value outside its enumeration. Use one of the values the " \
  "catalogue names for that dimension."
/// @endcond

namespace clientele {

/// @brief The consistency rules. A relationship type that breaks one of the
/// catalogue's four rules does not compile; `validate()` reports a profile
/// that breaks any rule.
///
/// The last three rules are structural: a relationship type always obeys
/// them (its period comes with its billing policy, and its values with its
/// policies), but a profile built or read at run time may not.
enum class consistency_rule : unsigned char {
  /// recurring or retainer billing requires an ongoing duration
  periodic_billing_requires_ongoing_duration,
  /// retainer billing requires a professional_service offering
  retainer_requires_professional_service,
  /// recurring or retainer billing requires an agreement other than none
  periodic_billing_requires_agreement,
  /// a service_contract requires an ongoing duration
  service_contract_requires_ongoing_duration,
  /// a billing period requires recurring or retainer billing (structural)
  period_requires_periodic_billing,
  /// recurring or retainer billing requires a billing period (structural)
  periodic_billing_requires_period,
  /// every value lies within its enumeration (structural)
  values_in_range
};

/// @brief Names of `consistency_rule` values.
template <>
struct enum_traits<consistency_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "periodic_billing_requires_ongoing_duration", "retainer_requires_professional_service",
      "periodic_billing_requires_agreement",        "service_contract_requires_ongoing_duration",
      "period_requires_periodic_billing",           "periodic_billing_requires_period",
      "values_in_range"};
};

/// @brief The message of a rule: the very text the compiler shows when a
/// relationship type breaks it.
[[nodiscard]] constexpr std::string_view message_of(consistency_rule r) noexcept {
  switch (r) {
    case consistency_rule::periodic_billing_requires_ongoing_duration:
      return CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING;
    case consistency_rule::retainer_requires_professional_service:
      return CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL;
    case consistency_rule::periodic_billing_requires_agreement:
      return CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT;
    case consistency_rule::service_contract_requires_ongoing_duration:
      return CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING;
    case consistency_rule::period_requires_periodic_billing:
      return CLIENTELE_DETAIL_RULE_PERIOD_NEEDS_PERIODIC;
    case consistency_rule::periodic_billing_requires_period:
      return CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_PERIOD;
    case consistency_rule::values_in_range:
      return CLIENTELE_DETAIL_RULE_VALUE_IN_RANGE;
  }
  return {};
}

/// @brief The dimensions a rule involves, as a `dimension_mask_v`.
[[nodiscard]] constexpr std::uint32_t dimensions_of(consistency_rule r) noexcept {
  switch (r) {
    case consistency_rule::periodic_billing_requires_ongoing_duration:
      return dimension_mask_v<dimensions::billing, dimensions::duration>;
    case consistency_rule::retainer_requires_professional_service:
      return dimension_mask_v<dimensions::billing, dimensions::offering>;
    case consistency_rule::periodic_billing_requires_agreement:
      return dimension_mask_v<dimensions::billing, dimensions::agreement>;
    case consistency_rule::service_contract_requires_ongoing_duration:
      return dimension_mask_v<dimensions::agreement, dimensions::duration>;
    case consistency_rule::period_requires_periodic_billing:
    case consistency_rule::periodic_billing_requires_period:
      return dimension_mask_v<dimensions::billing>;
    case consistency_rule::values_in_range:
      return 0;
  }
  return 0;
}

namespace detail {

// The rules over the packed form of a profile: the one implementation that
// both the compile-time check of a relationship type and the run-time
// functions below use.
// The field of dimension or term F in a code: 0 when unspecified.
template <class F>
constexpr code_t field_in(code_t c) noexcept {
  return (c >> offset_v<F>)&field_mask_v<F>;
}

// The field that value v of dimension D has in a code.
template <class D>
constexpr code_t field_for(typename D::value_type v) noexcept {
  return D::encode(v);
}

constexpr std::uint32_t broken_rules(code_t c) noexcept {
  const code_t duration = field_in<dimensions::duration>(c);
  const code_t offering = field_in<dimensions::offering>(c);
  const code_t billing = field_in<dimensions::billing>(c);
  const code_t agreement = field_in<dimensions::agreement>(c);
  const code_t period = field_in<terms::period>(c);
  const bool retainer = billing == field_for<dimensions::billing>(billing_mode::retainer);
  const bool periodic =
      retainer || billing == field_for<dimensions::billing>(billing_mode::recurring);
  const bool not_ongoing =
      duration != 0 && duration != field_for<dimensions::duration>(duration_kind::ongoing);
  // One bit per rule, in the order of consistency_rule.
  return (periodic && not_ongoing ? 1u : 0u) | (period != 0 && !periodic ? 16u : 0u) |
         (periodic && period == 0 ? 32u : 0u) | (in_range(c) ? 0u : 64u) |
         (retainer && offering != 0 &&
                  offering != field_for<dimensions::offering>(offering_kind::professional_service)
              ? 2u
              : 0u) |
         (periodic && agreement == field_for<dimensions::agreement>(agreement_kind::none) ? 4u
                                                                                         : 0u) |
         (agreement == field_for<dimensions::agreement>(agreement_kind::service_contract) &&
                  not_ongoing
              ? 8u
              : 0u);
}

}  // namespace detail

/// @brief The rules profile @p p breaks, one bit per rule (bit `i` for the
/// rule whose value is `i`); zero when it breaks none.
///
/// A rule judges only the dimensions the profile specifies: recurring
/// billing with an unspecified duration breaks nothing yet.
[[nodiscard]] constexpr std::uint32_t broken_rules(const profile& p) noexcept {
  return detail::broken_rules(detail::encode(p));
}

/// @brief Whether profile @p p breaks rule @p r.
[[nodiscard]] constexpr bool breaks(const profile& p, consistency_rule r) noexcept {
  const auto bit = static_cast<unsigned>(r);
  return bit < 32 && (broken_rules(p) & (std::uint32_t{1} << bit)) != 0;
}

/// @brief Whether profile @p p breaks no consistency rule.
[[nodiscard]] constexpr bool is_consistent(const profile& p) noexcept {
  return broken_rules(p) == 0;
}

namespace error {

/// @brief Raised by a relationship whose recurring or retainer billing
/// `Billing` comes with a duration `Duration` other than ongoing.
template <class Billing, class Duration>
struct periodic_billing_requires_ongoing_duration {
  static_assert(detail::always_false<Billing, Duration>,
                CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING);
};

/// @brief Raised by a relationship whose retainer billing `Billing` comes
/// with an offering `Offering` other than a professional service.
template <class Billing, class Offering>
struct retainer_requires_professional_service {
  static_assert(detail::always_false<Billing, Offering>,
                CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL);
};

/// @brief Raised by a relationship whose recurring or retainer billing
/// `Billing` comes with no agreement (`Agreement` is `agreement::none`).
template <class Billing, class Agreement>
struct periodic_billing_requires_agreement {
  static_assert(detail::always_false<Billing, Agreement>,
                CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT);
};

/// @brief Raised by a relationship whose service contract `Agreement` comes
/// with a duration `Duration` other than ongoing.
template <class Agreement, class Duration>
struct service_contract_requires_ongoing_duration {
  static_assert(detail::always_false<Agreement, Duration>,
                CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING);
};

/// @brief Raised by a relationship one of whose policies `Ps...` declares a
/// value outside its dimension's enumeration (a number cast to the enum).

}  // namespace error

}  // namespace clientele

#endif  // CLIENTELE_RULES_HPP

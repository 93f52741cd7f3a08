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
/// @endcond

namespace clientele {

/// @brief The consistency rules of the catalogue. A relationship type that
/// breaks one does not compile; `validate()` reports a profile that breaks
/// one.
enum class consistency_rule : unsigned char {
  /// recurring or retainer billing requires an ongoing duration
  periodic_billing_requires_ongoing_duration,
  /// retainer billing requires a professional_service offering
  retainer_requires_professional_service,
  /// recurring or retainer billing requires an agreement other than none
  periodic_billing_requires_agreement,
  /// a service_contract requires an ongoing duration
  service_contract_requires_ongoing_duration
};

/// @brief Names of `consistency_rule` values.
template <>
struct enum_traits<consistency_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "periodic_billing_requires_ongoing_duration", "retainer_requires_professional_service",
      "periodic_billing_requires_agreement", "service_contract_requires_ongoing_duration"};
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
  }
  return 0;
}

/// @brief Whether profile @p p breaks rule @p r.
///
/// A rule judges only the dimensions the profile specifies: recurring
/// billing with an unspecified duration breaks nothing yet.
[[nodiscard]] constexpr bool breaks(const profile& p, consistency_rule r) noexcept {
  const bool periodic = p.billing && is_periodic(*p.billing);
  switch (r) {
    case consistency_rule::periodic_billing_requires_ongoing_duration:
      return periodic && p.duration && *p.duration != duration_kind::ongoing;
    case consistency_rule::retainer_requires_professional_service:
      return p.billing == billing_mode::retainer && p.offering &&
             *p.offering != offering_kind::professional_service;
    case consistency_rule::periodic_billing_requires_agreement:
      return periodic && p.agreement == agreement_kind::none;
    case consistency_rule::service_contract_requires_ongoing_duration:
      return p.agreement == agreement_kind::service_contract && p.duration &&
             *p.duration != duration_kind::ongoing;
  }
  return false;
}

/// @brief The rules profile @p p breaks, one bit per rule (bit `i` for the
/// rule whose value is `i`); zero when it breaks none.
[[nodiscard]] constexpr std::uint32_t broken_rules(const profile& p) noexcept {
  std::uint32_t mask = 0;
  for (std::size_t i = 0; i < enum_count_v<consistency_rule>; ++i) {
    if (breaks(p, static_cast<consistency_rule>(i))) {
      mask |= std::uint32_t{1} << i;
    }
  }
  return mask;
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

}  // namespace error

}  // namespace clientele

#endif  // CLIENTELE_RULES_HPP

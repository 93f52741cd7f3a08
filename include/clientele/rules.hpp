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

namespace detail {

// The rules over the packed form of a profile: the one implementation that
// both the compile-time check of a relationship type and the run-time
// functions below use.
constexpr std::uint32_t broken_rules(code_t c) noexcept {
  // The fields read, each 0 when unspecified and value + 1 otherwise.
  const code_t duration = c & 15;
  const code_t offering = (c >> 4) & 15;
  const code_t billing = (c >> 20) & 15;
  const code_t agreement = (c >> 32) & 15;
  const bool retainer = billing == field_of(billing_mode::retainer);
  const bool periodic = retainer || billing == field_of(billing_mode::recurring);
  const bool not_ongoing = duration != 0 && duration != field_of(duration_kind::ongoing);
  // One bit per rule, in the order of consistency_rule.
  return (periodic && not_ongoing ? 1u : 0u) |
         (retainer && offering != 0 && offering != field_of(offering_kind::professional_service)
              ? 2u
              : 0u) |
         (periodic && agreement == field_of(agreement_kind::none) ? 4u : 0u) |
         (agreement == field_of(agreement_kind::service_contract) && not_ongoing ? 8u : 0u);
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

}  // namespace error

}  // namespace clientele

#endif  // CLIENTELE_RULES_HPP

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

#include <clientele/catalogue/profile.hpp>

#include <string_view>

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

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<consistency_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "periodic_billing_requires_ongoing_duration", "retainer_requires_professional_service",
      "periodic_billing_requires_agreement",        "service_contract_requires_ongoing_duration",
      "period_requires_periodic_billing",           "periodic_billing_requires_period",
      "values_in_range"};
};
/// @endcond

namespace detail {

// The bits of field F in a code of the library's catalogue, and the bits of
// value V of dimension D there: constants, so that checking a relationship
// type evaluates no call but the rule's own.
template <class F>
inline constexpr code_t bits_of = field_mask_v<F> << catalogue_offset_v<F>;
template <class D, auto V>
inline constexpr code_t value_bits = D::encode(V) << catalogue_offset_v<D>;

inline constexpr code_t retainer_bits = value_bits<dimensions::billing, billing_mode::retainer>;
inline constexpr code_t recurring_bits = value_bits<dimensions::billing, billing_mode::recurring>;
inline constexpr code_t ongoing_bits = value_bits<dimensions::duration, duration_kind::ongoing>;

constexpr bool periodic(code_t c) noexcept {
  const code_t billing = c & bits_of<dimensions::billing>;
  return billing == retainer_bits || billing == recurring_bits;
}

constexpr bool not_ongoing(code_t c) noexcept {
  const code_t duration = c & bits_of<dimensions::duration>;
  return duration != 0 && duration != ongoing_bits;
}

}  // namespace detail

namespace error {

/// @brief Raised by a relationship whose recurring or retainer billing
/// `Billing` comes with a duration `Duration` other than ongoing.
///
/// What it means and how to fix it: @ref diag_periodic_billing_requires_ongoing_duration "Recurring billing on a one-time relationship".
template <class Billing, class Duration>
struct periodic_billing_requires_ongoing_duration {
  static_assert(detail::always_false<Billing, Duration>,
                CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING);
};

/// @brief Raised by a relationship whose retainer billing `Billing` comes
/// with an offering `Offering` other than a professional service.
///
/// What it means and how to fix it: @ref diag_retainer_requires_professional_service "A retainer for goods".
template <class Billing, class Offering>
struct retainer_requires_professional_service {
  static_assert(detail::always_false<Billing, Offering>,
                CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL);
};

/// @brief Raised by a relationship whose recurring or retainer billing
/// `Billing` comes with no agreement (`Agreement` is `agreement::none`).
///
/// What it means and how to fix it: @ref diag_periodic_billing_requires_agreement "A subscription with no agreement at all".
template <class Billing, class Agreement>
struct periodic_billing_requires_agreement {
  static_assert(detail::always_false<Billing, Agreement>,
                CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT);
};

/// @brief Raised by a relationship whose service contract `Agreement` comes
/// with a duration `Duration` other than ongoing.
///
/// What it means and how to fix it: @ref diag_service_contract_requires_ongoing_duration "A service contract for a relationship that comes back now and then".
template <class Agreement, class Duration>
struct service_contract_requires_ongoing_duration {
  static_assert(detail::always_false<Agreement, Duration>,
                CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING);
};

}  // namespace error

/// @brief Descriptors of the consistency rules: one type per rule, named
/// as its `consistency_rule` value, its error type and its compile-fail
/// case. Each has its `rule`, its `message`, the two dimensions it names
/// (`first`, `second`), `broken(code)` over the packed form of a profile,
/// and, for the rules a relationship type can break, its `error<A, B>`.
namespace rules {


/// @brief Recurring or retainer billing requires an ongoing duration.
struct periodic_billing_requires_ongoing_duration final {
  static constexpr consistency_rule rule = consistency_rule::periodic_billing_requires_ongoing_duration;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING;  ///< its text
  using first = dimensions::billing;    ///< the dimension it names first
  using second = dimensions::duration;  ///< the dimension it names second

  /// The compile-time diagnostic, given the two policies.
  template <class A, class B>
  using error = error::periodic_billing_requires_ongoing_duration<A, B>;
  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    return detail::periodic(c) && detail::not_ongoing(c);
  }
};

/// @brief Retainer billing requires a professional_service offering.
struct retainer_requires_professional_service final {
  static constexpr consistency_rule rule = consistency_rule::retainer_requires_professional_service;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL;  ///< its text
  using first = dimensions::billing;    ///< the dimension it names first
  using second = dimensions::offering;  ///< the dimension it names second

  /// The compile-time diagnostic, given the two policies.
  template <class A, class B>
  using error = error::retainer_requires_professional_service<A, B>;
  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    const field_code offering = c & detail::bits_of<dimensions::offering>;
    return (c & detail::bits_of<dimensions::billing>) == detail::retainer_bits && offering != 0 &&
           offering !=
               detail::value_bits<dimensions::offering, offering_kind::professional_service>;
  }
};

/// @brief Recurring or retainer billing requires an agreement other than
/// none.
struct periodic_billing_requires_agreement final {
  static constexpr consistency_rule rule = consistency_rule::periodic_billing_requires_agreement;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT;  ///< its text
  using first = dimensions::billing;     ///< the dimension it names first
  using second = dimensions::agreement;  ///< the dimension it names second

  /// The compile-time diagnostic, given the two policies.
  template <class A, class B>
  using error = error::periodic_billing_requires_agreement<A, B>;
  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    return detail::periodic(c) && (c & detail::bits_of<dimensions::agreement>) ==
                                       detail::value_bits<dimensions::agreement, agreement_kind::none>;
  }
};

/// @brief A service_contract requires an ongoing duration.
struct service_contract_requires_ongoing_duration final {
  static constexpr consistency_rule rule = consistency_rule::service_contract_requires_ongoing_duration;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING;  ///< its text
  using first = dimensions::agreement;  ///< the dimension it names first
  using second = dimensions::duration;  ///< the dimension it names second

  /// The compile-time diagnostic, given the two policies.
  template <class A, class B>
  using error = error::service_contract_requires_ongoing_duration<A, B>;
  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    return (c & detail::bits_of<dimensions::agreement>) ==
               detail::value_bits<dimensions::agreement, agreement_kind::service_contract> &&
           detail::not_ongoing(c);
  }
};

/// @brief A billing period requires recurring or retainer billing
/// (structural: only a run-time profile can break it).
struct period_requires_periodic_billing final {
  /// A relationship type cannot break it: only a profile made at run time.
  static constexpr bool structural = true;

  static constexpr consistency_rule rule = consistency_rule::period_requires_periodic_billing;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_PERIOD_NEEDS_PERIODIC;  ///< its text
  using first = dimensions::billing;   ///< the dimension it names
  using second = dimensions::billing;  ///< the dimension it names

  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    return (c & detail::bits_of<terms::period>) != 0 && !detail::periodic(c);
  }
};

/// @brief Recurring or retainer billing requires a billing period
/// (structural).
struct periodic_billing_requires_period final {
  /// A relationship type cannot break it: only a profile made at run time.
  static constexpr bool structural = true;

  static constexpr consistency_rule rule = consistency_rule::periodic_billing_requires_period;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_PERIOD;  ///< its text
  using first = dimensions::billing;   ///< the dimension it names
  using second = dimensions::billing;  ///< the dimension it names

  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept {
    return detail::periodic(c) && (c & detail::bits_of<terms::period>) == 0;
  }
};

/// @brief Every value is one its field allows (structural).
struct values_in_range final {
  /// A relationship type cannot break it: only a profile made at run time.
  static constexpr bool structural = true;

  static constexpr consistency_rule rule = consistency_rule::values_in_range;  ///< its value
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_VALUE_IN_RANGE;  ///< its text

  /// @brief Whether a packed profile breaks it.
  static constexpr bool broken(field_code c) noexcept { return !detail::in_range<catalogue>(c); }
};

}  // namespace rules

/// @brief Every rule's descriptor, in the order of `consistency_rule`:
/// adding a rule is a descriptor, a line here and an enumerator.
using all_rules = type_list<rules::periodic_billing_requires_ongoing_duration,
                            rules::retainer_requires_professional_service,
                            rules::periodic_billing_requires_agreement,
                            rules::service_contract_requires_ongoing_duration,
                            rules::period_requires_periodic_billing,
                            rules::periodic_billing_requires_period, rules::values_in_range>;

namespace detail {

template <class... Rs>
constexpr std::uint32_t broken_rules(code_t c, type_list<Rs...>) noexcept {
  static_assert(((static_cast<std::size_t>(Rs::rule) == index_in<Rs, all_rules>) && ...),
                "clientele: all_rules must list the rules in the order of consistency_rule.");
  return ((Rs::broken(c) ? std::uint32_t{1} << static_cast<unsigned>(Rs::rule) : 0u) | ...);
}

// The rules over the packed form of a profile: the one implementation that
// both the compile-time check of a relationship type and the run-time
// functions use.
constexpr std::uint32_t broken_rules(code_t c) noexcept {
  return broken_rules(c, all_rules{});
}

template <class R>
inline constexpr bool structural_v = requires { R::structural; };

// Whether a relationship type's code breaks a rule: the structural rules,
// which its checked policies cannot break, are not evaluated.
template <class... Rs>
constexpr bool breaks_a_rule(code_t c, type_list<Rs...>) noexcept {
  return ((!structural_v<Rs> && Rs::broken(c)) || ...);
}

template <class R>
constexpr std::uint32_t dimensions_of() noexcept {
  if constexpr (requires { typename R::first; }) {
    return dimension_mask_v<typename R::first, typename R::second>;
  } else {
    return 0;
  }
}

template <class... Rs>
constexpr std::string_view message_of(consistency_rule r, type_list<Rs...>) noexcept {
  std::string_view out{};
  ((r == Rs::rule ? void(out = Rs::message) : void()), ...);
  return out;
}

template <class... Rs>
constexpr std::uint32_t dimensions_of(consistency_rule r, type_list<Rs...>) noexcept {
  std::uint32_t out = 0;
  ((r == Rs::rule ? void(out = dimensions_of<Rs>()) : void()), ...);
  return out;
}

}  // namespace detail

/// @brief The message of a rule: the very text the compiler shows when a
/// relationship type breaks it; empty for a value that names no rule.
[[nodiscard]] constexpr std::string_view message_of(consistency_rule r) noexcept {
  return detail::message_of(r, all_rules{});
}

/// @brief The dimensions a rule involves, as a `dimension_mask_v`.
[[nodiscard]] constexpr std::uint32_t dimensions_of(consistency_rule r) noexcept {
  return detail::dimensions_of(r, all_rules{});
}

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

}  // namespace clientele

#endif  // CLIENTELE_RULES_HPP

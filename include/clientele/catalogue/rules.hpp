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

#include <clientele/catalogue/profile_terms.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>

/// @cond CLIENTELE_DETAIL
// The text of each rule. A static_assert needs a string literal, so the text
// is a macro; the run-time validator reads the same macro through
// message_of(), so both report the very same words.
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_ONGOING                                          \
  "clientele: recurring, retainer and usage billing require an ongoing or fixed_term "      \
  "duration (dimensions: billing, duration). Use clientele::duration::ongoing or "           \
  "clientele::duration::fixed_term, or bill per_transaction or by milestone."
#define CLIENTELE_DETAIL_RULE_RETAINER_NEEDS_PROFESSIONAL                                     \
  "clientele: retainer billing requires a professional_service offering (dimensions: "       \
  "billing, offering). Use clientele::offering::professional_service, or bill with "         \
  "recurring<Period> instead of retainer<Period>."
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_AGREEMENT                                        \
  "clientele: recurring, retainer and usage billing require an agreement other than none "  \
  "(dimensions: billing, agreement). Use clientele::agreement::service_contract or "         \
  "clientele::agreement::terms_of_sale."
#define CLIENTELE_DETAIL_RULE_CONTRACT_NEEDS_ONGOING                                          \
  "clientele: a service_contract agreement requires an ongoing or fixed_term duration "      \
  "(dimensions: agreement, duration). Use clientele::duration::ongoing, "                    \
  "clientele::duration::fixed_term for a contract of a set length (an event, a rental), or " \
  "clientele::agreement::terms_of_sale for a sale."
#define CLIENTELE_DETAIL_RULE_PERIOD_NEEDS_PERIODIC                                           \
  "clientele: a billing period requires recurring, retainer or usage billing (dimensions: "  \
  "billing, period). Remove the period, or bill with recurring<Period>, retainer<Period> "   \
  "or usage<Period>."
#define CLIENTELE_DETAIL_RULE_PERIODIC_NEEDS_PERIOD                                           \
  "clientele: recurring, retainer and usage billing require a billing period (dimensions: "  \
  "billing, period). Add a period, such as period=monthly or period=2_weeks."
#define CLIENTELE_DETAIL_RULE_VALUE_IN_RANGE                                                  \
  "clientele: a dimension holds a value outside its enumeration. Use one of the values the " \
  "catalogue names for that dimension."
#define CLIENTELE_DETAIL_RULE_TERMS_NEED_PERIODIC                                             \
  "clientele: billing terms (timing, offset, trial, term, anchor, alignment, recurring or "   \
  "usage charges) require recurring, retainer or usage billing (dimensions: billing). "      \
  "Remove them, or bill every period."
#define CLIENTELE_DETAIL_RULE_BILLING_TERMS_IN_RANGE                                          \
  "clientele: the billing terms cannot give a schedule (dimensions: billing): an offset "   \
  "beyond 366 days, a trial beyond 4095 units, a cycle day outside 1 to 31, an invalid "    \
  "anchor date, or calendar alignment with an anchor or with a period in days. "            \
  "clientele::check_terms(clientele::billing_terms_from(p)) names the problem."
#define CLIENTELE_DETAIL_RULE_SUPPORT_TERMS_NEED_SUPPORT                                      \
  "clientele: support terms (channels, first_response, contact, hours, zone, holidays) "     \
  "require a support tier (dimensions: support). Add support=self_service, support_desk or " \
  "dedicated_team."
#define CLIENTELE_DETAIL_RULE_TARGETS_POSITIVE                                                \
  "clientele: a first-response target of zero commits to nothing (dimensions: support). "   \
  "Give every priority a positive target, such as urgent:1h:calendar, or none for a "      \
  "priority with no target, such as low:none."
#define CLIENTELE_DETAIL_RULE_BUSINESS_NEEDS_HOURS                                            \
  "clientele: a first-response target counts business time, but the weekly hours are empty " \
  "(dimensions: support). Add opening hours, such as hours=mon-fri/09:00-17:00, or count "   \
  "the target on the calendar clock."
#define CLIENTELE_DETAIL_RULE_ZONE_KNOWN                                                      \
  "clientele: the business calendar names a time zone that the time-zone database does not " \
  "have (dimensions: support). Use an IANA name such as Europe/Berlin, or an offset such as " \
  "+01:00."
#define CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE                                               \
  "clientele: the business calendar is not well formed (dimensions: support): an interval "  \
  "was refused, a holiday is not a date or one too many, the zone's offset is a day or "    \
  "more or its name is malformed or depends on the host (localtime), or a target's clock "   \
  "is unknown or its length beyond 9999999d23h59m59s."
// What exactly is wrong with a calendar that breaks business_calendar_in_range:
// the rule's text, then the fault (validate reports one violation per fault).
#define CLIENTELE_DETAIL_CALENDAR_FAULT_HOURS                                                 \
  CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE                                                    \
  " Here: the weekly hours refused an interval (empty, reversed, outside 00:00 to 24:00, "   \
  "overlapping another, or one too many for the day); weekly_hours::add returned false on it."
#define CLIENTELE_DETAIL_CALENDAR_FAULT_HOLIDAYS                                              \
  CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE                                                    \
  " Here: the holiday list refused a date (not a valid date, or one past the 64 it holds)."
#define CLIENTELE_DETAIL_CALENDAR_FAULT_ZONE                                                  \
  CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE                                                    \
  " Here: the zone is an offset of a day or more, a malformed name, or a name that depends " \
  "on the host (localtime, posixrules); name a zone of the database, such as Europe/Berlin."
#define CLIENTELE_DETAIL_CALENDAR_FAULT_TARGET                                                \
  CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE                                                    \
  " Here: a first-response target's clock is neither calendar nor business, or its length " \
  "is beyond 9999999d23h59m59s."
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
  /// recurring, retainer or usage billing requires an ongoing or fixed-term duration
  periodic_billing_requires_ongoing_duration,
  /// retainer billing requires a professional_service offering
  retainer_requires_professional_service,
  /// recurring, retainer or usage billing requires an agreement other than none
  periodic_billing_requires_agreement,
  /// a service_contract requires an ongoing or fixed-term duration
  service_contract_requires_ongoing_duration,
  /// a billing period requires recurring, retainer or usage billing (structural)
  period_requires_periodic_billing,
  /// recurring, retainer or usage billing requires a billing period (structural)
  periodic_billing_requires_period,
  /// every value lies within its enumeration (structural)
  values_in_range,
  /// billing terms other than a setup charge require recurring, retainer or usage billing (structural)
  billing_terms_require_periodic_billing,
  /// billing terms must be ones a schedule can be computed from (structural)
  billing_terms_in_range,
  /// support terms require a support tier (structural)
  support_terms_require_support,
  /// every first-response target is positive (structural)
  first_response_targets_positive,
  /// a target on the business clock requires opening hours (structural)
  business_clock_requires_open_hours,
  /// the business calendar's hours, holidays and zone are well formed (structural)
  business_calendar_in_range,
  /// the calendar's named zone is in the time-zone database (judged by `tz::validate` only)
  business_calendar_zone_known
};

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<consistency_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "periodic_billing_requires_ongoing_duration", "retainer_requires_professional_service",
      "periodic_billing_requires_agreement",        "service_contract_requires_ongoing_duration",
      "period_requires_periodic_billing",           "periodic_billing_requires_period",
      "values_in_range",
      "billing_terms_require_periodic_billing",     "billing_terms_in_range",
      "support_terms_require_support",              "first_response_targets_positive",
      "business_clock_requires_open_hours",         "business_calendar_in_range",
      "business_calendar_zone_known"};
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
inline constexpr code_t usage_bits = value_bits<dimensions::billing, billing_mode::usage>;
inline constexpr code_t ongoing_bits = value_bits<dimensions::duration, duration_kind::ongoing>;
inline constexpr code_t fixed_term_bits =
    value_bits<dimensions::duration, duration_kind::fixed_term>;

constexpr bool periodic(code_t c) noexcept {
  const code_t billing = c & bits_of<dimensions::billing>;
  return billing == retainer_bits || billing == recurring_bits || billing == usage_bits;
}

// A duration that is specified and neither ongoing nor of a fixed term.
constexpr bool not_ongoing(code_t c) noexcept {
  const code_t duration = c & bits_of<dimensions::duration>;
  return duration != 0 && duration != ongoing_bits && duration != fixed_term_bits;
}

}  // namespace detail

namespace error {

/// @brief Raised by a relationship whose periodic billing (recurring, retainer, usage)
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

/// @brief Raised by a relationship whose periodic billing (recurring, retainer, usage)
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


/// @brief Periodic billing (recurring, retainer, usage) requires an ongoing or fixed-term duration.
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

/// @brief Periodic billing (recurring, retainer, usage) requires an agreement other than
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

/// @brief A billing period requires periodic billing (recurring, retainer, usage)
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

/// @brief Periodic billing (recurring, retainer, usage) requires a billing period
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

/// @cond CLIENTELE_DETAIL
namespace detail {
// A rule over the terms a profile holds beside its code: structural (the
// policy of a relationship type is checked when it is declared), never broken
// by a code alone.
template <consistency_rule R>
struct term_rule {
  static constexpr bool structural = true;
  static constexpr consistency_rule rule = R;
  using first = dimensions::billing;
  using second = dimensions::billing;
  static constexpr bool broken(field_code) noexcept { return false; }
};
template <consistency_rule R>
struct support_term_rule : term_rule<R> {
  using first = dimensions::support;
  using second = dimensions::support;
};

template <class D, class C, class... Ts>
constexpr bool holds_terms(const basic_profile<C>& p, type_list<Ts...>) noexcept {
  return (get<Ts>(p).has_value() || ...);
}

// Everything wrong with the support terms of a profile that names a tier (a
// term without a tier breaks support_terms_require_support instead): a
// fault does not hide another, so each rule reads its own bits.
constexpr bool support_fault(const profile& p,
                             std::initializer_list<support_terms_fault> faults) noexcept {
  if (!get<dimensions::support>(p).has_value()) {
    return false;
  }
  const std::uint32_t found = support_terms_faults(support_terms_from(p));
  for (const support_terms_fault f : faults) {
    if ((found & (std::uint32_t{1} << static_cast<unsigned>(f))) != 0) {
      return true;
    }
  }
  return false;
}
}  // namespace detail
/// @endcond

/// @brief Billing terms need periodic billing (structural).
struct billing_terms_require_periodic_billing final
    : detail::term_rule<consistency_rule::billing_terms_require_periodic_billing> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_TERMS_NEED_PERIODIC;
  /// @brief Whether profile @p p breaks it.
  /// The rule is `needs_periodic_billing`, the one `check_billing_terms`
  /// applies to a policy's terms; the period is judged by
  /// `period_requires_periodic_billing`.
  static constexpr bool broken_terms(const profile& p) noexcept {
    billing_terms t = billing_terms_from(p);
    t.period = billing_period::monthly;
    return needs_periodic_billing(get<dimensions::billing>(p).value_or(billing_mode{}), t);
  }
};

/// @brief Billing terms must give a schedule (structural).
struct billing_terms_in_range final
    : detail::term_rule<consistency_rule::billing_terms_in_range> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_BILLING_TERMS_IN_RANGE;
  /// @brief Whether profile @p p breaks it.
  static constexpr bool broken_terms(const profile& p) noexcept {
    if (!detail::holds_terms<dimensions::billing>(p, clientele::detail::wide_terms_t<dimensions::billing>{})) {
      return false;
    }
    billing_terms t = billing_terms_from(p);
    if (!is_valid(t.period)) {
      t.period = billing_period::monthly;  // another rule reports the period
    }
    return check_terms(t) != schedule_error::none;
  }
};

/// @brief Support terms need a support tier (structural).
struct support_terms_require_support final
    : detail::support_term_rule<consistency_rule::support_terms_require_support> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_SUPPORT_TERMS_NEED_SUPPORT;
  /// @brief Whether profile @p p breaks it.
  static constexpr bool broken_terms(const profile& p) noexcept {
    return !get<dimensions::support>(p).has_value() &&
           detail::holds_terms<dimensions::support>(p, clientele::detail::wide_terms_t<dimensions::support>{});
  }
};

/// @brief First-response targets are positive (structural).
struct first_response_targets_positive final
    : detail::support_term_rule<consistency_rule::first_response_targets_positive> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_TARGETS_POSITIVE;
  /// @brief Whether profile @p p breaks it.
  static constexpr bool broken_terms(const profile& p) noexcept {
    return detail::support_fault(p, {support_terms_fault::no_target});
  }
};

/// @brief A business clock needs opening hours (structural).
struct business_clock_requires_open_hours final
    : detail::support_term_rule<consistency_rule::business_clock_requires_open_hours> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_BUSINESS_NEEDS_HOURS;
  /// @brief Whether profile @p p breaks it.
  static constexpr bool broken_terms(const profile& p) noexcept {
    return detail::support_fault(p, {support_terms_fault::business_without_hours});
  }
};

/// @brief The business calendar is well formed (structural).
struct business_calendar_in_range final
    : detail::support_term_rule<consistency_rule::business_calendar_in_range> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_CALENDAR_IN_RANGE;
  /// @brief Whether profile @p p breaks it.
  static constexpr bool broken_terms(const profile& p) noexcept {
    return detail::support_fault(
        p, {support_terms_fault::invalid_hours, support_terms_fault::invalid_holidays,
            support_terms_fault::invalid_zone, support_terms_fault::invalid_target});
  }
};

/// @brief The calendar's named zone is known (structural). Only a time-zone
/// database can judge it: `validate` never reports it, `tz::validate` of the
/// component `clientele::tz` does.
struct business_calendar_zone_known final
    : detail::support_term_rule<consistency_rule::business_calendar_zone_known> {
  /// Its text.
  static constexpr std::string_view message = CLIENTELE_DETAIL_RULE_ZONE_KNOWN;
};

}  // namespace rules

/// @brief Every rule's descriptor, in the order of `consistency_rule`:
/// adding a rule is a descriptor, a line here and an enumerator.
using all_rules = type_list<rules::periodic_billing_requires_ongoing_duration,
                            rules::retainer_requires_professional_service,
                            rules::periodic_billing_requires_agreement,
                            rules::service_contract_requires_ongoing_duration,
                            rules::period_requires_periodic_billing,
                            rules::periodic_billing_requires_period, rules::values_in_range,
                            rules::billing_terms_require_periodic_billing,
                            rules::billing_terms_in_range, rules::support_terms_require_support,
                            rules::first_response_targets_positive,
                            rules::business_clock_requires_open_hours,
                            rules::business_calendar_in_range,
                            rules::business_calendar_zone_known>;

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

// The rules over the terms a profile holds beside its code.
template <class... Rs>
constexpr std::uint32_t broken_term_rules(const profile& p, type_list<Rs...>) noexcept {
  std::uint32_t out = 0;
  ((void)[&] {
     if constexpr (requires { Rs::broken_terms(p); }) {
       if (Rs::broken_terms(p)) {
         out |= std::uint32_t{1} << static_cast<unsigned>(Rs::rule);
       }
     }
   }(),
   ...);
  return out;
}

// The rules a relationship type can break: not the structural ones, which
// its checked policies cannot.
template <class... Rs>
auto typed_rules(type_list<Rs...>)
    -> typename concat<std::conditional_t<structural_v<Rs>, type_list<>, type_list<Rs>>...>::type;
using type_rules = decltype(typed_rules(all_rules{}));

// Whether a relationship type's code breaks a rule.
template <class... Rs>
constexpr bool breaks_a_rule(code_t c, type_list<Rs...>) noexcept {
  return (Rs::broken(c) || ...);
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

/// @brief The text of one fault of a business calendar that breaks
/// `consistency_rule::business_calendar_in_range`: the rule's message, then
/// what exactly is wrong (`invalid_hours`, `invalid_holidays`,
/// `invalid_zone` or `invalid_target`); empty for another fault.
[[nodiscard]] constexpr std::string_view calendar_fault_message(support_terms_fault f) noexcept {
  switch (f) {
    case support_terms_fault::invalid_hours: return CLIENTELE_DETAIL_CALENDAR_FAULT_HOURS;
    case support_terms_fault::invalid_holidays: return CLIENTELE_DETAIL_CALENDAR_FAULT_HOLIDAYS;
    case support_terms_fault::invalid_zone: return CLIENTELE_DETAIL_CALENDAR_FAULT_ZONE;
    case support_terms_fault::invalid_target: return CLIENTELE_DETAIL_CALENDAR_FAULT_TARGET;
    default: return {};
  }
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
  return detail::broken_rules(detail::encode(p)) | detail::broken_term_rules(p, all_rules{});
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

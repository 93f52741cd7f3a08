// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::billing_period`: how often recurring, retainer and
/// usage billing invoices, as a count and a unit (two weeks, thirty days, three
/// months), with the named periods billing systems use; the concept
/// `BillingPeriod`. The period types themselves are in `period.hpp`.
///
/// This header does not include `<chrono>`: a relationship type that names
/// no period does not pay for it. See the page @ref dim_billing.

#ifndef CLIENTELE_BILLING_PERIOD_HPP
#define CLIENTELE_BILLING_PERIOD_HPP

#include <clientele/framework/dimension.hpp>

#include <cstdint>

/// @cond CLIENTELE_DETAIL
#define CLIENTELE_DETAIL_NOT_A_PERIOD                                                         \
  "clientele: the period of this billing policy is not a billing period. Use one of "        \
  "clientele::period::daily, weekly, biweekly, thirty_days, monthly, quarterly, semiannual, " \
  "annual or biennial, clientele::period::every<N, clientele::period_unit::...>, or a type "  \
  "with 'static constexpr clientele::billing_period value{count, unit};' (count 1 to 4095)."
/// @endcond

namespace clientele {

/// @brief The unit a billing period counts in.
enum class period_unit : unsigned char { day, week, month, year };

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<period_unit> {
  static constexpr std::string_view names[] = {"day", "week", "month", "year"};
};
/// @endcond

/// @brief How often a periodic (recurring, retainer or usage) fee is invoiced: `count` units
/// (Stripe's interval count and interval).
///
/// Months and years are calendar steps, never a number of days: `every 30
/// days` (`thirty_days`) and `monthly` are different periods. The named
/// periods are static members, such as `billing_period::monthly` and
/// `billing_period::biweekly`.
struct billing_period {
  /// How many units one period lasts: 1 to `max_count`.
  std::uint16_t count = 1;
  /// The unit.
  period_unit unit = period_unit::month;

  /// The longest period, in units, that a profile holds.
  static constexpr std::uint16_t max_count = 4095;

  static const billing_period daily;        ///< every day
  static const billing_period weekly;       ///< every week
  static const billing_period biweekly;     ///< every two weeks
  static const billing_period thirty_days;  ///< every 30 days (not a month)
  static const billing_period monthly;      ///< every month
  static const billing_period quarterly;    ///< every three months
  static const billing_period semiannual;   ///< every six months
  static const billing_period annual;       ///< every year
  static const billing_period biennial;     ///< every two years

  /// Equal when count and unit are.
  friend constexpr bool operator==(const billing_period&, const billing_period&) = default;
};

inline constexpr billing_period billing_period::daily{1, period_unit::day};
inline constexpr billing_period billing_period::weekly{1, period_unit::week};
inline constexpr billing_period billing_period::biweekly{2, period_unit::week};
inline constexpr billing_period billing_period::thirty_days{30, period_unit::day};
inline constexpr billing_period billing_period::monthly{1, period_unit::month};
inline constexpr billing_period billing_period::quarterly{3, period_unit::month};
inline constexpr billing_period billing_period::semiannual{6, period_unit::month};
inline constexpr billing_period billing_period::annual{1, period_unit::year};
inline constexpr billing_period billing_period::biennial{2, period_unit::year};

/// @brief Whether @p p is a period a profile can hold: a count from 1 to
/// `billing_period::max_count` and one of the four units.
[[nodiscard]] constexpr bool is_valid(const billing_period& p) noexcept {
  return p.count >= 1 && p.count <= billing_period::max_count &&
         static_cast<std::size_t>(p.unit) < enum_count_v<period_unit>;
}

/// @brief A named period and its name, as the text form writes it.
struct named_period {
  std::string_view name;  ///< its name in the text form
  billing_period period;  ///< the period
};

/// @brief The named periods, in the order the text form prefers them.
inline constexpr named_period named_periods[] = {
    {"daily", billing_period::daily},           {"weekly", billing_period::weekly},
    {"biweekly", billing_period::biweekly},     {"thirty_days", billing_period::thirty_days},
    {"monthly", billing_period::monthly},       {"quarterly", billing_period::quarterly},
    {"semiannual", billing_period::semiannual}, {"annual", billing_period::annual},
    {"biennial", billing_period::biennial}};

/// @brief The name of a named period, or an empty view for any other.
[[nodiscard]] constexpr std::string_view name_of(const billing_period& p) noexcept {
  for (const named_period& n : named_periods) {
    if (n.period == p) {
      return n.name;
    }
  }
  return {};
}

namespace detail {

// A billing period is a type with a valid `static constexpr billing_period
// value`; it is never a relationship policy on its own.
template <class P>
constexpr bool is_billing_period() noexcept {
  if constexpr (!std::is_class_v<P>) {
    return false;
  } else if constexpr (!requires { P::value; }) {
    return false;
  } else if constexpr (!std::is_same_v<std::remove_cv_t<decltype(P::value)>, billing_period>) {
    return false;
  } else if constexpr (!requires { typename constant_probe<P::value>; }) {
    return false;
  } else {
    return is_valid(P::value);
  }
}

}  // namespace detail

/// @brief A billing period: a class with `static constexpr
/// clientele::billing_period value`, a count from 1 to 4095 and a unit.
///
/// An application's own period, a fortnight for example:
/// @snippet custom_policies.cpp fortnightly
template <class P>
concept BillingPeriod = detail::is_billing_period<P>();

namespace terms {

/// @brief The billing period: a term of the billing dimension, held by
/// recurring, retainer and usage billing, written `period=monthly` or
/// `period=2_weeks` in the text form.
struct period final {
  /// A count and a unit.
  using value_type = billing_period;
  /// Its key in the text form.
  static constexpr std::string_view name = "period";
  /// Twelve bits of count and two of unit.
  static constexpr std::size_t bits = 14;
  /// @brief The field of @p p: the count above the unit; a code that `valid`
  /// rejects for a period that is not valid.
  [[nodiscard]] static constexpr field_code encode(const billing_period& p) noexcept {
    return is_valid(p) ? (field_code{p.count} << 2) | static_cast<field_code>(p.unit) : 1;
  }
  /// @brief The period of a non-zero field.
  [[nodiscard]] static constexpr billing_period decode(field_code field) noexcept {
    return {static_cast<std::uint16_t>(field >> 2), static_cast<period_unit>(field & 3)};
  }
  /// @brief Whether a non-zero field holds a valid period.
  [[nodiscard]] static constexpr bool valid(field_code field) noexcept {
    return (field >> 2) >= 1;
  }
};

}  // namespace terms

namespace error {

/// @brief Raised when a billing policy's `period` is not a billing period.
/// `billing::recurring<Period>` and `billing::retainer<Period>` check their
/// argument themselves, with the same message.
///
/// What it means and how to fix it: @ref diag_not_a_billing_period "recurring<> given something that is not a billing period".
template <class T>
struct not_a_billing_period {
  static_assert(detail::always_false<T>, CLIENTELE_DETAIL_NOT_A_PERIOD);
};

/// @brief Raised when a billing period is given to a relationship or to
/// `with<>` on its own.
///
/// What it means and how to fix it: @ref diag_period_alone "A billing period given to a relationship on its own".
template <class P>
struct period_is_not_a_policy {
  static_assert(detail::always_false<P>,
                "clientele: a billing period is not a policy on its own. Give it to the "
                "billing policy instead, as in clientele::billing::recurring<clientele::"
                "period::monthly> or clientele::billing::retainer<clientele::period::annual>.");
};

}  // namespace error

namespace detail {

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::period_alone> : error::period_is_not_a_policy<P> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_BILLING_PERIOD_HPP

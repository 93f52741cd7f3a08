// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The billing period dimension: how often recurring and retainer
/// billing invoices, and what a billing period must provide. The library's
/// periods themselves are in `period.hpp`.
///
/// This header does not include `<chrono>`: a relationship type that names
/// no period does not pay for it.
/// Modelled on seed 000 ("Financial Commitment", "(e.g., monthly)"); see the
/// page @ref dim_billing.

#ifndef CLIENTELE_BILLING_PERIOD_HPP
#define CLIENTELE_BILLING_PERIOD_HPP

#include <clientele/dimension.hpp>

#include <concepts>

/// @cond CLIENTELE_DETAIL
#define CLIENTELE_DETAIL_NOT_A_PERIOD                                                         \
  "clientele: the period of this billing policy is not a billing period. Use "               \
  "clientele::period::weekly, monthly, quarterly or annually, or a type with 'using "        \
  "dimension = clientele::dimensions::period;', 'static constexpr "                          \
  "clientele::billing_period value' and 'using duration = std::chrono::...;'."
/// @endcond

namespace clientele {

/// @brief How often a recurring or retainer fee is invoiced.
enum class billing_period : unsigned char {
  weekly,     ///< every week
  monthly,    ///< every month (an average Gregorian month, as `std::chrono::months`)
  quarterly,  ///< every three months
  annually,   ///< every year (an average Gregorian year, as `std::chrono::years`)
  custom      ///< an application's own period, such as a fortnight
};

/// @brief Names of `billing_period` values.
template <>
struct enum_traits<billing_period> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"weekly", "monthly", "quarterly", "annually",
                                               "custom"};
};

namespace detail {

// Recognises a std::chrono::duration by its members, so that this header need
// not include <chrono>: a representation, a ratio, count() and zero().
template <class T>
inline constexpr bool is_chrono_duration = requires(const T& d) {
  typename T::rep;
  T::period::num;
  T::period::den;
  { d.count() } -> std::same_as<typename T::rep>;
  { T::zero() } -> std::same_as<T>;
};

// A billing period is valid when it has a `billing_period value` and names
// its `std::chrono` duration; it is never a relationship policy on its own.
struct period_requirement {
  template <class P>
  static constexpr policy_defect validity() noexcept {
    if constexpr (constexpr policy_defect d = value_requirement::check<P>(); d != policy_defect::none) {
      return d;
    } else if constexpr (!requires { typename P::duration; }) {
      return policy_defect::no_duration;
    } else if constexpr (!is_chrono_duration<typename P::duration>) {
      return policy_defect::no_duration;
    } else {
      return policy_defect::none;
    }
  }

  template <class P>
  static constexpr policy_defect check() noexcept {
    constexpr policy_defect d = validity<P>();
    return d == policy_defect::none ? policy_defect::not_a_slot : d;
  }
};

}  // namespace detail

namespace dimensions {

/// @brief The billing period: part of the billing dimension, given as the
/// argument of `billing::recurring<Period>` or `billing::retainer<Period>`,
/// never on its own.
struct period final {
  /// The enumeration of this dimension's values.
  using value_type = billing_period;
  /// What a period must provide: `static constexpr billing_period value`
  /// and a member type `duration` that is a `std::chrono::duration`.
  using requirement = detail::period_requirement;
  /// The period's bit in a set of dimensions.
  static constexpr std::size_t index = 12;
  /// The catalogue's name of the dimension.
  static constexpr std::string_view name = "period";

  /// @brief Records period `P` in a profile.
  template <class Profile, class P>
  static constexpr void record(Profile& p) noexcept {
    p.period = P::value;
  }
};

}  // namespace dimensions

namespace detail {

template <class P>
constexpr policy_defect period_defect() noexcept {
  if constexpr (!requires { typename P::dimension; }) {
    return policy_defect::no_dimension;
  } else if constexpr (!std::is_same_v<typename P::dimension, dimensions::period>) {
    return policy_defect::unknown_dimension;
  } else {
    return period_requirement::validity<P>();
  }
}

}  // namespace detail

/// @brief A billing period: a type with
/// `using dimension = clientele::dimensions::period;`,
/// `static constexpr clientele::billing_period value` and a member type
/// `duration` that is a `std::chrono::duration`.
///
/// An application's own period, a fortnight for example:
/// @snippet custom_policies.cpp fortnightly
template <class P>
concept BillingPeriod = (detail::period_defect<P>() == policy_defect::none);

namespace error {

/// @brief Raised when a billing period is given to a relationship or to
/// `with<>` on its own.
template <class P>
struct period_is_not_a_policy {
  static_assert(detail::always_false<P>,
                "clientele: a billing period is not a policy on its own. Give it to the "
                "billing policy instead, as in clientele::billing::recurring<clientele::"
                "period::monthly> or clientele::billing::retainer<clientele::period::annually>.");
};

/// @brief Raised when a billing period does not name a `std::chrono`
/// duration.
template <class P>
struct period_lacks_duration {
  static_assert(detail::always_false<P>,
                "clientele: this billing period lacks a member type 'duration' that is a "
                "std::chrono::duration. Declare one, as in "
                "'using duration = std::chrono::weeks;'.");
};

/// @brief Raised when a billing policy's `period` is not a billing period.
/// `billing::recurring<Period>` and `billing::retainer<Period>` check their
/// argument themselves, with the same message.
template <class T>
struct not_a_billing_period {
  static_assert(detail::always_false<T>, CLIENTELE_DETAIL_NOT_A_PERIOD);
};

}  // namespace error

namespace detail {

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::not_a_slot> : error::period_is_not_a_policy<P> {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::no_duration> : error::period_lacks_duration<P> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_BILLING_PERIOD_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The billing dimension: how the counterpart pays (the financial
/// commitment), with the billing periods of recurring and retainer fees.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Financial Commitment"), @ref source_distinction "Understanding the Distinction" ("specific
/// deliverables") and @ref source_difference "Client vs Customer: What's the Difference"
/// ("contracts and subscriptions"); see the page
/// @ref dim_billing.

#ifndef CLIENTELE_BILLING_HPP
#define CLIENTELE_BILLING_HPP

#include <clientele/catalogue/billing_period.hpp>

namespace clientele {

/// @brief How the counterpart pays. Recurring billing leans to neither side:
/// a client on a service contract and a customer on a subscription are both
/// billed every period.
enum class billing_mode : unsigned char {
  per_transaction,  ///< each purchase is paid for when it is made
  recurring,        ///< invoiced every period for as long as the service runs (a subscription)
  retainer,         ///< a periodic fee for continuing access to a professional
  milestone         ///< billed per deliverable of an engagement
};

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<billing_mode> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"per_transaction", "recurring", "retainer",
                                               "milestone"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::either, leaning::client,
                                         leaning::client};
};
/// @endcond

/// @brief Whether a billing mode is invoiced every period (recurring and
/// retainer billing), and so needs a billing period.
[[nodiscard]] constexpr bool is_periodic(billing_mode mode) noexcept {
  return mode == billing_mode::recurring || mode == billing_mode::retainer;
}

/// @brief The requirement of the billing dimension: a policy declares
/// `static constexpr billing_mode value`, and when that mode is periodic a
/// member type `period` that is a `BillingPeriod`.
struct billing_requirement {
  /// @brief What is wrong with policy `P`, or `policy_defect::none`.
  template <class P>
  static constexpr policy_defect check() noexcept {
    if constexpr (constexpr policy_defect d = value_requirement::check<P>(); d != policy_defect::none) {
      return d;
    } else if constexpr (!is_periodic(P::value)) {
      return policy_defect::none;
    } else if constexpr (!requires { typename P::period; }) {
      return policy_defect::no_period;
    } else if constexpr (!BillingPeriod<typename P::period>) {
      return policy_defect::bad_period;
    } else {
      return policy_defect::none;
    }
  }
};

namespace dimensions {

/// @brief The billing dimension: how the counterpart pays. Recurring and
/// retainer billing carry a term, the billing period (`terms::period`).
struct billing final : enum_dimension<billing_mode> {
  /// Its key in the text form.
  static constexpr std::string_view name = "billing";
  /// @brief What its policies provide: `static constexpr billing_mode
  /// value`, and for recurring and retainer billing a `BillingPeriod` `period`.
  using requirement = billing_requirement;
  /// The billing period.
  using terms = type_list<clientele::terms::period>;
  /// @brief The field of term `terms::period` for billing policy `P`: its
  /// period when it bills every period, zero (unspecified) otherwise.
  template <class T, class P>
  static constexpr field_code term_field() noexcept {
    if constexpr (is_periodic(P::value)) {
      return T::encode(P::period::value);
    } else {
      return 0;
    }
  }
};

}  // namespace dimensions

/// @brief A policy of the billing dimension: a type with
/// `using dimension = clientele::dimensions::billing;`,
/// `static constexpr clientele::billing_mode value`, and, when that value is
/// `recurring` or `retainer`, a member type `period` that is a
/// `BillingPeriod`.
template <class P>
concept BillingPolicy = PolicyOf<P, dimensions::billing>;

/// @brief The library's billing policies.
namespace billing {

/// @brief Each purchase is paid for when it is made.
///
/// Leans to: customer.
struct per_transaction final : basic_policy<dimensions::billing, billing_mode::per_transaction> {};

/// @brief Invoiced every `Period` for as long as the service runs, as with a
/// subscription.
///
/// Leans to: either (clients on service contracts, customers on
/// subscriptions). Requires an ongoing duration and an agreement.
/// @tparam Period a `BillingPeriod`, such as `period::monthly` or
/// `period::every<2, period_unit::week>`.
template <class Period>
struct recurring final : basic_policy<dimensions::billing, billing_mode::recurring> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  /// @endcond
  /// How often the fee is invoiced.
  using period = Period;
};

/// @brief A fee paid every `Period` for continuing access to a professional.
///
/// Leans to: client. Requires an ongoing duration, a professional_service
/// offering and an agreement.
/// @tparam Period a `BillingPeriod`, such as `period::monthly`.
template <class Period>
struct retainer final : basic_policy<dimensions::billing, billing_mode::retainer> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  /// @endcond
  /// How often the fee is invoiced.
  using period = Period;
};

/// @brief Billed per deliverable of an engagement.
///
/// Leans to: client.
struct milestone final : basic_policy<dimensions::billing, billing_mode::milestone> {};

}  // namespace billing

namespace error {

/// @brief Raised when a recurring or retainer billing policy has no member
/// type `period`.
///
/// What it means and how to fix it: @ref diag_billing_policy_lacks_period "An application's recurring billing policy with no period".
template <class P>
struct billing_policy_lacks_period {
  static_assert(detail::always_false<P>,
                "clientele: this billing policy is recurring or retainer but lacks a member "
                "type 'period'. Declare 'using period = clientele::period::monthly;' (or another "
                "BillingPeriod), or give it a per_transaction or milestone value.");
};

}  // namespace error

namespace detail {

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::no_period> : error::billing_policy_lacks_period<P> {};


// The library's periodic policies report a bad period themselves.
template <class P>
inline constexpr bool checks_own_period = false;
template <class Period>
inline constexpr bool checks_own_period<billing::recurring<Period>> = true;
template <class Period>
inline constexpr bool checks_own_period<billing::retainer<Period>> = true;

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::bad_period>
    : std::conditional_t<checks_own_period<P>, no_error_here,
                         error::not_a_billing_period<typename P::period>> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_BILLING_HPP

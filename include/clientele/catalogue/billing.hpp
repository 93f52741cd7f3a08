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
#include <clientele/catalogue/billing_terms.hpp>
#include <clientele/framework/basic_profile.hpp>

namespace clientele {

/// @brief How the counterpart pays. Recurring billing leans to neither side:
/// a client on a service contract and a customer on a subscription are both
/// billed every period.
enum class billing_mode : unsigned char {
  per_transaction,  ///< each purchase is paid for when it is made
  recurring,        ///< invoiced every period for as long as the service runs (a subscription)
  retainer,         ///< a periodic fee for continuing access to a professional
  milestone,        ///< billed per deliverable of an engagement
  usage,            ///< metered: billed every period, in arrears, for what was used
  time_and_materials,  ///< hours worked at a rate, plus materials, as the work is done
  free              ///< nothing to pay: a free plan, or a service included in another purchase
};

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<billing_mode> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {
      "per_transaction", "recurring",          "retainer", "milestone",
      "usage",           "time_and_materials", "free"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::either,   leaning::client,
                                         leaning::client,   leaning::customer, leaning::client,
                                         leaning::customer};
};
/// @endcond

/// @brief Whether a billing mode is invoiced every period (recurring,
/// retainer and usage billing), and so needs a billing period.
[[nodiscard]] constexpr bool is_periodic(billing_mode mode) noexcept {
  return mode == billing_mode::recurring || mode == billing_mode::retainer ||
         mode == billing_mode::usage;
}

/// @brief The terms a billing mode has unless a policy or a profile says
/// otherwise: those of `billing_terms{}` with period @p period, in arrears
/// for usage billing (what was used is billed when the period has ended).
[[nodiscard]] constexpr billing_terms default_billing_terms(
    billing_mode mode, billing_period period = billing_period::monthly) noexcept {
  billing_terms t{.period = period};
  if (mode == billing_mode::usage) {
    t.timing = invoice_timing::in_arrears;
  }
  return t;
}

/// @brief What `check_billing_terms` found wrong with a billing mode's terms.
enum class billing_terms_fault : unsigned char {
  none,                ///< nothing
  invalid,             ///< `check_terms` refused them (the `schedule_error` says why)
  need_periodic_billing  ///< terms other than a setup charge, for a mode that bills no period
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `billing_terms_fault` values.
template <>
struct enum_traits<billing_terms_fault> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"none", "invalid", "need_periodic_billing"};
};
/// @endcond

/// @brief Whether terms @p t fit billing mode @p mode: a periodic mode takes
/// any terms `check_terms` accepts; the others take none but a setup charge.
[[nodiscard]] constexpr billing_terms_fault check_billing_terms(billing_mode mode,
                                                                const billing_terms& t) noexcept {
  if (check_terms(t) != schedule_error::none) {
    return billing_terms_fault::invalid;
  }
  if (!is_periodic(mode)) {
    billing_terms plain = default_billing_terms(mode, t.period);
    plain.charges = t.charges;
    if (t != plain || t.charges.contains(charge_kind::recurring) ||
        t.charges.contains(charge_kind::usage)) {
      return billing_terms_fault::need_periodic_billing;
    }
  }
  return billing_terms_fault::none;
}

/// @cond CLIENTELE_DETAIL
namespace detail {
template <class P>
concept declares_billing_terms = requires { P::terms; };
template <class P>
concept constant_billing_terms =
    std::is_same_v<std::remove_cv_t<decltype(P::terms)>, billing_terms> &&
    requires { typename std::bool_constant<(P::terms == P::terms)>; };
template <class P>
constexpr bool billing_terms_fit() noexcept {
  if constexpr (is_periodic(P::value)) {
    return P::terms.period == P::period::value &&
           check_billing_terms(P::value, P::terms) == billing_terms_fault::none;
  } else {
    return check_billing_terms(P::value, P::terms) == billing_terms_fault::none;
  }
}
}  // namespace detail
/// @endcond

/// @brief The requirement of the billing dimension: a policy declares
/// `static constexpr billing_mode value`, and when that mode is periodic a
/// member type `period` that is a `BillingPeriod`.
struct billing_requirement {
  /// @brief What is wrong with the period of policy `P`, if it needs one.
  template <class P>
  static constexpr policy_defect period_defect() noexcept {
    if constexpr (!is_periodic(P::value)) {
      return policy_defect::none;
    } else if constexpr (!requires { typename P::period; }) {
      return policy_defect::no_period;
    } else if constexpr (!BillingPeriod<typename P::period>) {
      return policy_defect::bad_period;
    } else {
      return policy_defect::none;
    }
  }

  /// @brief What is wrong with policy `P`, or `policy_defect::none`.
  template <class P>
  static constexpr policy_defect check() noexcept {
    if constexpr (constexpr policy_defect d = value_requirement::check<P>(); d != policy_defect::none) {
      return d;
    } else if constexpr (constexpr policy_defect pd = period_defect<P>(); pd != policy_defect::none) {
      return pd;
    } else if constexpr (!detail::declares_billing_terms<P>) {
      return policy_defect::none;
    } else if constexpr (!detail::constant_billing_terms<P>) {
      return policy_defect::bad_terms;
    } else if constexpr (!detail::billing_terms_fit<P>()) {
      return policy_defect::bad_terms;
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
  /// The billing period, and the terms of periodic billing.
  using terms = type_list<clientele::terms::period, clientele::terms::timing,
                          clientele::terms::offset, clientele::terms::trial,
                          clientele::terms::term, clientele::terms::anchor,
                          clientele::terms::alignment, clientele::terms::charges>;
  /// @brief The terms of billing policy `P`: its own `terms`, or its mode's
  /// defaults with its period.
  template <class P>
  static constexpr billing_terms terms_of() noexcept {
    if constexpr (detail::declares_billing_terms<P>) {
      return P::terms;
    } else if constexpr (is_periodic(P::value)) {
      return default_billing_terms(P::value, P::period::value);
    } else {
      return default_billing_terms(P::value);
    }
  }
  /// @brief The value of term `T` (other than the period) in the profile of
  /// policy `P`: unspecified where it is the mode's default.
  template <class T, class P>
  static constexpr maybe<typename T::value_type> term_value() noexcept {
    if constexpr (detail::declares_billing_terms<P>) {
      const typename T::value_type v = T::get(P::terms);
      if (v == T::get(default_billing_terms(P::value))) {
        return {};
      }
      return v;
    } else {
      return {};
    }
  }
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

/// @brief Metered billing: what was used in each `Period`, billed in arrears
/// (Stripe's metered prices, Kill Bill's usage sections).
template <class Period>
struct usage final : basic_policy<dimensions::billing, billing_mode::usage> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  /// @endcond
  /// How often what was used is billed.
  using period = Period;
};

/// @brief Time and materials: hours worked at a rate, billed as the work is
/// done (the commonest basis of professional services; "invoice on
/// timesheets").
struct time_and_materials final
    : basic_policy<dimensions::billing, billing_mode::time_and_materials> {};

/// @brief Nothing to pay: a free plan, or a service included in another
/// purchase (basic support that comes with every account).
struct free final : basic_policy<dimensions::billing, billing_mode::free> {};

}  // namespace billing

namespace error {

/// @brief Raised when a recurring or retainer billing policy has no member
/// type `period`.
///
/// What it means and how to fix it: @ref diag_billing_policy_lacks_period "An application's recurring billing policy with no period".
template <class P>
struct billing_policy_lacks_period {
  static_assert(detail::always_false<P>,
                "clientele: this billing policy is recurring, retainer or usage but lacks a member "
                "type 'period'. Declare 'using period = clientele::period::monthly;' (or another "
                "BillingPeriod), or give it a per_transaction or milestone value.");
};

/// @brief Raised by a billing policy `P` whose `terms` are not usable.
///
/// What it means and how to fix it: @ref diag_billing_policy_terms_invalid "A billing policy whose terms bill another period".
template <class P>
struct billing_policy_terms_invalid {
  static_assert(detail::always_false<P>,
                "clientele: this billing policy's member 'terms' must be a 'static constexpr "
                "clientele::billing_terms' that clientele::check_terms accepts, whose period is "
                "the policy's 'period'; a mode that bills no period (per_transaction, milestone, "
                "time_and_materials, free) takes no terms but a setup charge. "
                "clientele::check_billing_terms(mode, terms) names what is wrong.");
};

}  // namespace error

namespace detail {

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::no_period> : error::billing_policy_lacks_period<P> {};

template <std::size_t I, class P>
  requires std::is_same_v<typename P::dimension, dimensions::billing>
struct explain_defect<I, P, policy_defect::bad_terms> : error::billing_policy_terms_invalid<P> {};


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

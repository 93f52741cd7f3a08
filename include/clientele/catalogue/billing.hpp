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

/// @brief Whether terms @p t hold what billing mode @p mode cannot have
/// unless it bills every period: for a mode that bills no period
/// (`per_transaction`, `milestone`, `time_and_materials`, `free`), any term
/// other than its default and a setup charge, a period other than the
/// default (monthly, which stands for "no period" there) included. Never for
/// a periodic mode.
///
/// The one rule of what a mode may carry: `check_billing_terms` applies it
/// to a policy's terms when a relationship type is declared, and the rule
/// `billing_terms_require_periodic_billing` applies it to a profile's terms
/// in `validate` (where the period is a field of its own, judged by
/// `period_requires_periodic_billing`).
[[nodiscard]] constexpr bool needs_periodic_billing(billing_mode mode,
                                                    const billing_terms& t) noexcept {
  if (is_periodic(mode)) {
    return false;
  }
  billing_terms plain = default_billing_terms(mode);
  plain.charges = t.charges;
  return t != plain || t.charges.contains(charge_kind::recurring) ||
         t.charges.contains(charge_kind::usage);
}

/// @brief Whether terms @p t fit billing mode @p mode: a periodic mode takes
/// any terms `check_terms` accepts; the others take none but a setup charge,
/// and no period but the default (`needs_periodic_billing`).
[[nodiscard]] constexpr billing_terms_fault check_billing_terms(billing_mode mode,
                                                                const billing_terms& t) noexcept {
  if (check_terms(t) != schedule_error::none) {
    return billing_terms_fault::invalid;
  }
  if (needs_periodic_billing(mode, t)) {
    return billing_terms_fault::need_periodic_billing;
  }
  return billing_terms_fault::none;
}

/// @brief The library's billing policies, and the terms they take.
namespace billing {

/// @brief The billing terms a policy states, written where the policy is
/// named: `billing::recurring<period::monthly, billing::terms{.trial =
/// free_trial::days(14)}>`, `billing::per_transaction::with<billing::terms{
/// .charges = {charge_kind::setup}}>`.
///
/// Each member is a `stated` term: one that a designated initializer names
/// is stated, even at its default value; one it leaves out is the billing
/// mode's default (`default_billing_terms`). There is no period: the policy
/// states it, once (`recurring<Period>`). A structural type, so that it can
/// be a template argument.
/// @snippet invoices.cpp terms
struct terms {
  stated<invoice_timing> timing{};        ///< Which end of its period an invoice is dated at.
  stated<std::chrono::days> offset{};     ///< Days by which every invoice date moves.
  stated<free_trial> trial{};             ///< A free trial before the first paid period.
  stated<contract_term> term{};           ///< Evergreen, or a fixed number of periods.
  stated<billing_anchor> anchor{};        ///< The date the cycle is counted from.
  stated<billing_alignment> alignment{};  ///< How the dates after the anchor are found.
  stated<charge_set> charges{};           ///< Charges besides the billing mode's own.

  /// @brief @p defaults with every stated term in place of its own.
  [[nodiscard]] constexpr billing_terms over(billing_terms defaults) const noexcept {
    defaults.timing = timing.value_or(defaults.timing);
    defaults.offset = offset.value_or(defaults.offset);
    defaults.trial = trial.value_or(defaults.trial);
    defaults.term = term.value_or(defaults.term);
    defaults.anchor = anchor.value_or(defaults.anchor);
    defaults.alignment = alignment.value_or(defaults.alignment);
    defaults.charges = charges.value_or(defaults.charges);
    return defaults;
  }

  /// Equal when they state the same terms with equal values.
  friend constexpr bool operator==(const terms&, const terms&) = default;
};

}  // namespace billing

/// @cond CLIENTELE_DETAIL
namespace detail {
// The base of a library policy given terms T: none when T states nothing,
// so that `recurring<Period>` declares no terms and costs what it did.
template <class T>
struct no_stated_terms {};
template <auto T>
struct stated_terms {
  static constexpr auto terms = T;
};
template <auto T>
using stated_terms_base =
    std::conditional_t<T == decltype(T){}, no_stated_terms<decltype(T)>, stated_terms<T>>;
// The base of a periodic policy given no terms, or one `billing::terms`.
// The terms are a pack rather than a defaulted parameter, so that the
// compiler names `recurring<period::monthly>` as it is written.
template <billing::terms... T>
struct periodic_terms_base {};
template <billing::terms T>
struct periodic_terms_base<T> : stated_terms_base<T> {};
}  // namespace detail
/// @endcond

/// @cond CLIENTELE_DETAIL
namespace detail {
template <class P>
concept declares_billing_terms = requires { P::terms; };
template <class P>
concept states_billing_terms =
    std::is_same_v<std::remove_cv_t<decltype(P::terms)>, billing::terms>;
template <class P>
concept constant_billing_terms =
    (std::is_same_v<std::remove_cv_t<decltype(P::terms)>, billing_terms> ||
     states_billing_terms<P>) &&
    requires { typename std::bool_constant<(P::terms == P::terms)>; };
// The defaults of billing policy P: its mode's, with its period.
template <class P>
constexpr billing_terms policy_default_terms() noexcept {
  if constexpr (is_periodic(P::value)) {
    return default_billing_terms(P::value, P::period::value);
  } else {
    return default_billing_terms(P::value);
  }
}
// The terms of billing policy P: those it states over its defaults, those
// it declares whole, or its defaults.
template <class P>
constexpr billing_terms policy_billing_terms() noexcept {
  if constexpr (!declares_billing_terms<P>) {
    return policy_default_terms<P>();
  } else if constexpr (states_billing_terms<P>) {
    return P::terms.over(policy_default_terms<P>());
  } else {
    return P::terms;
  }
}
template <class P>
constexpr bool billing_terms_fit() noexcept {
  if constexpr (is_periodic(P::value) && !states_billing_terms<P>) {
    return P::terms.period == P::period::value &&
           check_billing_terms(P::value, P::terms) == billing_terms_fault::none;
  } else {
    return check_billing_terms(P::value, policy_billing_terms<P>()) == billing_terms_fault::none;
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

/// @brief The billing dimension: how the counterpart pays. Recurring,
/// retainer and usage billing carry a term, the billing period (`terms::period`).
struct billing final : enum_dimension<billing_mode> {
  /// Its key in the text form.
  static constexpr std::string_view name = "billing";
  /// @brief What its policies provide: `static constexpr billing_mode
  /// value`, and for periodic billing (recurring, retainer, usage) a `BillingPeriod` `period`.
  using requirement = billing_requirement;
  /// The billing period, and the terms of periodic billing.
  using terms = type_list<clientele::terms::period, clientele::terms::timing,
                          clientele::terms::offset, clientele::terms::trial,
                          clientele::terms::term, clientele::terms::anchor,
                          clientele::terms::alignment, clientele::terms::charges>;
  /// @brief The terms of billing policy `P`: the terms it states
  /// (`clientele::billing::terms`) over its mode's defaults with its period,
  /// the `billing_terms` it declares whole, or its mode's defaults with its
  /// period.
  template <class P>
  static constexpr billing_terms terms_of() noexcept {
    return detail::policy_billing_terms<P>();
  }
  /// @brief The value of term `T` (other than the period) in the profile of
  /// policy `P`: unspecified where it is the mode's default.
  template <class T, class P>
  static constexpr maybe<typename T::value_type> term_value() noexcept {
    if constexpr (detail::declares_billing_terms<P>) {
      const typename T::value_type v = T::get(detail::policy_billing_terms<P>());
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

/// @brief A policy of the billing dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::billing;`
/// - `static constexpr clientele::billing_mode value`;
/// - when the mode bills every period (`recurring`, `retainer` or `usage`,
///   see `is_periodic`): a member type `period`, a `BillingPeriod` such as
///   `clientele::period::monthly`. The period is said there and only there.
///
/// **What a model may also provide**
/// - `static constexpr clientele::billing::terms terms{...}`: the terms the
///   policy states (a trial, a fixed term, in-arrears timing, a setup
///   fee...); a term left out keeps the mode's default. Terms its mode cannot
///   have are refused when the policy is named, as `validate` refuses them
///   in a profile.
///
/// The library's policies are models (`billing::recurring<period::monthly>`,
/// `billing::per_transaction`...) and take terms where they are named:
/// `billing::recurring<period::monthly, billing::terms{...}>` or
/// `P::with<billing::terms{...}>`.
template <class P>
concept BillingPolicy = PolicyOf<P, dimensions::billing>;

namespace error {

/// @brief Raised by `billing::recurring`, `retainer` or `usage` of period
/// `Period` given more than one `billing::terms`.
///
/// What it means and how to fix it: @ref diag_recurring_given_two_terms "recurring<> given its terms in two pieces".
template <class Period>
struct billing_terms_given_twice {
  static_assert(detail::always_false<Period>,
                "clientele: billing::recurring<Period, Terms> (and retainer, usage) takes one "
                "clientele::billing::terms after its period; state every term in it, as in "
                "billing::recurring<period::monthly, billing::terms{.trial = ..., .charges = "
                "...}>.");
};

}  // namespace error

namespace billing {

/// @brief A billing policy that bills no period (`per_transaction`,
/// `milestone`, `time_and_materials`, `free`) with terms `T`: what
/// `per_transaction::with<T>` and the others name. Such a mode takes no
/// terms but a setup charge.
template <billing_mode Mode, terms T>
  requires(!is_periodic(Mode))
struct stated_policy final : basic_policy<dimensions::billing, Mode>,
                             detail::stated_terms_base<T> {
  /// This policy with terms `U` instead.
  template <terms U>
  using with = stated_policy<Mode, U>;
};

/// @brief Each purchase is paid for when it is made.
///
/// Leans to: customer. Takes no terms but a setup charge:
/// `per_transaction::with<billing::terms{.charges = {charge_kind::setup}}>`.
struct per_transaction final : basic_policy<dimensions::billing, billing_mode::per_transaction> {
  /// This policy with terms `T`.
  template <terms T>
  using with = stated_policy<billing_mode::per_transaction, T>;
};

/// @brief Invoiced every `Period` for as long as the service runs, as with a
/// subscription, under terms `T`.
///
/// Leans to: either (clients on service contracts, customers on
/// subscriptions). Requires an ongoing duration and an agreement.
/// @tparam Period a `BillingPeriod`, such as `period::monthly` or
/// `period::every<2, period_unit::week>`.
/// @tparam T the terms it states, at most one `billing::terms`, such as
/// `billing::terms{.trial = free_trial::days(14)}`; none by default (those of
/// `default_billing_terms`).
template <class Period, terms... T>
struct recurring final : basic_policy<dimensions::billing, billing_mode::recurring>,
                         detail::periodic_terms_base<T...> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  static constexpr std::conditional_t<(sizeof...(T) <= 1), detail::no_error_here,
                                      error::billing_terms_given_twice<Period>>
      terms_check{};
  /// @endcond
  /// How often the fee is invoiced.
  using period = Period;
  /// This policy with terms `U` instead (with none, `recurring<Period>`).
  template <terms U>
  using with = std::conditional_t<U == decltype(U){}, recurring<Period>, recurring<Period, U>>;
};

/// @brief A fee paid every `Period` for continuing access to a professional,
/// under terms `T`.
///
/// Leans to: client. Requires an ongoing duration, a professional_service
/// offering and an agreement.
/// @tparam Period a `BillingPeriod`, such as `period::monthly`.
/// @tparam T the terms it states, at most one `billing::terms`; none by default.
template <class Period, terms... T>
struct retainer final : basic_policy<dimensions::billing, billing_mode::retainer>,
                        detail::periodic_terms_base<T...> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  static constexpr std::conditional_t<(sizeof...(T) <= 1), detail::no_error_here,
                                      error::billing_terms_given_twice<Period>>
      terms_check{};
  /// @endcond
  /// How often the fee is invoiced.
  using period = Period;
  /// This policy with terms `U` instead (with none, `retainer<Period>`).
  template <terms U>
  using with = std::conditional_t<U == decltype(U){}, retainer<Period>, retainer<Period, U>>;
};

/// @brief Billed per deliverable of an engagement.
///
/// Leans to: client. Takes no terms but a setup charge.
struct milestone final : basic_policy<dimensions::billing, billing_mode::milestone> {
  /// This policy with terms `T`.
  template <terms T>
  using with = stated_policy<billing_mode::milestone, T>;
};

/// @brief Metered billing: what was used in each `Period`, billed in arrears
/// (Stripe's metered prices, Kill Bill's usage sections), under terms `T`.
/// @tparam Period a `BillingPeriod`.
/// @tparam T the terms it states, at most one `billing::terms`; none by default (in arrears).
template <class Period, terms... T>
struct usage final : basic_policy<dimensions::billing, billing_mode::usage>,
                     detail::periodic_terms_base<T...> {
  /// @cond CLIENTELE_DETAIL
  static constexpr std::conditional_t<BillingPeriod<Period>, detail::no_error_here,
                                      error::not_a_billing_period<Period>>
      period_check{};
  static constexpr std::conditional_t<(sizeof...(T) <= 1), detail::no_error_here,
                                      error::billing_terms_given_twice<Period>>
      terms_check{};
  /// @endcond
  /// How often what was used is billed.
  using period = Period;
  /// This policy with terms `U` instead (with none, `usage<Period>`).
  template <terms U>
  using with = std::conditional_t<U == decltype(U){}, usage<Period>, usage<Period, U>>;
};

/// @brief Time and materials: hours worked at a rate, billed as the work is
/// done (the commonest basis of professional services; "invoice on
/// timesheets"). Takes no terms but a setup charge.
struct time_and_materials final
    : basic_policy<dimensions::billing, billing_mode::time_and_materials> {
  /// This policy with terms `T`.
  template <terms T>
  using with = stated_policy<billing_mode::time_and_materials, T>;
};

/// @brief Nothing to pay: a free plan, or a service included in another
/// purchase (basic support that comes with every account). Takes no terms
/// but a setup charge.
struct free final : basic_policy<dimensions::billing, billing_mode::free> {
  /// This policy with terms `T`.
  template <terms T>
  using with = stated_policy<billing_mode::free, T>;
};

}  // namespace billing

namespace error {

/// @brief Raised when a periodic (recurring, retainer or usage) billing policy has no member
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
                "clientele::billing_terms' (whose period is the policy's 'period') or the terms "
                "the policy states (clientele::billing::terms, as in "
                "billing::recurring<period::monthly, billing::terms{...}>), and "
                "clientele::check_terms must accept them; a mode that bills no period "
                "(per_transaction, milestone, time_and_materials, free) takes no terms but a "
                "setup charge, and no period. "
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
template <class Period, billing::terms... T>
inline constexpr bool checks_own_period<billing::recurring<Period, T...>> = true;
template <class Period, billing::terms... T>
inline constexpr bool checks_own_period<billing::retainer<Period, T...>> = true;

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::bad_period>
    : std::conditional_t<checks_own_period<P>, no_error_here,
                         error::not_a_billing_period<typename P::period>> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_BILLING_HPP

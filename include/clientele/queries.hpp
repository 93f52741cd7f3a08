// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Queries of the dimensions of a relationship: a policy-type query
/// (`X_policy_t<R>`) and a value query (`X_v<R>`) for every dimension and
/// for the billing period, and concepts built on their answers.
///
/// Every value query is a constant expression; a function that returns one
/// compiles to the same code as one that returns the literal.

#ifndef CLIENTELE_QUERIES_HPP
#define CLIENTELE_QUERIES_HPP

#include <clientele/relationship.hpp>

namespace clientele {

/// @brief The duration policy of `R`. *Mandates:* `R` specifies the duration dimension.
template <Relationship R>
using duration_policy_t = policy_t<R, dimensions::duration>;

/// @brief The duration value of `R`, a `duration_kind`. *Mandates:* `R` specifies the duration
/// dimension.
template <Relationship R>
inline constexpr duration_kind duration_kind_v = detail::field_value_v<
    dimensions::duration,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::duration>) &
        detail::field_mask_v<dimensions::duration>>;

/// @brief The offering policy of `R`. *Mandates:* `R` specifies the offering dimension.
template <Relationship R>
using offering_policy_t = policy_t<R, dimensions::offering>;

/// @brief The offering value of `R`, an `offering_kind`. *Mandates:* `R` specifies the offering
/// dimension.
template <Relationship R>
inline constexpr offering_kind offering_kind_v = detail::field_value_v<
    dimensions::offering,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::offering>) &
        detail::field_mask_v<dimensions::offering>>;

/// @brief The personalization policy of `R`. *Mandates:* `R` specifies the personalization dimension.
template <Relationship R>
using personalization_policy_t = policy_t<R, dimensions::personalization>;

/// @brief The personalization value of `R`, a `personalization_level`. *Mandates:* `R` specifies the personalization
/// dimension.
template <Relationship R>
inline constexpr personalization_level personalization_level_v = detail::field_value_v<
    dimensions::personalization,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::personalization>) &
        detail::field_mask_v<dimensions::personalization>>;

/// @brief The engagement policy of `R`. *Mandates:* `R` specifies the engagement dimension.
template <Relationship R>
using engagement_policy_t = policy_t<R, dimensions::engagement>;

/// @brief The engagement value of `R`, an `engagement_level`. *Mandates:* `R` specifies the engagement
/// dimension.
template <Relationship R>
inline constexpr engagement_level engagement_level_v = detail::field_value_v<
    dimensions::engagement,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::engagement>) &
        detail::field_mask_v<dimensions::engagement>>;

/// @brief The advice policy of `R`. *Mandates:* `R` specifies the advice dimension.
template <Relationship R>
using advice_policy_t = policy_t<R, dimensions::advice>;

/// @brief The advice value of `R`, an `advice_kind`. *Mandates:* `R` specifies the advice
/// dimension.
template <Relationship R>
inline constexpr advice_kind advice_kind_v = detail::field_value_v<
    dimensions::advice,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::advice>) &
        detail::field_mask_v<dimensions::advice>>;

/// @brief The billing policy of `R`. *Mandates:* `R` specifies the billing dimension.
template <Relationship R>
using billing_policy_t = policy_t<R, dimensions::billing>;

/// @brief The billing value of `R`, a `billing_mode`. *Mandates:* `R` specifies the billing
/// dimension.
template <Relationship R>
inline constexpr billing_mode billing_mode_v = detail::field_value_v<
    dimensions::billing,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::billing>) &
        detail::field_mask_v<dimensions::billing>>;

/// @brief The support policy of `R`. *Mandates:* `R` specifies the support dimension.
template <Relationship R>
using support_policy_t = policy_t<R, dimensions::support>;

/// @brief The support value of `R`, a `support_tier`. *Mandates:* `R` specifies the support
/// dimension.
template <Relationship R>
inline constexpr support_tier support_tier_v = detail::field_value_v<
    dimensions::support,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::support>) &
        detail::field_mask_v<dimensions::support>>;

/// @brief The dependency policy of `R`. *Mandates:* `R` specifies the dependency dimension.
template <Relationship R>
using dependency_policy_t = policy_t<R, dimensions::dependency>;

/// @brief The dependency value of `R`, a `dependency_level`. *Mandates:* `R` specifies the dependency
/// dimension.
template <Relationship R>
inline constexpr dependency_level dependency_level_v = detail::field_value_v<
    dimensions::dependency,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::dependency>) &
        detail::field_mask_v<dimensions::dependency>>;

/// @brief The agreement policy of `R`. *Mandates:* `R` specifies the agreement dimension.
template <Relationship R>
using agreement_policy_t = policy_t<R, dimensions::agreement>;

/// @brief The agreement value of `R`, an `agreement_kind`. *Mandates:* `R` specifies the agreement
/// dimension.
template <Relationship R>
inline constexpr agreement_kind agreement_kind_v = detail::field_value_v<
    dimensions::agreement,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::agreement>) &
        detail::field_mask_v<dimensions::agreement>>;

/// @brief The party policy of `R`. *Mandates:* `R` specifies the party dimension.
template <Relationship R>
using party_policy_t = policy_t<R, dimensions::party>;

/// @brief The party value of `R`, a `party_kind`. *Mandates:* `R` specifies the party
/// dimension.
template <Relationship R>
inline constexpr party_kind party_kind_v = detail::field_value_v<
    dimensions::party,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::party>) &
        detail::field_mask_v<dimensions::party>>;

/// @brief The purpose policy of `R`. *Mandates:* `R` specifies the purpose dimension.
template <Relationship R>
using purpose_policy_t = policy_t<R, dimensions::purpose>;

/// @brief The purpose value of `R`, a `purpose_kind`. *Mandates:* `R` specifies the purpose
/// dimension.
template <Relationship R>
inline constexpr purpose_kind purpose_kind_v = detail::field_value_v<
    dimensions::purpose,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::purpose>) &
        detail::field_mask_v<dimensions::purpose>>;

/// @brief The knowledge policy of `R`. *Mandates:* `R` specifies the knowledge dimension.
template <Relationship R>
using knowledge_policy_t = policy_t<R, dimensions::knowledge>;

/// @brief The knowledge value of `R`, a `knowledge_level`. *Mandates:* `R` specifies the knowledge
/// dimension.
template <Relationship R>
inline constexpr knowledge_level knowledge_level_v = detail::field_value_v<
    dimensions::knowledge,
    (R::clientele_code >> detail::catalogue_offset_v<dimensions::knowledge>) &
        detail::field_mask_v<dimensions::knowledge>>;

namespace error {

/// @brief Raised when the billing period of a relationship is queried but
/// its billing policy `Billing` bills no period (it is neither recurring,
/// retainer nor usage billing).
///
/// What it means and how to fix it: @ref diag_billing_has_no_period "The billing period of a relationship paid per transaction".
template <class Billing>
struct billing_has_no_period {
  static_assert(detail::always_false<Billing>,
                "clientele: this query reads the billing period, but the relationship's "
                "billing is not billed every period (recurring, retainer or usage), so it has no "
                "period. Test for it "
                "first with clientele::PeriodicBilling<R>.");
};

}  // namespace error

namespace detail {

template <class Billing>
constexpr bool bills_periodically() noexcept {
  if constexpr (requires { Billing::value; }) {
    return is_periodic(Billing::value);
  } else {
    return false;
  }
}

template <class Billing, bool = bills_periodically<Billing>()>
struct period_of {
  static constexpr std::conditional_t<std::is_same_v<Billing, unspecified<dimensions::billing>>,
                                      no_error, error::billing_has_no_period<Billing>>
      diagnostic{};
  using type = void;
  static constexpr billing_period value{};
};

template <>
struct period_of<unspecified<dimensions::billing>, false> {
  using type = void;
  static constexpr billing_period value{};
};

template <class Billing>
struct period_of<Billing, true> {
  using type = typename Billing::period;
  static constexpr billing_period value = Billing::period::value;
};

}  // namespace detail

/// @brief The billing period of `R`, such as `period::monthly`. *Mandates:*
/// `R`'s billing is `recurring` or `retainer`.
template <Relationship R>
using billing_period_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::period_of<billing_policy_t<R>>::type);

/// @brief The billing period of `R` as a `billing_period` value.
///
/// *Mandates:* `R`'s billing is `recurring` or `retainer`.
template <Relationship R>
inline constexpr billing_period billing_period_v = detail::period_of<billing_policy_t<R>>::value;

namespace detail {

template <class R2, class... Ps>
constexpr bool has_all(type_list<Ps...>) noexcept {
  return ((std::is_same_v<typename Ps::dimension, dimensions::kind_rule> ||
           contains<Ps, policies_t<R2>>) &&
          ...);
}

}  // namespace detail

/// @brief Whether two relationship types have the same policies, whatever
/// their order, and the same kind rule (`kind_rules::catalogue` whether
/// named or not): they answer every query alike.
template <Relationship R1, Relationship R2>
inline constexpr bool equivalent_v = detail::has_all<R2>(policies_t<R1>{}) &&
                                     detail::has_all<R1>(policies_t<R2>{}) &&
                                     std::is_same_v<kind_rule_t<R1>, kind_rule_t<R2>>;

/// @brief A relationship billed in mode `Mode`.
template <class R, billing_mode Mode>
concept BilledBy = Specifies<R, dimensions::billing> && (billing_mode_v<R> == Mode);

/// @brief A relationship billed every period: recurring, retainer or usage
/// billing.
/// Such a relationship has a `billing_period_v`.
template <class R>
concept PeriodicBilling = Specifies<R, dimensions::billing> && is_periodic(billing_mode_v<R>);

/// @brief A relationship with recurring billing (a subscription or a
/// periodic service fee).
template <class R>
concept RecurringBilling = BilledBy<R, billing_mode::recurring>;

/// @brief A relationship billed by retainer.
template <class R>
concept RetainerBilling = BilledBy<R, billing_mode::retainer>;

/// @brief A relationship supported at tier `Tier`.
template <class R, support_tier Tier>
concept SupportedBy = Specifies<R, dimensions::support> && (support_tier_v<R> == Tier);

/// @brief A relationship looked after by a dedicated professional services
/// team.
template <class R>
concept DedicatedSupport = SupportedBy<R, support_tier::dedicated_team>;

}  // namespace clientele

#endif  // CLIENTELE_QUERIES_HPP

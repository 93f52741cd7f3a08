// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of an application's own policies: one in every dimension, some
// built on basic_policy and some written by hand; every query works with
// them and they obey the same laws as the library's policies.

#include <clientele/clientele.hpp>

#include <chrono>
#include <ratio>
#include <string_view>

namespace cl = clientele;

namespace app {

// Written by hand: a dimension and a value, nothing else.
struct lifelong {
  using dimension = cl::dimensions::duration;
  static constexpr cl::duration_kind value = cl::duration_kind::ongoing;
};
struct expert_witness {
  using dimension = cl::dimensions::offering;
  static constexpr cl::offering_kind value = cl::offering_kind::professional_service;
  static constexpr std::string_view name = "expert_witness";
};
// Built on basic_policy, with members of their own.
struct bespoke : cl::basic_policy<cl::dimensions::personalization, cl::personalization_level::tailored> {
  static constexpr int fittings = 3;
};
struct weekly_calls : cl::basic_policy<cl::dimensions::engagement, cl::engagement_level::collaborative> {
  static constexpr int calls_per_week = 1;
};
struct second_opinion : cl::basic_policy<cl::dimensions::advice, cl::advice_kind::advisory> {};
struct platinum : cl::basic_policy<cl::dimensions::support, cl::support_tier::dedicated_team> {
  static constexpr std::string_view name = "platinum";
  static constexpr std::chrono::minutes first_response{30};
};
struct locked_in : cl::basic_policy<cl::dimensions::dependency, cl::dependency_level::high> {};
struct master_agreement : cl::basic_policy<cl::dimensions::agreement, cl::agreement_kind::service_contract> {};
struct municipality : cl::basic_policy<cl::dimensions::party, cl::party_kind::government_agency> {};
struct reseller : cl::basic_policy<cl::dimensions::purpose, cl::purpose_kind::on_behalf> {};
struct account_history : cl::basic_policy<cl::dimensions::knowledge, cl::knowledge_level::deep> {};

// A period and billing policies of the application's own. A period is a
// class with a billing_period value, and nothing else; members of its own
// are allowed.
struct fortnightly {
  static constexpr cl::billing_period value{2, cl::period_unit::week};
  static constexpr std::string_view name = "fortnightly";
};
// Fourteen days: the length of a fortnight in std::chrono.
using fortnight_length = std::chrono::duration<std::chrono::weeks::rep, std::ratio<14 * 86400>>;
struct fortnightly_fee {
  using dimension = cl::dimensions::billing;
  static constexpr cl::billing_mode value = cl::billing_mode::retainer;
  using period = fortnightly;
};
struct pay_on_delivery : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::milestone> {};

// A kind rule of the application's own: government work is always client work.
struct public_sector_rule {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::uint32_t reads = cl::dimension_mask_v<cl::dimensions::party>;
  static constexpr cl::relationship_kind classify(const cl::profile& p) noexcept {
    return get<cl::dimensions::party>(p) == cl::party_kind::government_agency
               ? cl::relationship_kind::client
               : cl::relationship_kind::customer;
  }
};

}  // namespace app

namespace {
template <class P, class D>
constexpr bool obeys_policy_laws() {
  using R = cl::relationship<P>;
  return cl::Policy<P> && cl::PolicyOf<P, D> && cl::specifies_v<R, D> &&
         std::is_same_v<cl::policy_t<R, D>, P> && cl::value_v<R, D> == P::value;
}
}  // namespace

static_assert(obeys_policy_laws<app::lifelong, cl::dimensions::duration>());
static_assert(obeys_policy_laws<app::expert_witness, cl::dimensions::offering>());
static_assert(obeys_policy_laws<app::bespoke, cl::dimensions::personalization>());
static_assert(obeys_policy_laws<app::weekly_calls, cl::dimensions::engagement>());
static_assert(obeys_policy_laws<app::second_opinion, cl::dimensions::advice>());
static_assert(obeys_policy_laws<app::fortnightly_fee, cl::dimensions::billing>());
static_assert(obeys_policy_laws<app::pay_on_delivery, cl::dimensions::billing>());
static_assert(obeys_policy_laws<app::platinum, cl::dimensions::support>());
static_assert(obeys_policy_laws<app::locked_in, cl::dimensions::dependency>());
static_assert(obeys_policy_laws<app::master_agreement, cl::dimensions::agreement>());
static_assert(obeys_policy_laws<app::municipality, cl::dimensions::party>());
static_assert(obeys_policy_laws<app::reseller, cl::dimensions::purpose>());
static_assert(obeys_policy_laws<app::account_history, cl::dimensions::knowledge>());
static_assert(cl::BillingPeriod<app::fortnightly> && cl::KindRule<app::public_sector_rule>);

// One relationship made of nothing but the application's policies.
using bespoke_client =
    cl::relationship<app::account_history, app::reseller, app::municipality, app::master_agreement,
                     app::locked_in, app::platinum, app::fortnightly_fee, app::second_opinion,
                     app::weekly_calls, app::bespoke, app::expert_witness, app::lifelong>;
static_assert(cl::is_client_v<bespoke_client>);
static_assert(cl::equivalent_v<bespoke_client, bespoke_client>);
static_assert(cl::billing_mode_v<bespoke_client> == cl::billing_mode::retainer);
// The application's period is a count and a unit: two weeks, which is the
// named period biweekly.
static_assert(cl::billing_period_v<bespoke_client> == cl::billing_period{2, cl::period_unit::week});
static_assert(cl::billing_period_v<bespoke_client> == cl::billing_period::biweekly);
static_assert(std::is_same_v<cl::billing_period_t<bespoke_client>, app::fortnightly>);
static_assert(std::is_same_v<cl::billing_interval_t<bespoke_client>, app::fortnight_length>);
static_assert(cl::billing_interval_t<bespoke_client>{1} == std::chrono::days{14});
static_assert(cl::support_tier_v<bespoke_client> == cl::support_tier::dedicated_team);
static_assert(cl::support_policy_t<bespoke_client>::first_response == std::chrono::minutes{30});
static_assert(cl::personalization_policy_t<bespoke_client>::fittings == 3);
static_assert(cl::market_v<bespoke_client> == cl::market::b2g);
static_assert(cl::service_model_v<bespoke_client> == cl::service_model::professional_services_team);
static_assert(cl::revenue_profile_v<bespoke_client> == cl::revenue_profile::recurring_stable);
static_assert(!cl::is_consumer_v<bespoke_client>);
static_assert(cl::tensions_t<bespoke_client>::size == 0);
static_assert(cl::DedicatedSupport<bespoke_client> && cl::RetainerBilling<bespoke_client>);
static_assert(cl::policy_name_v<app::platinum> == "platinum");
static_assert(cl::policy_name_v<app::expert_witness> == "expert_witness");
static_assert(cl::policy_name_v<app::lifelong> == "ongoing");
// A period is not a policy and has no policy name: the name of its value is
// the named period's, whatever the application calls its type.
static_assert(cl::name_of(app::fortnightly::value) == "biweekly");
static_assert(app::fortnightly::name == "fortnightly");
// The same relationship with the library's policies answers alike: the
// profiles differ only in the period, the application's own.
static_assert(cl::profile_of<bespoke_client> !=
              cl::profile_of<cl::client::with<cl::party::government_agency, cl::purpose::on_behalf>>);
static_assert([] {
  cl::profile p = cl::profile_of<bespoke_client>;
  get<cl::terms::period>(p) = cl::billing_period::monthly;
  return p == cl::profile_of<cl::client::with<cl::party::government_agency, cl::purpose::on_behalf>>;
}());
static_assert(cl::kind_v<bespoke_client> == cl::kind_v<cl::client>);

// The application's kind rule, and every derived property following it.
using town_hall = cl::relationship<cl::duration::one_time, cl::offering::goods,
                                   app::municipality, app::public_sector_rule>;
static_assert(cl::is_client_v<town_hall>);
static_assert(cl::acquisition_strategy_v<town_hall> == cl::acquisition_strategy::relationship_building);
// Spelled out: town_hall::with<cl::party::business> does not compile with
// this version of the headers, as with<> looks up the kind rule's slot among
// the new policies as if it were a dimension (a library bug, reported).
static_assert(cl::is_customer_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                 cl::party::business, app::public_sector_rule>>);
static_assert(cl::derivable_v<cl::relationship<app::municipality, app::public_sector_rule>, cl::properties::kind>);

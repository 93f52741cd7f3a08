// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the derived properties: every value of every property, kind
// rules, and what a property needs.

#include <clientele/clientele.hpp>

namespace cl = clientele;

namespace {
using ongoing_pro = cl::relationship<cl::duration::ongoing, cl::offering::professional_service>;
using one_off_pro = cl::relationship<cl::duration::one_time, cl::offering::professional_service>;
using saas = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                              cl::billing::recurring<cl::period::monthly>,
                              cl::agreement::terms_of_sale>;

template <cl::party_kind P>
struct party_policy : cl::basic_policy<cl::dimensions::party, P> {};
}  // namespace

// --- kind: the catalogue's rule ---
static_assert(cl::is_client_v<ongoing_pro>);
static_assert(cl::is_customer_v<one_off_pro>);  // a one-off legal matter
static_assert(cl::is_customer_v<saas>);         // a monthly subscription
static_assert(cl::is_customer_v<cl::relationship<cl::duration::ongoing, cl::offering::goods>>);
static_assert(cl::is_customer_v<cl::relationship<cl::duration::repeat, cl::offering::professional_service>>);
static_assert(std::is_same_v<cl::kind_rule_t<ongoing_pro>, cl::kind_rules::catalogue>);

// --- kind: seed 003's reading, and every kind-dependent property follows it ---
using one_off_003 = one_off_pro::with<cl::kind_rules::by_offering, cl::engagement::collaborative,
                                      cl::personalization::standardized>;
static_assert(cl::is_client_v<one_off_003>);
static_assert(std::is_same_v<cl::kind_rule_t<one_off_003>, cl::kind_rules::by_offering>);
static_assert(cl::acquisition_strategy_v<one_off_003> == cl::acquisition_strategy::relationship_building);
static_assert(cl::loyalty_v<one_off_003> == cl::loyalty::advocate);
static_assert(cl::value_proposition_v<one_off_003> == cl::value_proposition::expertise_and_custom_solutions);
static_assert(cl::loyalty_v<one_off_003::with<cl::kind_rules::catalogue>> == cl::loyalty::satisfied);
static_assert(cl::is_customer_v<saas::with<cl::kind_rules::by_offering>>);
static_assert(cl::derivable_v<cl::relationship<cl::offering::goods, cl::kind_rules::by_offering>,
                              cl::properties::kind>);
static_assert(!cl::derivable_v<cl::relationship<cl::offering::goods>, cl::properties::kind>);

// --- consumer ---
static_assert(cl::is_consumer_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                 cl::party::individual, cl::purpose::end_use>>);
static_assert(!cl::is_consumer_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                  cl::party::individual, cl::purpose::on_behalf>>);
static_assert(!cl::is_consumer_v<cl::relationship<cl::duration::ongoing,
                                                  cl::offering::professional_service,
                                                  cl::party::individual, cl::purpose::end_use>>);

// --- market, for every party ---
static_assert(cl::market_v<cl::relationship<cl::party::individual>> == cl::market::b2c);
static_assert(cl::market_v<cl::relationship<cl::party::business>> == cl::market::b2b);
static_assert(cl::market_v<cl::relationship<cl::party::nonprofit>> == cl::market::b2b);
static_assert(cl::market_v<cl::relationship<cl::party::government_agency>> == cl::market::b2g);
static_assert(cl::market_v<cl::relationship<party_policy<cl::party_kind::government_agency>>> ==
              cl::market::b2g);

// --- repeat business ---
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::repeat, cl::dependency::low>> ==
              cl::repeat_business::expected);
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::one_time, cl::dependency::high>> ==
              cl::repeat_business::expected);
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::one_time, cl::dependency::low>> ==
              cl::repeat_business::possible);

// --- loyalty ---
static_assert(cl::loyalty_v<ongoing_pro::with<cl::engagement::collaborative>> == cl::loyalty::advocate);
static_assert(cl::loyalty_v<ongoing_pro::with<cl::engagement::responsive>> == cl::loyalty::satisfied);
static_assert(cl::loyalty_v<one_off_pro::with<cl::engagement::collaborative>> == cl::loyalty::satisfied);

// --- transaction value ---
static_assert(cl::transaction_value_v<cl::relationship<cl::offering::goods, cl::personalization::tailored>> ==
              cl::transaction_value::high);
static_assert(cl::transaction_value_v<cl::relationship<cl::offering::professional_service,
                                                       cl::personalization::standardized>> ==
              cl::transaction_value::high);
static_assert(cl::transaction_value_v<cl::relationship<cl::offering::standard_service,
                                                       cl::personalization::recommendations>> ==
              cl::transaction_value::standard);

// --- acquisition strategy ---
static_assert(cl::acquisition_strategy_v<ongoing_pro> == cl::acquisition_strategy::relationship_building);
static_assert(cl::acquisition_strategy_v<saas> == cl::acquisition_strategy::competitive_offer);

// --- service model, for every tier ---
static_assert(cl::service_model_v<cl::relationship<cl::support::dedicated_team>> ==
              cl::service_model::professional_services_team);
static_assert(cl::service_model_v<cl::relationship<cl::support::support_desk>> ==
              cl::service_model::customer_support_group);
static_assert(cl::service_model_v<cl::relationship<cl::support::self_service>> ==
              cl::service_model::customer_support_group);

// --- revenue profile ---
static_assert(cl::revenue_profile_v<saas> == cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::billing::milestone>> ==
              cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::billing::per_transaction>> ==
              cl::revenue_profile::volume_immediate);
// Free billing brings no recurring revenue; periodic billing of a fixed term does.
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::billing::free>> ==
              cl::revenue_profile::volume_immediate);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::fixed_term,
                                                     cl::billing::usage<cl::period::monthly>,
                                                     cl::agreement::terms_of_sale>> ==
              cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::fixed_term, cl::billing::milestone>> ==
              cl::revenue_profile::volume_immediate);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::repeat, cl::billing::per_transaction>> ==
              cl::revenue_profile::volume_immediate);

// --- value proposition ---
static_assert(cl::value_proposition_v<ongoing_pro::with<cl::personalization::standardized>> ==
              cl::value_proposition::expertise_and_custom_solutions);
static_assert(cl::value_proposition_v<saas::with<cl::personalization::tailored>> ==
              cl::value_proposition::expertise_and_custom_solutions);
static_assert(cl::value_proposition_v<saas::with<cl::personalization::standardized>> ==
              cl::value_proposition::quality_price_convenience);

// --- purchasing cycle ---
static_assert(cl::purchasing_cycle_v<cl::relationship<cl::offering::goods, cl::agreement::service_contract>> ==
              cl::purchasing_cycle::long_cycle);
static_assert(cl::purchasing_cycle_v<cl::relationship<cl::offering::professional_service, cl::agreement::none>> ==
              cl::purchasing_cycle::long_cycle);
static_assert(cl::purchasing_cycle_v<cl::relationship<cl::offering::goods, cl::agreement::terms_of_sale>> ==
              cl::purchasing_cycle::short_cycle);
static_assert(cl::name_of(cl::purchasing_cycle::long_cycle) == "long");

// --- what each property reads ---
static_assert(!cl::derivable_v<cl::relationship<cl::party::individual>, cl::properties::consumer>);
static_assert(cl::derivable_v<cl::relationship<cl::party::individual>, cl::properties::market>);
static_assert(!cl::derivable_v<cl::relationship<cl::billing::milestone>, cl::properties::revenue_profile>);
static_assert(cl::reads_v<cl::properties::loyalty> ==
              cl::dimension_mask_v<cl::dimensions::engagement, cl::dimensions::duration, cl::dimensions::offering>);
static_assert(cl::reads_v<cl::properties::loyalty, cl::kind_rules::by_offering> ==
              cl::dimension_mask_v<cl::dimensions::engagement, cl::dimensions::offering>);

// --- the run-time derivation is the same function ---
static_assert(*cl::derive<cl::properties::market>(cl::profile_of<cl::client>) == cl::market::b2b);
static_assert(!cl::derive<cl::properties::kind>(cl::profile{}).has_value());
static_assert(cl::kind_of(cl::profile_of<cl::client>) == cl::relationship_kind::client);
static_assert(cl::kind_of<cl::kind_rules::by_offering>(cl::profile_of<one_off_pro>) ==
              cl::relationship_kind::client);
static_assert(cl::derived_v<cl::client, cl::properties::service_model> == cl::service_model_v<cl::client>);

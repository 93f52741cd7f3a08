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
// A professional engaged again and again is a client (a tax preparer's
// yearly return), and so is one engaged for a fixed term (a wedding planner).
static_assert(cl::is_client_v<cl::relationship<cl::duration::repeat, cl::offering::professional_service>>);
static_assert(cl::is_client_v<cl::relationship<cl::duration::fixed_term, cl::offering::professional_service>>);
// ... unless it shows a clear pattern of a transaction: three customer-side
// signs that outnumber the client-side ones.
static_assert(cl::is_customer_v<cl::relationship<cl::duration::repeat, cl::offering::professional_service,
                                                 cl::personalization::standardized,
                                                 cl::engagement::transactional, cl::advice::none>>);
static_assert(cl::is_client_v<cl::relationship<cl::duration::repeat, cl::offering::professional_service,
                                               cl::personalization::standardized,
                                               cl::engagement::transactional>>);
static_assert(cl::is_client_v<cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                               cl::personalization::standardized,
                                               cl::engagement::transactional, cl::advice::none,
                                               cl::dependency::high, cl::knowledge::deep,
                                               cl::agreement::service_contract>>);
// A professional engaged once is a client only with three client-side signs
// that outnumber the customer-side ones.
static_assert(cl::is_customer_v<one_off_pro::with<cl::personalization::tailored, cl::advice::advisory>>);
static_assert(cl::is_client_v<one_off_pro::with<cl::personalization::tailored, cl::advice::advisory,
                                                cl::engagement::collaborative>>);
static_assert(cl::is_client_v<one_off_pro::with<cl::personalization::tailored, cl::advice::advisory,
                                                cl::engagement::collaborative, cl::dependency::low,
                                                cl::knowledge::minimal>>);
static_assert(cl::is_customer_v<one_off_pro::with<cl::personalization::tailored,
                                                  cl::engagement::collaborative, cl::advice::none,
                                                  cl::dependency::low, cl::knowledge::minimal>>);
// Goods and standard services make customers, whatever else is said.
static_assert(cl::is_customer_v<cl::client::with<cl::offering::standard_service,
                                                 cl::billing::recurring<cl::period::monthly>>>);
static_assert(cl::is_customer_v<cl::client::with<cl::offering::goods,
                                                 cl::billing::recurring<cl::period::monthly>>>);
// The rule of 0.1 and 0.2 is kept as kind_rules::ongoing_professional.
static_assert(cl::is_customer_v<cl::relationship<cl::duration::repeat, cl::offering::professional_service,
                                                 cl::kind_rules::ongoing_professional>>);
static_assert(cl::is_client_v<ongoing_pro::with<cl::kind_rules::ongoing_professional>>);
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
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::repeat, cl::offering::goods,
                                                     cl::dependency::low>> ==
              cl::repeat_business::expected);
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                     cl::dependency::high>> ==
              cl::repeat_business::expected);
static_assert(cl::repeat_business_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                     cl::dependency::low>> ==
              cl::repeat_business::possible);
// A client is expected back, even from a single engagement.
static_assert(cl::repeat_business_v<one_off_pro::with<cl::personalization::tailored, cl::advice::advisory,
                                                      cl::engagement::collaborative,
                                                      cl::dependency::low>> ==
              cl::repeat_business::expected);

// --- loyalty ---
// A client with a sign of trust becomes an advocate; one with none, and every
// customer, is satisfied.
static_assert(cl::loyalty_v<ongoing_pro::with<cl::engagement::collaborative>> == cl::loyalty::advocate);
static_assert(cl::loyalty_v<ongoing_pro::with<cl::engagement::responsive, cl::advice::advisory>> ==
              cl::loyalty::advocate);
static_assert(cl::loyalty_v<ongoing_pro::with<cl::engagement::responsive>> == cl::loyalty::satisfied);
static_assert(cl::loyalty_v<ongoing_pro> == cl::loyalty::satisfied);
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
// An enterprise subscription: a customer, but won by building a relationship
// (a dedicated success team; a business deciding over a long cycle).
static_assert(cl::is_customer_v<saas::with<cl::support::dedicated_team>>);
static_assert(cl::acquisition_strategy_v<saas::with<cl::support::dedicated_team>> ==
              cl::acquisition_strategy::relationship_building);
static_assert(cl::acquisition_strategy_v<saas::with<cl::agreement::service_contract, cl::party::business>> ==
              cl::acquisition_strategy::relationship_building);
static_assert(cl::acquisition_strategy_v<saas::with<cl::agreement::service_contract, cl::party::individual>> ==
              cl::acquisition_strategy::competitive_offer);
static_assert(cl::acquisition_strategy_v<saas::with<cl::personalization::tailored>> ==
              cl::acquisition_strategy::relationship_building);

// --- service model, for every tier ---
static_assert(cl::service_model_v<cl::relationship<cl::support::dedicated_team>> ==
              cl::service_model::professional_services_team);
static_assert(cl::service_model_v<cl::relationship<cl::support::support_desk>> ==
              cl::service_model::customer_support_group);
static_assert(cl::service_model_v<cl::relationship<cl::support::self_service>> ==
              cl::service_model::customer_support_group);

// --- revenue profile ---
static_assert(cl::revenue_profile_v<saas> == cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::offering::goods,
                                                     cl::billing::milestone>> ==
              cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::offering::goods,
                                                     cl::billing::per_transaction>> ==
              cl::revenue_profile::volume_immediate);
// Free billing brings no recurring revenue; periodic billing of a fixed term does.
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::ongoing, cl::offering::goods,
                                                     cl::billing::free>> ==
              cl::revenue_profile::volume_immediate);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::fixed_term, cl::offering::goods,
                                                     cl::billing::usage<cl::period::monthly>,
                                                     cl::agreement::terms_of_sale>> ==
              cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::fixed_term, cl::offering::goods,
                                                     cl::billing::milestone>> ==
              cl::revenue_profile::volume_immediate);
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::repeat, cl::offering::goods,
                                                     cl::billing::per_transaction>> ==
              cl::revenue_profile::volume_immediate);
// A client who keeps coming back brings steady income however each visit is
// billed: a dentist's patient billed per visit.
static_assert(cl::revenue_profile_v<cl::relationship<cl::duration::repeat,
                                                     cl::offering::professional_service,
                                                     cl::billing::per_transaction>> ==
              cl::revenue_profile::recurring_stable);
static_assert(cl::revenue_profile_v<one_off_pro::with<cl::billing::per_transaction>> ==
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
              cl::dimension_mask_v<cl::dimensions::duration, cl::dimensions::offering>);
static_assert(cl::reads_v<cl::properties::loyalty, cl::kind_rules::by_offering> ==
              cl::dimension_mask_v<cl::dimensions::offering>);
static_assert(cl::consults_of_v<cl::properties::loyalty, cl::kind_rules::by_offering> ==
              cl::dimension_mask_v<cl::dimensions::engagement, cl::dimensions::advice,
                                   cl::dimensions::dependency, cl::dimensions::knowledge>);
static_assert((cl::consults_of_v<cl::properties::kind> &
               cl::dimension_mask_v<cl::dimensions::advice>) != 0);
static_assert(cl::consults_v<cl::kind_rules::by_offering> == 0);

// --- every verdict says why ---
constexpr auto why_kind = cl::explanation_v<cl::relationship<cl::duration::repeat,
                                                             cl::offering::professional_service,
                                                             cl::advice::advisory,
                                                             cl::billing::per_transaction>,
                                            cl::properties::kind>;
static_assert(why_kind.value == cl::relationship_kind::client);
static_assert(why_kind.decided_by == cl::dimension_mask_v<cl::dimensions::duration, cl::dimensions::offering,
                                                          cl::dimensions::advice>);
static_assert(why_kind.why.find("relationship that continues") != std::string_view::npos);
// A property that the kind decided names what decided the kind.
static_assert(cl::explanation_v<ongoing_pro, cl::properties::acquisition_strategy>.decided_by ==
              cl::dimension_mask_v<cl::dimensions::duration, cl::dimensions::offering>);
static_assert(cl::explanation_v<saas::with<cl::support::dedicated_team>,
                                cl::properties::acquisition_strategy>.decided_by ==
              cl::dimension_mask_v<cl::dimensions::support>);
static_assert(cl::explanation_v<cl::relationship<cl::party::business>, cl::properties::market>.why ==
              "the counterpart is a company or a nonprofit organization");
// The run-time explanation is the compile-time one.
static_assert(*cl::explain<cl::properties::revenue_profile>(cl::profile_of<saas>) ==
              cl::explanation_v<saas, cl::properties::revenue_profile>);
static_assert(!cl::explain<cl::properties::kind>(cl::profile{}).has_value());
// A rule without explain is decided by all it reads.
static_assert(cl::explanation_v<one_off_pro::with<cl::kind_rules::by_offering>, cl::properties::kind>.decided_by ==
              cl::dimension_mask_v<cl::dimensions::offering>);

// --- the run-time derivation is the same function ---
static_assert(*cl::derive<cl::properties::market>(cl::profile_of<cl::client>) == cl::market::b2b);
static_assert(!cl::derive<cl::properties::kind>(cl::profile{}).has_value());
static_assert(cl::kind_of(cl::profile_of<cl::client>) == cl::relationship_kind::client);
static_assert(cl::kind_of<cl::kind_rules::by_offering>(cl::profile_of<one_off_pro>) ==
              cl::relationship_kind::client);
static_assert(cl::derived_v<cl::client, cl::properties::service_model> == cl::service_model_v<cl::client>);

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the archetypes, the bundle and the provider.

#include <clientele/clientele.hpp>

namespace cl = clientele;
namespace ar = cl::archetypes;

namespace {
template <class... Rs>
constexpr bool all_clients = (cl::ClientRelationship<Rs> && ...);
template <class... Rs>
constexpr bool all_customers = (cl::CustomerRelationship<Rs> && ...);
template <class... Rs>
constexpr bool no_tensions = ((cl::tensions_t<Rs>::size == 0) && ...);
}  // namespace

// --- the client side is made of client relationships, without tension ---
static_assert(all_clients<ar::law_firm, ar::consulting_firm, ar::accounting_firm,
                          ar::architecture_practice, ar::advertising_firm, ar::marketing_agency,
                          ar::real_estate_agency, ar::design_studio, ar::insurance_advice>);
static_assert(no_tensions<ar::law_firm, ar::consulting_firm, ar::accounting_firm,
                          ar::architecture_practice, ar::advertising_firm, ar::marketing_agency,
                          ar::real_estate_agency, ar::design_studio, ar::insurance_advice>);
static_assert(cl::billing_mode_v<ar::law_firm> == cl::billing_mode::retainer);
static_assert(cl::billing_mode_v<ar::consulting_firm> == cl::billing_mode::milestone);
static_assert(cl::billing_period_v<ar::insurance_advice> == cl::billing_period::annual);
static_assert(cl::market_v<ar::real_estate_agency> == cl::market::b2c);
static_assert(cl::market_v<ar::marketing_agency> == cl::market::b2b);

// --- the customer side is made of customer relationships ---
static_assert(all_customers<ar::supermarket, ar::coffee_shop, ar::retail_store, ar::restaurant,
                            ar::online_store, ar::car_showroom, ar::saas_subscription,
                            ar::occasional_legal_matter, ar::shampoo_for_self,
                            ar::shampoo_as_gift>);
static_assert(no_tensions<ar::supermarket, ar::coffee_shop, ar::retail_store, ar::restaurant,
                          ar::online_store, ar::car_showroom, ar::shampoo_for_self,
                          ar::shampoo_as_gift>);
// Repeat visits, each its own transaction.
static_assert(cl::duration_kind_v<ar::coffee_shop> == cl::duration_kind::repeat);
static_assert(cl::billing_mode_v<ar::coffee_shop> == cl::billing_mode::per_transaction);
static_assert(cl::repeat_business_v<ar::coffee_shop> == cl::repeat_business::expected);
// A customer billed monthly: staying and paying every period is ordinary for
// a customer, so no tension.
static_assert(cl::RecurringBilling<ar::saas_subscription>);
static_assert(cl::billing_period_v<ar::saas_subscription> == cl::billing_period::monthly);
static_assert(cl::is_customer_v<ar::saas_subscription>);
static_assert(cl::tensions_t<ar::saas_subscription>::size == 0);
// A one-off legal matter: a customer, treated the client's way.
static_assert(cl::offering_kind_v<ar::occasional_legal_matter> == cl::offering_kind::professional_service);
static_assert(cl::has_tension_v<ar::occasional_legal_matter,
                                cl::tensions::customer_with_client_value<cl::dimensions::personalization>>);
static_assert(cl::has_tension_v<ar::occasional_legal_matter,
                                cl::tensions::customer_with_client_value<cl::dimensions::advice>>);
static_assert(cl::is_client_v<ar::occasional_legal_matter::with<cl::kind_rules::by_offering>>);
// The same shampoo: a consumer for oneself, a customer who is not the consumer as a gift.
static_assert(cl::is_consumer_v<ar::shampoo_for_self> && !cl::is_consumer_v<ar::shampoo_as_gift>);
static_assert(cl::purpose_kind_v<ar::shampoo_as_gift> == cl::purpose_kind::on_behalf);

// --- both at once: a car with a service-and-maintenance contract ---
using car = ar::car_with_service_contract;
static_assert(cl::RelationshipSet<car> && car::size == 2);
static_assert(std::is_same_v<car::parts, cl::type_list<ar::car_showroom, ar::car_maintenance_contract>>);
static_assert(cl::duration_kind_v<ar::car_maintenance_contract> == cl::duration_kind::ongoing);
static_assert(cl::RecurringBilling<ar::car_maintenance_contract>);
// Where the two overlap: the car is a customer's purchase, its service and
// maintenance a client's relationship with the garage.
static_assert(cl::is_customer_v<ar::car_showroom> && cl::is_client_v<ar::car_maintenance_contract>);
static_assert(cl::customer_count_v<car> == 1 && cl::client_count_v<car> == 1 && cl::serves_both_v<car>);
static_assert(cl::tensions_t<ar::car_maintenance_contract>::size == 0);

// --- one provider serving both kinds ---
using practice = ar::law_practice;
static_assert(cl::RelationshipSet<practice> && practice::size == 2);
static_assert(cl::serves_both_v<practice>);
static_assert(cl::client_count_v<practice> == 1 && cl::customer_count_v<practice> == 1);
static_assert(!cl::serves_both_v<cl::provider<ar::law_firm, ar::consulting_firm>>);
static_assert(cl::serves_customers_v<cl::provider<ar::supermarket>>);
static_assert(!cl::RelationshipSet<ar::law_firm>);

// --- what a set answers: kinds, parts by kind and by name, billing, support ---
using book = cl::provider<cl::named<"retained", ar::law_firm>,
                          cl::named<"walk_in", ar::occasional_legal_matter>,
                          cl::named<"adviser", ar::insurance_advice>>;
static_assert(cl::serves_both_v<book> && cl::client_count_v<book> == 2);
static_assert(std::is_same_v<cl::relationships_t<book>,
                             cl::type_list<ar::law_firm, ar::occasional_legal_matter, ar::insurance_advice>>);
static_assert(std::is_same_v<cl::client_parts_t<book>, cl::type_list<ar::law_firm, ar::insurance_advice>>);
static_assert(std::is_same_v<cl::customer_parts_t<book>, cl::type_list<ar::occasional_legal_matter>>);
static_assert(std::is_same_v<cl::part_t<book, "walk_in">, ar::occasional_legal_matter>);
static_assert(cl::kinds_v<book>.size() == 2 && cl::kinds_v<book>[0] == cl::relationship_kind::client &&
              cl::kinds_v<book>[1] == cl::relationship_kind::customer);
static_assert(cl::billing_modes_v<book>.size() == 2 &&
              cl::billing_modes_v<book>[0] == cl::billing_mode::retainer &&
              cl::billing_modes_v<book>[1] == cl::billing_mode::per_transaction);
static_assert(cl::billing_periods_v<book>.size() == 2 &&
              cl::billing_periods_v<book>[0] == cl::billing_period::monthly &&
              cl::billing_periods_v<book>[1] == cl::billing_period::annual);
static_assert(cl::bills_with_v<book, cl::billing_mode::retainer> &&
              !cl::bills_with_v<book, cl::billing_mode::recurring>);
static_assert(cl::highest_support_tier_v<book> == cl::support_tier::dedicated_team);
static_assert(cl::highest_support_tier_v<cl::provider<ar::supermarket, ar::coffee_shop>> ==
              cl::support_tier::support_desk);
static_assert(!cl::highest_support_tier_v<cl::provider<cl::relationship<cl::party::business>>>.has_value());
static_assert(cl::mix_v<book>[1].name == "walk_in" &&
              cl::mix_v<book>[1].kind == cl::relationship_kind::customer &&
              !cl::mix_v<book>[1].period.has_value());
static_assert(cl::mix_v<book>[2].period == cl::billing_period::annual);
// Unnamed parts have empty names; a set of one kind lists one kind.
static_assert(cl::mix_v<ar::law_practice>[0].name.empty());
static_assert(cl::kinds_v<cl::provider<ar::law_firm, ar::consulting_firm>>.size() == 1);

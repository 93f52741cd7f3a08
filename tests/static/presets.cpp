// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the presets: every dimension, the kind, every derived
// property, and no tension.

#include <clientele/clientele.hpp>

namespace cl = clientele;

// --- client: the client-side value of every dimension ---
static_assert(cl::duration_kind_v<cl::client> == cl::duration_kind::ongoing);
static_assert(cl::offering_kind_v<cl::client> == cl::offering_kind::professional_service);
static_assert(cl::personalization_level_v<cl::client> == cl::personalization_level::tailored);
static_assert(cl::engagement_level_v<cl::client> == cl::engagement_level::collaborative);
static_assert(cl::advice_kind_v<cl::client> == cl::advice_kind::advisory);
static_assert(cl::billing_mode_v<cl::client> == cl::billing_mode::retainer);
static_assert(cl::billing_period_v<cl::client> == cl::billing_period::monthly);
static_assert(cl::support_tier_v<cl::client> == cl::support_tier::dedicated_team);
static_assert(cl::dependency_level_v<cl::client> == cl::dependency_level::high);
static_assert(cl::agreement_kind_v<cl::client> == cl::agreement_kind::service_contract);
static_assert(cl::party_kind_v<cl::client> == cl::party_kind::business);
static_assert(cl::purpose_kind_v<cl::client> == cl::purpose_kind::end_use);
static_assert(cl::knowledge_level_v<cl::client> == cl::knowledge_level::deep);
static_assert(cl::is_client_v<cl::client> && !cl::is_customer_v<cl::client>);
static_assert(!cl::is_consumer_v<cl::client>);
static_assert(cl::market_v<cl::client> == cl::market::b2b);
static_assert(cl::repeat_business_v<cl::client> == cl::repeat_business::expected);
static_assert(cl::loyalty_v<cl::client> == cl::loyalty::advocate);
static_assert(cl::transaction_value_v<cl::client> == cl::transaction_value::high);
static_assert(cl::acquisition_strategy_v<cl::client> == cl::acquisition_strategy::relationship_building);
static_assert(cl::service_model_v<cl::client> == cl::service_model::professional_services_team);
static_assert(cl::revenue_profile_v<cl::client> == cl::revenue_profile::recurring_stable);
static_assert(cl::value_proposition_v<cl::client> == cl::value_proposition::expertise_and_custom_solutions);
static_assert(cl::purchasing_cycle_v<cl::client> == cl::purchasing_cycle::long_cycle);
static_assert(cl::tensions_t<cl::client>::size == 0);

// --- customer: the customer-side value of every dimension ---
static_assert(cl::duration_kind_v<cl::customer> == cl::duration_kind::one_time);
static_assert(cl::offering_kind_v<cl::customer> == cl::offering_kind::goods);
static_assert(cl::personalization_level_v<cl::customer> == cl::personalization_level::standardized);
static_assert(cl::engagement_level_v<cl::customer> == cl::engagement_level::transactional);
static_assert(cl::advice_kind_v<cl::customer> == cl::advice_kind::none);
static_assert(cl::billing_mode_v<cl::customer> == cl::billing_mode::per_transaction);
static_assert(cl::support_tier_v<cl::customer> == cl::support_tier::support_desk);
static_assert(cl::dependency_level_v<cl::customer> == cl::dependency_level::low);
static_assert(cl::agreement_kind_v<cl::customer> == cl::agreement_kind::terms_of_sale);
static_assert(cl::party_kind_v<cl::customer> == cl::party_kind::individual);
static_assert(cl::purpose_kind_v<cl::customer> == cl::purpose_kind::end_use);
static_assert(cl::knowledge_level_v<cl::customer> == cl::knowledge_level::minimal);
static_assert(cl::is_customer_v<cl::customer> && !cl::is_client_v<cl::customer>);
static_assert(cl::market_v<cl::customer> == cl::market::b2c);
static_assert(cl::repeat_business_v<cl::customer> == cl::repeat_business::possible);
static_assert(cl::loyalty_v<cl::customer> == cl::loyalty::satisfied);
static_assert(cl::transaction_value_v<cl::customer> == cl::transaction_value::standard);
static_assert(cl::acquisition_strategy_v<cl::customer> == cl::acquisition_strategy::competitive_offer);
static_assert(cl::service_model_v<cl::customer> == cl::service_model::customer_support_group);
static_assert(cl::revenue_profile_v<cl::customer> == cl::revenue_profile::volume_immediate);
static_assert(cl::value_proposition_v<cl::customer> == cl::value_proposition::quality_price_convenience);
static_assert(cl::purchasing_cycle_v<cl::customer> == cl::purchasing_cycle::short_cycle);
static_assert(cl::tensions_t<cl::customer>::size == 0);

// --- every value of client leans to the client side, customer's to the customer side ---
namespace {
template <class R, cl::leaning Side>
constexpr bool leans_only(cl::leaning side_or_either) {
  for (std::size_t i = 0; i < cl::dimension_count; ++i) {
    const auto l = cl::leaning_at(cl::profile_of<R>, i);
    if (l && *l != Side && *l != side_or_either) {
      return false;
    }
  }
  return true;
}
}  // namespace
static_assert(leans_only<cl::client, cl::leaning::client>(cl::leaning::either));
static_assert(leans_only<cl::customer, cl::leaning::customer>(cl::leaning::either));

// --- consumer: a customer who buys as an individual for their own use ---
static_assert(cl::is_consumer_v<cl::consumer> && cl::is_customer_v<cl::consumer>);
static_assert(cl::ConsumerRelationship<cl::consumer>);
static_assert(cl::party_kind_v<cl::consumer> == cl::party_kind::individual);
static_assert(cl::purpose_kind_v<cl::consumer> == cl::purpose_kind::end_use);
static_assert(cl::equivalent_v<cl::consumer, cl::customer>);
static_assert(!cl::is_consumer_v<cl::customer::with<cl::purpose::on_behalf>>);
static_assert(!cl::is_consumer_v<cl::customer::with<cl::party::business>>);
static_assert(cl::tensions_t<cl::consumer>::size == 0);

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// What the library says about every archetype the texts name: kind, billing,
// support, market and tensions; then a bundle and a provider serving both
// kinds.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>
#include <clientele/ext/hana.hpp>

#include <fmt/format.h>

#include <string>

namespace cl = clientele;
namespace ar = cl::archetypes;
namespace hana = boost::hana;

//! [facts]
static_assert(cl::is_client_v<ar::law_firm> && cl::is_customer_v<ar::occasional_legal_matter>);
static_assert(cl::is_customer_v<ar::saas_subscription> && cl::RecurringBilling<ar::saas_subscription>);
static_assert(cl::is_consumer_v<ar::shampoo_for_self> && !cl::is_consumer_v<ar::shampoo_as_gift>);
static_assert(cl::serves_both_v<ar::law_practice>);
//! [facts]

//! [describe]
template <cl::Relationship R>
void describe(const char* name) {
  // Enumerations and billing periods print by name (<clientele/ext/fmt.hpp>).
  fmt::print("  {}: {}, billed {}", name, cl::kind_v<R>, cl::billing_mode_v<R>);
  if constexpr (cl::PeriodicBilling<R>) {
    fmt::print(" ({})", cl::billing_period_v<R>);
  }
  fmt::print(", {}, {}{}\n", cl::support_tier_v<R>, cl::market_v<R>,
             cl::is_consumer_v<R> ? ", consumer" : "");
  hana::for_each(cl::tensions_c<R>, [](auto t) {
    fmt::print("      tension: {}\n", decltype(t)::type::name);
  });
}
//! [describe]

int main() {
  fmt::print("client side\n");
  describe<ar::law_firm>("law firm");
  describe<ar::consulting_firm>("consulting firm");
  describe<ar::accounting_firm>("accounting firm");
  describe<ar::architecture_practice>("architecture practice");
  describe<ar::advertising_firm>("advertising firm");
  describe<ar::marketing_agency>("marketing agency");
  describe<ar::real_estate_agency>("real estate agency");
  describe<ar::design_studio>("design studio");
  describe<ar::insurance_advice>("insurance advice");
  fmt::print("customer side\n");
  describe<ar::supermarket>("supermarket");
  describe<ar::coffee_shop>("coffee shop");
  describe<ar::retail_store>("retail store");
  describe<ar::restaurant>("restaurant");
  describe<ar::online_store>("online store");
  describe<ar::car_showroom>("car showroom");
  describe<ar::saas_subscription>("SaaS subscription");
  describe<ar::occasional_legal_matter>("one-off legal matter");
  describe<ar::shampoo_for_self>("shampoo for oneself");
  describe<ar::shampoo_as_gift>("shampoo as a gift");
  fmt::print("both at once: a car with a service contract ({} customer relationships)\n",
             cl::customer_count_v<ar::car_with_service_contract>);
  describe<ar::car_showroom>("the purchase");
  describe<ar::car_maintenance_contract>("the maintenance contract");
  fmt::print("a law practice serves {} client and {} customer relationship type\n",
             cl::client_count_v<ar::law_practice>, cl::customer_count_v<ar::law_practice>);
  return 0;
}

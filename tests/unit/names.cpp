// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Names of dimensions, values, policies and tensions, read at run time.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cl = clientele;

namespace {

template <cl::CatalogueEnum E>
std::vector<std::string> names() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < cl::enum_count_v<E>; ++i) {
    out.emplace_back(cl::name_of(static_cast<E>(i)));
  }
  return out;
}

}  // namespace

TEST_CASE("every value has the catalogue's name", "[names]") {
  using v = std::vector<std::string>;
  CHECK(names<cl::duration_kind>() == v{"one_time", "repeat", "ongoing", "fixed_term"});
  CHECK(names<cl::offering_kind>() == v{"goods", "standard_service", "professional_service"});
  CHECK(names<cl::personalization_level>() == v{"standardized", "recommendations", "tailored"});
  CHECK(names<cl::engagement_level>() == v{"transactional", "responsive", "collaborative"});
  CHECK(names<cl::advice_kind>() == v{"none", "advisory"});
  CHECK(names<cl::billing_mode>() == v{"per_transaction", "recurring", "retainer", "milestone", "usage",
                                         "time_and_materials", "free"});
  CHECK(names<cl::period_unit>() == v{"day", "week", "month", "year"});
  CHECK(names<cl::support_tier>() == v{"self_service", "support_desk", "dedicated_team"});
  CHECK(names<cl::dependency_level>() == v{"low", "high"});
  CHECK(names<cl::agreement_kind>() == v{"none", "terms_of_sale", "service_contract"});
  CHECK(names<cl::party_kind>() == v{"individual", "business", "government_agency", "nonprofit"});
  CHECK(names<cl::purpose_kind>() == v{"end_use", "on_behalf"});
  CHECK(names<cl::knowledge_level>() == v{"minimal", "deep"});
  CHECK(names<cl::relationship_kind>() == v{"client", "customer"});
  CHECK(names<cl::market>() == v{"b2c", "b2b", "b2g"});
  CHECK(names<cl::purchasing_cycle>() == v{"long", "short"});
}

TEST_CASE("every named billing period has its name, and no other period has one", "[names]") {
  using v = std::vector<std::string>;
  v named;
  for (const cl::billing_period& p :
       {cl::billing_period::daily, cl::billing_period::weekly, cl::billing_period::biweekly,
        cl::billing_period::thirty_days, cl::billing_period::monthly, cl::billing_period::quarterly,
        cl::billing_period::semiannual, cl::billing_period::annual, cl::billing_period::biennial}) {
    named.emplace_back(cl::name_of(p));
  }
  CHECK(named == v{"daily", "weekly", "biweekly", "thirty_days", "monthly", "quarterly",
                   "semiannual", "annual", "biennial"});
  CHECK(cl::name_of(cl::billing_period{2, cl::period_unit::week}) == "biweekly");
  CHECK(cl::name_of(cl::billing_period{12, cl::period_unit::month}).empty());  // not "annual"
  CHECK(cl::name_of(cl::billing_period{3, cl::period_unit::week}).empty());
  CHECK(cl::name_of(cl::billing_period{0, cl::period_unit::month}).empty());
}

TEST_CASE("a value outside its enumeration has an empty name", "[names]") {
  CHECK(cl::name_of(static_cast<cl::billing_mode>(42)).empty());
  CHECK(cl::leaning_of(static_cast<cl::support_tier>(200)) == cl::leaning::either);
}

TEST_CASE("policies, dimensions and tensions have readable names", "[names]") {
  CHECK(cl::policy_name_v<cl::support::dedicated_team> == "dedicated_team");
  CHECK(cl::policy_name_v<cl::billing::retainer<cl::period::monthly>> == "retainer");
  // A period is not a policy: its name is the name of its value.
  CHECK(cl::name_of(cl::period::quarterly::value) == "quarterly");
  CHECK(cl::name_of(cl::period::annually::value) == "annual");
  CHECK(cl::policy_name_v<cl::kind_rules::by_offering> == "by_offering");
  CHECK(cl::dimensions::knowledge::name == "knowledge");
  CHECK(cl::tensions::customer_with_client_value<cl::dimensions::support>::name ==
        "customer relationship with a support value unusual for a customer");
  CHECK(cl::tensions::dedicated_team_for_one_time::name ==
        "dedicated support team for a one-time relationship");
}

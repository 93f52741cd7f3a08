// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's own policies: a "platinum" support tier with its own
// first-response targets, a fortnightly billing period, and a kind rule of its
// own. Every query works with them, and the terms reach the deadlines, the
// stored profile and its text.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>
#include <clientele/support/deadlines.hpp>

#include <fmt/format.h>

#include <chrono>

namespace cl = clientele;

//! [platinum]
// A support policy of the application's own: a dedicated team, named
// "platinum", that also promises a first response within an hour whatever
// the priority. It states its targets over the tier's terms, so its channels,
// contact and calendar stay those of a dedicated team.
struct platinum : cl::basic_policy<cl::dimensions::support, cl::support_tier::dedicated_team> {
  static constexpr std::string_view name = "platinum";
  static constexpr cl::support::terms terms{
      .first_response = {.urgent = cl::calendar_time(std::chrono::minutes{15}),
                         .high = cl::calendar_time(std::chrono::hours{1}),
                         .normal = cl::calendar_time(std::chrono::hours{1}),
                         .low = cl::calendar_time(std::chrono::hours{1})}};
};
// Without a name of its own, the library's policy takes the same terms:
using platinum_unnamed = cl::support::dedicated_team::with<platinum::terms>;
//! [platinum]

//! [fortnightly]
// A billing period of the application's own: every two weeks, a count and a
// unit. (The library names it too: period::biweekly.)
struct fortnightly {
  static constexpr cl::billing_period value{2, cl::period_unit::week};
};
//! [fortnightly]

//! [rule]
// A kind rule of the application's own: anyone on a service contract is a
// client, whatever is sold.
struct contract_holders_are_clients {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::string_view name = "contract_holders_are_clients";
  static constexpr std::uint32_t reads = cl::dimension_mask_v<cl::dimensions::agreement>;
  static constexpr cl::relationship_kind classify(const cl::profile& p) noexcept {
    return get<cl::dimensions::agreement>(p) == cl::agreement_kind::service_contract
               ? cl::relationship_kind::client
               : cl::relationship_kind::customer;
  }
};
//! [rule]

//! [use]
using managed_hosting =
    cl::relationship<cl::duration::ongoing, cl::offering::standard_service, platinum,
                     cl::billing::recurring<fortnightly>, cl::agreement::service_contract>;

static_assert(cl::SupportPolicy<platinum>);
static_assert(cl::BillingPeriod<fortnightly>);
static_assert(cl::support_tier_v<managed_hosting> == cl::support_tier::dedicated_team);
static_assert(cl::support_terms_v<managed_hosting>.first_response[cl::priority::low] ==
              cl::calendar_time(std::chrono::hours{1}));
static_assert(cl::support_terms_v<managed_hosting>.channels ==
              cl::support_terms_for(cl::support_tier::dedicated_team).channels);
static_assert(cl::support_terms_v<managed_hosting> ==
              cl::support_terms_v<managed_hosting::with<platinum_unnamed>>);
// The targets reach the stored profile, and only they: the channels are the tier's.
static_assert(get<cl::terms::first_response>(cl::profile_of<managed_hosting>).has_value());
static_assert(!get<cl::terms::channels>(cl::profile_of<managed_hosting>).has_value());
static_assert(cl::billing_period_v<managed_hosting> == cl::billing_period::biweekly);
static_assert(cl::billing_interval_t<managed_hosting>{1} == std::chrono::days{14});
static_assert(cl::is_customer_v<managed_hosting>);  // the catalogue's rule

// The same relationship under the application's own kind rule.
using managed_hosting_client = managed_hosting::with<contract_holders_are_clients>;
static_assert(cl::is_client_v<managed_hosting_client>);
static_assert(cl::acquisition_strategy_v<managed_hosting_client> ==
              cl::acquisition_strategy::relationship_building);
//! [use]

int main() {
  // Enumerations and billing periods print by name (<clientele/ext/fmt.hpp>).
  fmt::print("managed hosting: support {} (tier {}, first response within {} minutes), billed {}, "
             "period {} ({} days)\n",
             cl::policy_name_v<platinum>, cl::support_tier_v<managed_hosting>,
             std::chrono::duration_cast<std::chrono::minutes>(
                 cl::support_terms_v<managed_hosting>.first_response[cl::priority::low].time)
                 .count(),
             cl::billing_mode_v<managed_hosting>, cl::billing_period_v<managed_hosting>,
             std::chrono::duration_cast<std::chrono::days>(cl::billing_interval_t<managed_hosting>{1})
                 .count());
  fmt::print("kind under the catalogue's rule: {}; under contract_holders_are_clients: {}\n",
             cl::kind_v<managed_hosting>, cl::kind_v<managed_hosting_client>);
  return 0;
}

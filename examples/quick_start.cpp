// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Quick start: compose two relationship types from policies, ask them
// questions at compile time, and print the answers.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <fmt/format.h>

namespace cl = clientele;

//! [define]
// A law firm's retained client: ongoing professional work, billed by a
// monthly retainer, looked after by a dedicated team.
using retained_client =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::retainer<cl::period::monthly>, cl::agreement::service_contract,
                     cl::support::dedicated_team, cl::party::business>;

// A walk-in customer at a shop: one purchase of goods, paid on the spot.
using walk_in_customer =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::billing::per_transaction,
                     cl::support::support_desk, cl::party::individual, cl::purpose::end_use>;
//! [define]

//! [query]
static_assert(cl::is_client_v<retained_client>);
static_assert(cl::billing_mode_v<retained_client> == cl::billing_mode::retainer);
static_assert(cl::billing_period_v<retained_client> == cl::billing_period::monthly);
static_assert(cl::is_customer_v<walk_in_customer> && cl::is_consumer_v<walk_in_customer>);
static_assert(cl::support_tier_v<walk_in_customer> == cl::support_tier::support_desk);
//! [query]

//! [constrain]
// Generic code constrained on the answers: only client relationships get an
// account manager.
template <cl::ClientRelationship R>
constexpr const char* account_manager() {
  return cl::DedicatedSupport<R> ? "a dedicated team" : "a named partner";
}
//! [constrain]

// The answers print by name with the {fmt} formatters (<clientele/ext/fmt.hpp>).
template <cl::Relationship R>
void describe(const char* title) {
  fmt::print("{}: {} relationship, billed {}, supported by {}, market {}\n", title, cl::kind_v<R>,
             cl::billing_mode_v<R>, cl::support_tier_v<R>, cl::market_v<R>);
}

int main() {
  describe<retained_client>("retained client");
  describe<walk_in_customer>("walk-in customer");
  fmt::print("retained client's account manager: {}\n", account_manager<retained_client>());
  return 0;
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A bundle of your own that is a customer and a client relationship at once,
// and a provider that offers it: how many relationships of each kind they
// hold, and how a different kind rule changes the count.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <fmt/format.h>

namespace cl = clientele;

//! [bundle]
// Accounting software bought once, in a shop: a customer relationship...
using software_purchase =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::billing::per_transaction,
                     cl::support::support_desk, cl::party::business>;

// ...sold with a year of bookkeeping by the vendor's accountants: a client
// relationship (ongoing, a professional service).
using bookkeeping_retainer =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::retainer<cl::period::monthly>, cl::agreement::service_contract,
                     cl::support::dedicated_team, cl::party::business>;

// One purchase, two relationships: a hybrid bundle.
using software_with_bookkeeping = cl::bundle<software_purchase, bookkeeping_retainer>;

static_assert(cl::client_count_v<software_with_bookkeeping> == 1);
static_assert(cl::customer_count_v<software_with_bookkeeping> == 1);
static_assert(cl::serves_both_v<software_with_bookkeeping>);
//! [bundle]

//! [provider]
// A one-off tax return for a private person: a professional service, but not
// an ongoing one, so a customer relationship under the default kind rule.
using tax_return =
    cl::relationship<cl::duration::one_time, cl::offering::professional_service,
                     cl::billing::per_transaction, cl::party::individual, cl::purpose::end_use>;

// Everything the accounting practice offers, each part named for reports.
using accounting_practice =
    cl::provider<cl::named<"software", software_purchase>,
                 cl::named<"bookkeeping", bookkeeping_retainer>, cl::named<"tax_return", tax_return>>;
static_assert(std::is_same_v<cl::part_t<accounting_practice, "bookkeeping">, bookkeeping_retainer>);
static_assert(cl::bills_with_v<accounting_practice, cl::billing_mode::retainer>);

// Generic code over any bundle or provider.
template <cl::RelationshipSet S>
void summarise(const char* name) {
  fmt::print("{}: client relationships {}, customer relationships {}{}\n", name,
             cl::client_count_v<S>, cl::customer_count_v<S>,
             cl::serves_both_v<S> ? " (serves both kinds)" : "");
  if (const auto tier = cl::highest_support_tier_v<S>) {
    fmt::print("  highest support tier: {}\n", *tier);
  }
  // The mix, as data a report prints (<clientele/ext/fmt.hpp> formats a
  // part_summary as its name, kind, billing and support).
  for (const cl::part_summary& part : cl::mix_v<S>) {
    fmt::print("  {}\n", part);
  }
}
//! [provider]

//! [by_offering]
// Under the rule that whoever buys a professional service is a client, the
// tax return counts as a client relationship too.
using practice_by_offering =
    cl::provider<software_purchase, bookkeeping_retainer,
                 tax_return::with<cl::kind_rules::by_offering>>;
static_assert(cl::client_count_v<practice_by_offering> == 2);
//! [by_offering]

int main() {
  summarise<software_with_bookkeeping>("software with bookkeeping (a bundle)");
  summarise<accounting_practice>("the accounting practice (a provider)");
  summarise<practice_by_offering>("the same practice, kind by offering");
  return 0;
}

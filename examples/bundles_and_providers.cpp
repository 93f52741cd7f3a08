// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A bundle of your own that is a customer and a client relationship at once,
// and a provider that offers it: how many relationships of each kind they
// hold, and how a different kind rule changes the count.

#include <clientele/clientele.hpp>

#include <iostream>

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

// Everything the accounting practice offers.
using accounting_practice = cl::provider<software_purchase, bookkeeping_retainer, tax_return>;

// Generic code over any bundle or provider.
template <cl::RelationshipSet S>
void summarise(const char* name) {
  std::cout << name << ": " << cl::client_count_v<S> << " client and "
            << cl::customer_count_v<S> << " customer relationship types"
            << (cl::serves_both_v<S> ? " (serves both kinds)" : "") << '\n';
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

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A consumer of the installed package: defines its own relationship types,
// queries them at compile time and at run time, and reports what it found.

#include <clientele/clientele.hpp>

#include <cstdio>

namespace cl = clientele;

using law_firm_retainer =
    cl::relationship<cl::offering::professional_service, cl::duration::ongoing,
                     cl::billing::retainer<cl::period::quarterly>, cl::agreement::service_contract,
                     cl::support::dedicated_team, cl::party::business>;
using walk_in_customer =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::billing::per_transaction,
                     cl::party::individual, cl::purpose::end_use>;

static_assert(cl::version_major == CLIENTELE_VERSION_MAJOR);
static_assert(cl::is_client_v<law_firm_retainer>);
static_assert(cl::billing_period_v<law_firm_retainer> == cl::billing_period::quarterly);
static_assert(cl::is_consumer_v<walk_in_customer>);
static_assert(cl::ClientRelationship<cl::client> && cl::CustomerRelationship<cl::customer>);

template <cl::Relationship R>
bool check(cl::relationship_kind kind, cl::billing_mode mode) {
  const cl::profile& p = cl::profile_of<R>;
  return cl::kind_v<R> == kind && cl::get<cl::dimensions::billing>(p) == mode && cl::is_consistent(p);
}

int main() {
  const bool ok =
      check<law_firm_retainer>(cl::relationship_kind::client, cl::billing_mode::retainer) &&
      check<walk_in_customer>(cl::relationship_kind::customer,
                              cl::billing_mode::per_transaction);
  std::printf("clientele %d.%d.%d: %s\n", cl::version_major, cl::version_minor, cl::version_patch,
              ok ? "relationships answer as expected" : "UNEXPECTED ANSWERS");
  return ok ? 0 : 1;
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A monthly retainer and a yearly service contract bundled and billed on
// one invoice: their dates differ, so only billing them separately compiles.
// EXPECT: two recurring parts of this bundle invoice on different schedules
// EXPECT: bundle_billing::separately
// EXPECT: bundle_parts_bill_on_different_schedules<
#include <clientele/schedules/invoices.hpp>

namespace cl = clientele;
using namespace std::chrono_literals;

using retainer_and_car =
    cl::bundle<cl::archetypes::law_firm, cl::archetypes::car_maintenance_contract>;

int main() {
  const auto start = 2024y / 1 / 15;
  const auto apart =
      cl::bundle_invoice_dates<retainer_and_car, cl::bundle_billing::separately>(start);
  static_cast<void>(cl::bundle_invoice_dates<retainer_and_car>(start));  // FAILS
  return apart.empty() ? 1 : 0;
}

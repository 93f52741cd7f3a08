// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Businesses the source texts do not name (examples/businesses.hpp), and
// what the library answers for each, read at run time from their profiles:
// a table, then the reasons behind some of the verdicts.

#include "businesses.hpp"

#include <clientele/clientele.hpp>

#include <bit>
#include <cstdio>
#include <string>

namespace cl = clientele;

int main() {
  std::printf("%-31s %-9s %-9s %-7s %-11s %-8s %-22s %-17s %s\n", "business", "kind", "consumer",
              "market", "duration", "repeat", "acquisition", "revenue", "tensions");
  for (const businesses::business& b : businesses::all) {
    const cl::profile& p = b.of;
    std::printf("%-31.*s %-9s %-9s %-7s %-11s %-8s %-22s %-17s %d\n",
                static_cast<int>(b.name.size()), b.name.data(),
                cl::name_of(*cl::kind_of(p)).data(),
                *cl::derive<cl::properties::consumer>(p) ? "yes" : "no",
                cl::name_of(*cl::derive<cl::properties::market>(p)).data(),
                cl::name_of(*cl::get<cl::dimensions::duration>(p)).data(),
                cl::name_of(*cl::derive<cl::properties::repeat_business>(p)).data(),
                cl::name_of(*cl::derive<cl::properties::acquisition_strategy>(p)).data(),
                cl::name_of(*cl::derive<cl::properties::revenue_profile>(p)).data(),
                std::popcount(cl::tensions_of(p)));
  }

  //! [why]
  std::printf("\nwhy\n");
  for (const auto& b : businesses::all) {
    if (b.name == "tax_preparer" || b.name == "notary_certification" ||
        b.name == "walk_in_clinic" || b.name == "financial_plan" ||
        b.name == "enterprise_software") {
      const cl::profile& p = b.of;
      std::printf("  %.*s\n    kind: %s\n", static_cast<int>(b.name.size()), b.name.data(),
                  cl::to_string(*cl::explain<cl::properties::kind>(p), p).c_str());
      std::printf("    acquisition: %s\n",
                  cl::to_string(*cl::explain<cl::properties::acquisition_strategy>(p), p).c_str());
    }
  }
  //! [why]
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Businesses the source texts do not name (examples/businesses.hpp), and
// what the library answers for each, read at run time from their profiles:
// a table, then the reasons behind some of the verdicts.

#include "businesses.hpp"

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <fmt/format.h>

#include <bit>
#include <string>

namespace cl = clientele;

int main() {
  fmt::print("{:<31} {:<9} {:<9} {:<7} {:<11} {:<8} {:<22} {:<17} {}\n", "business", "kind",
             "consumer", "market", "duration", "repeat", "acquisition", "revenue", "tensions");
  for (const businesses::business& b : businesses::all) {
    const cl::profile& p = b.of;
    // A maybe prints its value (<clientele/ext/fmt.hpp>), and a yes-or-no
    // explanation's answer as yes or no.
    fmt::print("{:<31} {:<9} {:<9} {:<7} {:<11} {:<8} {:<22} {:<17} {}\n", b.name, cl::kind_of(p),
               *cl::derive<cl::properties::consumer>(p) ? "yes" : "no",
               *cl::derive<cl::properties::market>(p), cl::get<cl::dimensions::duration>(p),
               *cl::derive<cl::properties::repeat_business>(p),
               *cl::derive<cl::properties::acquisition_strategy>(p),
               *cl::derive<cl::properties::revenue_profile>(p), std::popcount(cl::tensions_of(p)));
  }

  //! [why]
  fmt::print("\nwhy\n");
  for (const auto& b : businesses::all) {
    if (b.name == "tax_preparer" || b.name == "notary_certification" ||
        b.name == "walk_in_clinic" || b.name == "financial_plan" ||
        b.name == "enterprise_software") {
      const cl::profile& p = b.of;
      fmt::print("  {}\n    kind: {}\n", b.name,
                 cl::to_string(*cl::explain<cl::properties::kind>(p), p));
      fmt::print("    acquisition: {}\n",
                 cl::to_string(*cl::explain<cl::properties::acquisition_strategy>(p), p));
    }
  }
  //! [why]
}

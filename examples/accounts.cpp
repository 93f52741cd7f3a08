// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Accounts stored as text: read them back, validate them, and dispatch each
// to its compile-time relationship type to decide how it is billed and
// supported.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <fmt/format.h>

#include <sstream>
#include <string>
#include <vector>

namespace cl = clientele;

//! [registry]
// The relationship types the application knows, declared once.
using law_firm_retainer =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::retainer<cl::period::monthly>, cl::agreement::service_contract,
                     cl::support::dedicated_team, cl::party::business>;
using software_subscription =
    cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                     cl::billing::recurring<cl::period::annually>, cl::agreement::terms_of_sale,
                     cl::support::support_desk, cl::party::business>;
using walk_in_customer =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::billing::per_transaction,
                     cl::support::support_desk, cl::party::individual, cl::purpose::end_use>;

using known_relationships = cl::registry<cl::named<"law_firm_retainer", law_firm_retainer>,
                                         cl::named<"software_subscription", software_subscription>,
                                         cl::named<"walk_in_customer", walk_in_customer>>;
//! [registry]

//! [plan]
// Generic code, instantiated for each registered type: how to bill and
// support an account of that kind.
struct service_plan {
  std::string billing;
  std::string support;
};

template <cl::Relationship R>
service_plan plan_for() {
  std::string billing{cl::name_of(cl::billing_mode_v<R>)};
  if constexpr (cl::PeriodicBilling<R>) {
    // A billing period prints as the text form writes it: "monthly", "3_weeks".
    billing += fmt::format(", period {}", cl::billing_period_v<R>);
  }
  std::string support = cl::DedicatedSupport<R> ? "an account team of its own"
                                                : "the " + std::string{cl::name_of(cl::support_tier_v<R>)};
  return {billing, support};
}
//! [plan]

int main() {
  //! [store]
  // Each account is stored as its relationship's text form.
  std::ostringstream storage;
  storage << "Hale & Partners\t" << cl::profile_of<law_firm_retainer> << '\n'
          << "Orbit Analytics\t" << cl::profile_of<software_subscription> << '\n'
          << "J. Smith\t" << cl::profile_of<walk_in_customer> << '\n'
          << "Corrupted Ltd\t{duration=one_time, billing=recurring, period=weekly}\n"
          << "Typo Inc\t{duration=ongoing, billing=monthly}\n";
  //! [store]

  //! [load]
  std::istringstream in{storage.str()};
  std::string line;
  int served = 0;
  int rejected = 0;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    const std::string name = line.substr(0, tab);
    const cl::parse_result parsed = cl::parse_profile(std::string_view{line}.substr(tab + 1));
    if (!parsed) {
      fmt::print("{}: unreadable {}\n", name, parsed.error());  // "at <offset>: <message>"
      ++rejected;
      continue;
    }
    if (const std::vector<cl::violation> problems = cl::validate(*parsed); !problems.empty()) {
      fmt::print("{}: invalid\n", name);
      for (const cl::violation& v : problems) {
        fmt::print("  - {}\n", v.message);
      }
      ++rejected;
      continue;
    }
    const auto plan = known_relationships::dispatch(*parsed, [](auto type) {
      return plan_for<typename decltype(type)::type>();
    });
    if (!plan) {
      fmt::print("{}: {}\n", name, plan.error());
      ++rejected;
      continue;
    }
    fmt::print("{} ({}): billed {}; supported by {}\n", name, cl::kind_of(*parsed), plan->billing,
               plan->support);
    ++served;
  }
  //! [load]
  fmt::print("{} accounts served, {} rejected\n", served, rejected);
  return served == 3 && rejected == 2 ? 0 : 1;
}

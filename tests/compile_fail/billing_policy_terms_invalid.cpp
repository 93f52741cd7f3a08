// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A billing policy whose terms bill every two weeks while its period is monthly.
// EXPECT: this billing policy's member 'terms' must be a 'static constexpr clientele::billing_terms'
// EXPECT: billing_policy_terms_invalid<gym>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct gym : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::monthly;
  static constexpr cl::billing_terms terms{.period = cl::billing_period::biweekly};
};
using R = cl::relationship<cl::duration::fixed_term, gym, cl::agreement::service_contract>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

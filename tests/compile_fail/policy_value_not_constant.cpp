// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A policy whose value is not a constant expression.
// EXPECT: this policy.s .value. is not usable in constant expressions
// EXPECT: policy_value_not_constant<clientele::dimensions::support, platinum>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct platinum {
  using dimension = cl::dimensions::support;
  static inline cl::support_tier value = cl::support_tier::dedicated_team;
};
using R = cl::relationship<platinum>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's billing policy whose value is of another dimension's type.
// EXPECT: 'value' is not of its dimension's value type
// EXPECT: policy_value_has_wrong_type<clientele::dimensions::billing, invoiced>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct invoiced {
  using dimension = cl::dimensions::billing;
  static constexpr cl::support_tier value = cl::support_tier::support_desk;
};
using R = cl::relationship<invoiced>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

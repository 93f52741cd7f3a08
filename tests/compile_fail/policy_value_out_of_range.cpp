// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's policy whose value is a number cast to the enumeration.
// EXPECT: this policy's 'value' is outside its dimension's values
// EXPECT: policy_value_out_of_range<clientele::dimensions::support, diamond>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct diamond {
  using dimension = cl::dimensions::support;
  static constexpr cl::support_tier value = static_cast<cl::support_tier>(7);
};
using R = cl::relationship<cl::duration::ongoing, diamond>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Two policies that forgot their value, of two different dimensions: the first is reported.
// EXPECT: this policy lacks .static constexpr value.
// EXPECT: policy_lacks_value<clientele::dimensions::support, platinum>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct platinum {
  using dimension = cl::dimensions::support;
};
struct counsel {
  using dimension = cl::dimensions::advice;
};
using R = cl::relationship<platinum, counsel>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

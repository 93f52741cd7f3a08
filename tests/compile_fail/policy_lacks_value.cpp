// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's support policy that forgot its value.
// EXPECT: this policy lacks 'static constexpr value'
// EXPECT: policy_lacks_value<clientele::dimensions::support, platinum>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct platinum {
  using dimension = cl::dimensions::support;
};
using R = cl::relationship<cl::duration::ongoing, platinum>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

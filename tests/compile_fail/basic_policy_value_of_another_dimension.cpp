// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// basic_policy given a value of another dimension's enumeration: one error,
// at the policy's declaration, naming the dimension and the value's type.
// EXPECT: basic_policy<Dimension, value> was given a value that is not of the dimension's value type
// EXPECT: dimensions::billing, clientele::support_tier
// ERRORS: 1
#include <clientele/clientele.hpp>

namespace cl = clientele;
using desk = cl::basic_policy<cl::dimensions::billing, cl::support_tier::support_desk>;
struct desk_billing final : desk {};  // FAILS
using R = cl::relationship<cl::duration::ongoing, desk_billing>;  // FAILS
constexpr auto probe = sizeof(R);  // FAILS
constexpr auto again = cl::billing_mode_v<R>;  // FAILS

int main() {}

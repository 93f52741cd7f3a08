// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// recurring<> given something that is not a billing period.
// EXPECT: the period of this billing policy is not a billing period
// EXPECT: not_a_billing_period<int>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, cl::billing::recurring<int>>;
constexpr auto mode = cl::billing_mode_v<R>;  // FAILS

int main() {}

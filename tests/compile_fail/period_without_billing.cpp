// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The billing period of a relationship that leaves billing unspecified: one message.
// EXPECT: this query reads a dimension the relationship leaves unspecified
// EXPECT: dimension_not_specified<clientele::dimensions::billing>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing>;
constexpr auto period = cl::billing_period_v<R>;  // FAILS

int main() {}

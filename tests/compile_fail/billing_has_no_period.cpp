// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The billing period of a relationship paid per transaction.
// EXPECT: reads the billing period, but the relationship's billing is not billed every period \(recurring, retainer or usage\)
// EXPECT: billing_has_no_period<clientele::billing::per_transaction>
#include <clientele/clientele.hpp>

namespace cl = clientele;
constexpr auto period = cl::billing_period_v<cl::customer>;  // FAILS

int main() {}

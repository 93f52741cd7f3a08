// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's period of zero weeks given to a retainer.
// EXPECT: the period of this billing policy is not a billing period
// EXPECT: not_a_billing_period<never>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct never {
  static constexpr cl::billing_period value{0, cl::period_unit::week};
};
using B = cl::billing::retainer<never>;
constexpr auto probe = sizeof(B);  // FAILS

int main() {}

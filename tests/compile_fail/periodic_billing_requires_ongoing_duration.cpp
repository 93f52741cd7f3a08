// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Recurring billing on a one-time relationship.
// EXPECT: recurring, retainer and usage billing require an ongoing or fixed_term duration \(dimensions: billing, duration\)
// EXPECT: periodic_billing_requires_ongoing_duration<clientele::billing::recurring<clientele::period::monthly>, clientele::duration::one_time>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::one_time, cl::billing::recurring<cl::period::monthly>,
                           cl::agreement::terms_of_sale>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

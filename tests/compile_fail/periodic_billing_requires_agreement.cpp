// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A subscription with no agreement at all.
// EXPECT: recurring, retainer and usage billing require an agreement other than none \(dimensions: billing, agreement\)
// EXPECT: periodic_billing_requires_agreement<clientele::billing::recurring<clientele::period::weekly>, clientele::agreement::none>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, cl::agreement::none,
                           cl::billing::recurring<cl::period::weekly>>;
constexpr auto tier = sizeof(R);  // FAILS

int main() {}

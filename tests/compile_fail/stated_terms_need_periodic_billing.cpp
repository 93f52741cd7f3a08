// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A trial stated on the library's per-transaction policy, which bills no period.
// EXPECT: a mode that bills no period
// EXPECT: takes no terms but a setup charge
// EXPECT: billing_policy_terms_invalid<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using shop_with_trial =
    cl::billing::per_transaction::with<cl::billing::terms{.trial = cl::free_trial::days(30)}>;
using R = cl::relationship<cl::duration::one_time, shop_with_trial>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

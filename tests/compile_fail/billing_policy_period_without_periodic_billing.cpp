// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's per-transaction policy whose terms name a weekly period:
// its profile could not hold it, so the type is refused as validate would
// refuse the profile.
// EXPECT: a mode that bills no period
// EXPECT: and no period
// EXPECT: billing_policy_terms_invalid<weekly_shop>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct weekly_shop : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::per_transaction> {
  static constexpr cl::billing_terms terms{.period = cl::billing_period::weekly};
};
using R = cl::relationship<cl::duration::one_time, weekly_shop>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

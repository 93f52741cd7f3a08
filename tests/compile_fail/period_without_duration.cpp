// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's billing period that does not name its std::chrono duration.
// EXPECT: the period of this billing policy is not a billing period
// EXPECT: period_guard<fortnightly
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct fortnightly : cl::basic_policy<cl::dimensions::period, cl::billing_period::custom> {};
using B = cl::billing::retainer<fortnightly>;
constexpr auto probe = sizeof(B);  // FAILS

int main() {}

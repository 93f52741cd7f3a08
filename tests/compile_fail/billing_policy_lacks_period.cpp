// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's recurring billing policy with no period.
// EXPECT: recurring, retainer or usage but lacks a member type 'period'
// EXPECT: billing_policy_lacks_period<subscription>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct subscription : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {};
using R = cl::relationship<cl::duration::ongoing, subscription>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

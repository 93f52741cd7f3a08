// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A billing period given to a relationship on its own.
// EXPECT: a billing period is not a policy on its own
// EXPECT: period_is_not_a_policy<clientele::period::monthly>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, cl::period::monthly>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

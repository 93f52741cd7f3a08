// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A relationship given a type that is not a policy.
// EXPECT: this type is not a policy: it is not a class with a member type 'dimension'
// EXPECT: not_a_policy<int>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, int>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

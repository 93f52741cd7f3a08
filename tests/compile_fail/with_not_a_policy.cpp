// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// with<> given something that is not a policy.
// EXPECT: this type is not a policy: it is not a class with a member type 'dimension'
// EXPECT: not_a_policy<double>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::client::with<double>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Two policies of one dimension: the message names the dimension and both.
// EXPECT: at most one policy per dimension
// EXPECT: dimension_given_twice<clientele::dimensions::billing, clientele::billing::milestone, clientele::billing::per_transaction>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::billing::milestone, cl::duration::ongoing,
                           cl::billing::per_transaction>;
constexpr auto mode = cl::billing_mode_v<R>;  // FAILS

int main() {}

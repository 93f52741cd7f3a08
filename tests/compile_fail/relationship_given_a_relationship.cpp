// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A relationship given a relationship type where a policy belongs: one
// error that says so and points to R::with<...>.
// EXPECT: a relationship type was given where a policy belongs
// EXPECT: relationship_given_a_relationship<clientele::relationship<clientele::duration::ongoing> ?>
// ERRORS: 1
#include <clientele/clientele.hpp>

namespace cl = clientele;
using firm = cl::relationship<cl::duration::ongoing>;
using R = cl::relationship<firm, cl::billing::per_transaction>;
constexpr auto probe = sizeof(R);  // FAILS
constexpr auto again = cl::billing_mode_v<R>;  // FAILS

int main() {}

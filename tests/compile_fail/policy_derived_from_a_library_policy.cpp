// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A policy derived from one of the library's policies, which are final.
// GCC reports the final base alone; Clang goes on without the base and
// adds the relationship's "not a policy", whose message names this mistake.
// EXPECT: final
// EXPECT: ongoing
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct my_ongoing : cl::duration::ongoing {};  // FAILS
using R = cl::relationship<my_ongoing>;  // FAILS
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

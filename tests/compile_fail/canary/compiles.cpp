// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A canary: its FAILS line compiles, so the harness must reject the case.
// EXPECT: clientele
#include <clientele/clientele.hpp>

static_assert(clientele::billing_mode_v<clientele::client> == clientele::billing_mode::retainer);  // FAILS

int main() {}

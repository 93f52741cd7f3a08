// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A canary: it fails to compile, but not with the message it expects, so the
// harness must reject the case.
// EXPECT: a message no diagnostic of this library contains
#include <clientele/clientele.hpp>

using R = clientele::relationship<clientele::duration::ongoing>;
constexpr auto mode = clientele::billing_mode_v<R>;  // FAILS

int main() {}

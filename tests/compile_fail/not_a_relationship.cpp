// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A query of something that is not a relationship type.
// EXPECT: Relationship
// EXPECT: billing_mode_v
#include <clientele/clientele.hpp>

namespace cl = clientele;
constexpr auto mode = cl::billing_mode_v<cl::billing::milestone>;  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A provider asked for a part by a name none of its parts has.
// EXPECT: the set has no part of that name
// EXPECT: set_has_no_part_named
#include <clientele/clientele.hpp>

namespace cl = clientele;
using practice = cl::provider<cl::named<"retained", cl::archetypes::law_firm>,
                              cl::named<"walk_in", cl::archetypes::occasional_legal_matter>>;
using walk_in = cl::part_t<practice, "walk-in">;  // FAILS

int main() {}

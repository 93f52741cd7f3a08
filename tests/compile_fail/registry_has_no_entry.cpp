// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A registry without entries.
// EXPECT: this registry has no entry
// EXPECT: registry_has_no_entry<>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using accounts = cl::registry<>;
constexpr auto where = accounts::find("walk_in");  // FAILS

int main() {}

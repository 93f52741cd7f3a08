// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The businesses beyond the source texts: every answer of the table in
// examples/businesses.hpp is checked there at compile time, against the
// compile-time queries and the run-time functions alike; this file makes
// those checks part of the static tests.

#include "../../examples/businesses.hpp"

static_assert(businesses::all.size() >= 30);

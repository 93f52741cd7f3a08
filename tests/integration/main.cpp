// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The Catch2 runner of the tests of the optional components fmt and json.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

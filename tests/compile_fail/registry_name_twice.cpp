// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A registry with two entries of the same name.
// EXPECT: two entries of this registry have the same name
// EXPECT: registry_name_given_twice<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using accounts = cl::registry<cl::named<"retail", cl::customer>, cl::named<"retail", cl::consumer>>;
constexpr auto size = accounts::find("retail");  // FAILS

int main() {}

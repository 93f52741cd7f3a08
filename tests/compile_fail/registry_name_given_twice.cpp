// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A registry with two entries of the same name: the error names both.
// EXPECT: two entries of this registry have the same name
// EXPECT: registry_name_given_twice<clientele::named<.*clientele::relationship<clientele::duration::one_time, clientele::offering::goods>
// EXPECT: clientele::relationship<clientele::duration::ongoing, clientele::offering::standard_service>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods>;
using subscription = cl::relationship<cl::duration::ongoing, cl::offering::standard_service>;
using accounts = cl::registry<cl::named<"walk_in", walk_in>, cl::named<"walk_in", subscription>>;
constexpr auto where = accounts::find("walk_in");  // FAILS

int main() {}

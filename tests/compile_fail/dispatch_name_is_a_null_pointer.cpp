// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// registry::dispatch given nullptr as the name.
// EXPECT: registry::dispatch was given nullptr as the name to look up
// EXPECT: dispatch_name_is_a_null_pointer<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods,
                                 cl::billing::per_transaction>;
using accounts = cl::registry<cl::named<"walk_in", walk_in>>;

inline constexpr auto billing = [](auto type) { return cl::billing_mode_v<typename decltype(type)::type>; };

int main() {
  const auto mode = accounts::dispatch(nullptr, billing);  // FAILS
}

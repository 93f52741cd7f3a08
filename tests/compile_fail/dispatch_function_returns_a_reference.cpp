// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// registry::dispatch given a function that returns a reference.
// EXPECT: returns a reference, and a dispatch_result holds values only
// EXPECT: dispatch_function_returns_a_reference<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                  cl::billing::retainer<cl::period::monthly>,
                                  cl::agreement::service_contract>;
using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods,
                                 cl::billing::per_transaction>;
using accounts = cl::registry<cl::named<"retainer", retainer>, cl::named<"walk_in", walk_in>>;

inline constexpr auto profile_ref = [](auto type) -> const cl::profile& {
  return cl::profile_of<typename decltype(type)::type>;
};

int main() {
  const auto p = accounts::dispatch("walk_in", profile_ref);  // FAILS
}

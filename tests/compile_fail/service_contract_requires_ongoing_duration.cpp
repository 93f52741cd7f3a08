// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A service contract for a relationship that comes back now and then.
// EXPECT: a service_contract agreement requires an ongoing or fixed_term duration \(dimensions: agreement, duration\)
// EXPECT: service_contract_requires_ongoing_duration<clientele::agreement::service_contract, clientele::duration::repeat>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::agreement::service_contract, cl::duration::repeat>;
constexpr auto kind = cl::kind_v<R>;  // FAILS

int main() {}

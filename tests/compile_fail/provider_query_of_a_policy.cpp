// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A query of a provider that was given a policy instead of a relationship type:
// the provider's own message, not an error from inside is_client_v.
// EXPECT: take relationship types only
// EXPECT: provider_argument_is_not_a_relationship<clientele::support::dedicated_team>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using practice = cl::provider<cl::archetypes::law_firm, cl::support::dedicated_team>;
constexpr auto clients = cl::client_count_v<practice>;  // FAILS

int main() {}

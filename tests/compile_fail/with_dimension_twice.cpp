// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// with<> given two policies of one dimension.
// EXPECT: at most one policy per dimension
// EXPECT: dimension_given_twice<clientele::dimensions::support, clientele::support::self_service, clientele::support::support_desk>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::customer::with<cl::support::self_service, cl::support::support_desk>;
constexpr auto tier = cl::support_tier_v<R>;  // FAILS

int main() {}

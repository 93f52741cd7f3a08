// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A support desk stated with a zero urgent target: "no target" is
// response_target::none(), or a priority left out of .first_response.
// EXPECT: a positive first-response target or response_target::none\(\)
// EXPECT: support_policy_terms_invalid<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using namespace std::chrono_literals;
using desk = cl::support::support_desk::with<cl::support::terms{
    .first_response = {.urgent = cl::calendar_time(0s)}}>;
using R = cl::relationship<cl::duration::ongoing, desk>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

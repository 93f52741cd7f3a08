// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A support policy whose terms commit to no first-response time.
// EXPECT: this support policy's member 'terms' must be a 'static constexpr clientele::support_terms'
// EXPECT: support_policy_terms_invalid<silent_desk>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct silent_desk : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{.channels = cl::channel::email};
};
using R = cl::relationship<cl::duration::ongoing, silent_desk>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

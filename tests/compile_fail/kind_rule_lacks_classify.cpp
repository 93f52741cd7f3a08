// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's kind rule without classify().
// EXPECT: this kind rule lacks 'static constexpr std::uint32_t reads' or
// EXPECT: kind_rule_lacks_classify<everyone_is_a_client>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct everyone_is_a_client {
  using dimension = cl::dimensions::kind_rule;
};
using R = cl::relationship<cl::duration::one_time, everyone_is_a_client>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A kind rule whose classify takes the wrong argument.
// EXPECT: this kind rule.s .classify. or .reads. has the wrong type
// EXPECT: kind_rule_classify_has_wrong_signature<by_name>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct by_name {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::uint32_t reads = 0;
  static constexpr cl::relationship_kind classify(int) noexcept { return cl::relationship_kind::client; }
};
using R = cl::relationship<cl::duration::ongoing, by_name>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A kind rule whose classify is not constexpr.
// EXPECT: this kind rule.s .classify. or .reads. is not usable in constant expressions
// EXPECT: kind_rule_classify_not_constant<everyone_a_client>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct everyone_a_client {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::uint32_t reads = 0;
  static cl::relationship_kind classify(const cl::profile&) noexcept { return cl::relationship_kind::client; }
};
using R = cl::relationship<cl::duration::ongoing, everyone_a_client>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A kind rule that classifies as a value outside relationship_kind.
// EXPECT: returned a value that is neither relationship_kind::client nor relationship_kind::customer
// EXPECT: kind_rule_returned_no_kind<undecided>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct undecided {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::uint32_t reads = 0;
  static constexpr cl::relationship_kind classify(const cl::profile&) noexcept {
    return static_cast<cl::relationship_kind>(7);
  }
};
using R = cl::relationship<cl::duration::ongoing, undecided>;
constexpr bool client = cl::is_client_v<R>;  // FAILS

int main() {}

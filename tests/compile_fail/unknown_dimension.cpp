// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A policy whose dimension is not a dimension tag.
// EXPECT: member 'dimension' is not a dimension tag
// EXPECT: policy_names_unknown_dimension<gold>
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct gold {
  using dimension = int;
  static constexpr cl::support_tier value = cl::support_tier::dedicated_team;
};
using R = cl::relationship<gold>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

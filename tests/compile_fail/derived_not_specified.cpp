// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A derived property whose inputs are open names the first missing dimension.
// EXPECT: reads a dimension the relationship leaves unspecified
// EXPECT: dimension_not_specified<clientele::dimensions::offering>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing>;
constexpr auto kind = cl::kind_v<R>;  // FAILS

int main() {}

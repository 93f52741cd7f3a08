// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A query of a dimension the relationship leaves open names that dimension.
// EXPECT: reads a dimension the relationship leaves unspecified
// EXPECT: dimension_not_specified<clientele::dimensions::billing>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, cl::offering::professional_service>;
constexpr auto mode = cl::billing_mode_v<R>;  // FAILS

int main() {}

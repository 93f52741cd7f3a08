// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// derive<> given the enumeration of a property instead of its descriptor:
// one error that names the descriptor to use.
// EXPECT: take the descriptor of a derived property \(a clientele::DerivedProperty\)
// EXPECT: not_a_derived_property<clientele::market>
// ERRORS: 1
#include <clientele/clientele.hpp>

namespace cl = clientele;

int main() {
  const cl::profile p = cl::profile_of<cl::customer>;
  if (cl::derive<cl::market>(p) == cl::market::b2c) {  // FAILS
    return 1;  // FAILS
  }  // FAILS
  return cl::kind_of(p) ? 0 : 1;
}

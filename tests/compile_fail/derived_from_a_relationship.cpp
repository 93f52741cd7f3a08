// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A class derived from a relationship type: relationship is final.
// EXPECT: final
// EXPECT: relationship
#include <clientele/clientele.hpp>

namespace cl = clientele;
struct law_firm : cl::relationship<cl::duration::ongoing> {};  // FAILS

int main() {}

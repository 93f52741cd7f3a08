// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Terms stated on recurring<> that name a period too: the period is said
// once, by the policy, so the stated terms have no period to contradict it.
// EXPECT: (data member named .*period|designator .period.)
// EXPECT: billing::terms
#include <clientele/clientele.hpp>

namespace cl = clientele;
using plan = cl::billing::recurring<cl::period::monthly, cl::billing::terms{.period = cl::billing_period::annual}>;  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// recurring<> given its terms in two pieces: every term goes in one billing::terms.
// EXPECT: billing::recurring<Period, Terms> \(and retainer, usage\) takes one clientele::billing::terms
// EXPECT: billing_terms_given_twice<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using plan = cl::billing::recurring<cl::period::monthly,
                                    cl::billing::terms{.trial = cl::free_trial::days(14)},
                                    cl::billing::terms{.charges = {cl::charge_kind::setup}}>;
using R = cl::relationship<cl::duration::ongoing, plan, cl::agreement::terms_of_sale>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

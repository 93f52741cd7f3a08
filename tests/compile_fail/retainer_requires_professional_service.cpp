// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A retainer for goods.
// EXPECT: retainer billing requires a professional_service offering \(dimensions: billing, offering\)
// EXPECT: retainer_requires_professional_service<clientele::billing::retainer<clientele::period::annual>, clientele::offering::goods>
#include <clientele/clientele.hpp>

namespace cl = clientele;
using R = cl::relationship<cl::duration::ongoing, cl::offering::goods,
                           cl::billing::retainer<cl::period::annual>,
                           cl::agreement::service_contract>;
constexpr auto mode = cl::billing_mode_v<R>;  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// registry::dispatch given a function that returns a billing period for one
// type and an int for another.
// EXPECT: must return one type for every registered type
// EXPECT: dispatch_function_returns_different_types<
// EXPECT: clientele::billing_period
#include <clientele/clientele.hpp>

namespace cl = clientele;
using retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                  cl::billing::retainer<cl::period::monthly>,
                                  cl::agreement::service_contract>;
using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods,
                                 cl::billing::per_transaction>;
using accounts = cl::registry<cl::named<"retainer", retainer>, cl::named<"walk_in", walk_in>>;

inline constexpr auto invoicing_period = [](auto type) {
  using R = typename decltype(type)::type;
  if constexpr (cl::PeriodicBilling<R>) {
    return cl::billing_period_v<R>;
  } else {
    return 0;
  }
};

int main() {
  const auto period = accounts::dispatch("walk_in", invoicing_period);  // FAILS
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// registry::dispatch given a function that takes periodic billing only,
// while one registered type is paid per transaction.
// EXPECT: this function cannot be called with the type of the entry this error names
// EXPECT: dispatch_function_is_not_callable_with<clientele::named<.*clientele::billing::per_transaction>
#include <clientele/clientele.hpp>

#include <type_traits>

namespace cl = clientele;
using retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                  cl::billing::retainer<cl::period::monthly>,
                                  cl::agreement::service_contract>;
using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods,
                                 cl::billing::per_transaction>;
using accounts = cl::registry<cl::named<"retainer", retainer>, cl::named<"walk_in", walk_in>>;

struct invoicing_period {
  template <cl::PeriodicBilling R>
  cl::billing_period operator()(std::type_identity<R>) const {
    return cl::billing_period_v<R>;
  }
};

int main() {
  const auto period = accounts::dispatch("retainer", invoicing_period{});  // FAILS
}

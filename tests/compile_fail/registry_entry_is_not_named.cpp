// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A registry given a relationship type without the name it is stored under.
// EXPECT: every registry entry must be clientele::named<
// EXPECT: registry_entry_is_not_named<clientele::relationship<
#include <clientele/clientele.hpp>

namespace cl = clientele;
using retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                  cl::billing::retainer<cl::period::monthly>,
                                  cl::agreement::service_contract>;
using accounts = cl::registry<cl::customer, cl::named<"retainer", retainer>>;
constexpr auto where = accounts::find("retainer");  // FAILS

int main() {}

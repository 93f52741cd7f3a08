// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The invoice dates of a relationship billed per transaction, which has none.
// EXPECT: invoice_dates<R> needs a relationship billed every period
// EXPECT: invoice_dates_need_periodic_billing<
#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>

namespace cl = clientele;
using namespace std::chrono_literals;
using shop = cl::relationship<cl::duration::one_time, cl::billing::per_transaction>;
constexpr auto probe = cl::invoice_dates<shop>(2026y / std::chrono::March / 1);  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A newcomer's program: a relationship whose support policy is invalid, then
// used as a program would use it (its support terms and a deadline, its
// invoices, its profile, two queries). The policy's diagnostic is the one
// error: no use of the relationship adds its own, none says a dimension is
// unspecified.
// EXPECT: support_policy_business_time_without_hours<night_desk>
// ERRORS: 1
#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <chrono>

namespace cl = clientele;
using namespace std::chrono_literals;
struct night_desk final
    : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = cl::channel::email,
      .first_response = {cl::business_time(1h), cl::business_time(2h), cl::business_time(4h),
                         cl::business_time(8h)}};
};
using R = cl::relationship<cl::duration::ongoing, cl::agreement::service_contract,
                           cl::billing::recurring<cl::period::monthly>, night_desk>;

int main() {
  constexpr cl::support_terms t = cl::support_terms_v<R>;  // FAILS
  const auto due = cl::first_response_due(t, cl::priority::urgent, std::chrono::sys_seconds{});  // FAILS
  const auto invoices = cl::invoice_dates<R>(2024y / 1 / 1);  // FAILS
  const cl::profile p = cl::profile_of<R>;  // FAILS
  constexpr cl::support_tier tier = cl::support_tier_v<R>;  // FAILS
  constexpr cl::billing_mode mode = cl::billing_mode_v<R>;  // FAILS
  return due.has_value() && invoices.empty() && p == cl::profile{} &&  // FAILS
                 tier == cl::support_tier::support_desk && mode == cl::billing_mode::recurring  // FAILS
             ? 0  // FAILS
             : 1;  // FAILS
}

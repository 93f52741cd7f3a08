// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A support policy whose targets count business time, with no opening
// hours: one error, however often the relationship is used afterwards.
// EXPECT: support_policy_business_time_without_hours<night_desk>
// EXPECT: targets count business time, but its terms declare no opening hours
// ERRORS: 1
#include <clientele/clientele.hpp>
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
using R = cl::relationship<cl::duration::ongoing, night_desk>;
constexpr auto probe = sizeof(R);  // FAILS
constexpr cl::support_terms terms = cl::support_terms_v<R>;  // FAILS
constexpr auto tier = cl::support_tier_v<R>;  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Terms stated on the library's own policies, at run time: real offerings
// declared with the library's policies alone, their profiles written and
// read back, a priority with no target in the text form, and the registry
// keys of stated terms.

#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <ranges>
#include <string>

namespace cl = clientele;
using namespace std::chrono_literals;

namespace {

// Stripe: a monthly price with a 14-day trial and a setup fee.
using stripe_plan = cl::billing::recurring<
    cl::period::monthly, cl::billing::terms{.trial = cl::free_trial::days(14),
                                            .charges = {cl::charge_kind::setup}}>;
// Kill Bill: billed every thirty days, in arrears, for a fixed term of 12 that expires.
using thirty_days_in_arrears = cl::billing::recurring<
    cl::period::thirty_days,
    cl::billing::terms{.timing = cl::invoice_timing::in_arrears,
                       .term = cl::contract_term::fixed(12, cl::term_end::expire)}>;
// Zendesk-like: a support desk that commits to urgent and high tickets only.
using two_priority_desk = cl::support::support_desk::with<cl::support::terms{
    .first_response = {.urgent = cl::calendar_time(1h), .high = cl::business_time(8h)}}>;

using saas = cl::relationship<cl::duration::ongoing, cl::offering::standard_service, stripe_plan,
                              two_priority_desk, cl::agreement::terms_of_sale>;
using hosting = cl::relationship<cl::duration::ongoing, thirty_days_in_arrears,
                                 cl::agreement::service_contract>;

}  // namespace

TEST_CASE("terms stated on the library's policies reach the profile and its text",
          "[terms][stated]") {
  const cl::profile p = cl::profile_of<saas>;
  CHECK(cl::validate(p).empty());
  const std::string text = cl::to_string(p);
  CHECK(text.find("trial=14_days") != std::string::npos);
  CHECK(text.find("charges=setup") != std::string::npos);
  CHECK(text.find("first_response=urgent:1h:calendar+high:8h:business+normal:none+low:none") !=
        std::string::npos);
  // The tier's channels are kept: the profile does not name them.
  CHECK(text.find("channels=") == std::string::npos);
  const cl::parse_result back = cl::parse_profile(text);
  REQUIRE(back);
  CHECK(*back == p);
  CHECK(std::hash<cl::profile>{}(*back) == std::hash<cl::profile>{}(p));
  CHECK(cl::support_terms_from(*back) == cl::support_terms_v<saas>);
  CHECK(cl::billing_terms_from(*back) == cl::billing_terms_v<saas>);
}

TEST_CASE("a priority with no target is stated, written as none, and has no deadline",
          "[terms][stated][deadlines]") {
  const cl::parse_result p = cl::parse_profile(
      "{support=support_desk, first_response=urgent:30m:calendar+high:none+normal:none+low:none}");
  REQUIRE(p);
  CHECK(cl::validate(*p).empty());
  const cl::support_terms t = cl::support_terms_from(*p);
  CHECK(t.first_response.high == cl::response_target::none());
  CHECK(cl::to_string(*p) ==
        "{support=support_desk, first_response=urgent:30m:calendar+high:none+normal:none+low:none}");
  const std::chrono::sys_seconds created{std::chrono::sys_days{2026y / std::chrono::March / 2}};
  const auto due = cl::first_response_due(t, cl::priority::high, created);
  REQUIRE_FALSE(due);
  CHECK(due.error() == cl::deadline_error::no_target);
  CHECK(std::string{cl::explain(due.error())}.find("no target") != std::string::npos);
  CHECK(*cl::first_response_due(t, cl::priority::urgent, created) == created + 30min);
  // A time on no clock is a mistake, not "no target": refused, and written as it is.
  const cl::parse_result odd = cl::parse_profile(
      "{support=support_desk, first_response=urgent:1h:none+high:none+normal:none+low:none}");
  REQUIRE(odd);
  CHECK_FALSE(cl::validate(*odd).empty());
  CHECK(cl::to_string(*odd).find("urgent:1h:none") != std::string::npos);
  // A zero target is still refused.
  const cl::parse_result zero = cl::parse_profile(
      "{support=support_desk, first_response=urgent:0s:calendar+high:none+normal:none+low:none}");
  REQUIRE(zero);
  REQUIRE(cl::validate(*zero).size() == 1);
  CHECK(cl::validate(*zero)[0].rule == cl::consistency_rule::first_response_targets_positive);
}

TEST_CASE("a relationship type's stated terms give its schedule", "[terms][stated][invoices]") {
  const std::chrono::year_month_day start = 2026y / std::chrono::January / 1;
  const cl::invoice_schedule s = cl::invoice_dates<hosting>(start);
  CHECK(std::ranges::distance(s) == 12);
  CHECK(s.front() == 2026y / std::chrono::January / 31);
  const cl::invoice_schedule from_profile = cl::invoice_dates(cl::profile_of<hosting>, start);
  CHECK(std::ranges::equal(s, from_profile));
  CHECK(cl::invoice_dates<saas>(start).front() == 2026y / std::chrono::January / 15);
}

namespace {

// Plans whose vendors state only terms, declared with the library's policies alone.
// AWS Support, Business plan: every priority around the clock, by email, chat and phone.
using aws_business = cl::support::support_desk::with<cl::support::terms{
    .channels = cl::channel::email | cl::channel::chat | cl::channel::phone,
    .first_response = {.urgent = cl::calendar_time(1h),
                       .high = cl::calendar_time(4h),
                       .normal = cl::calendar_time(12h),
                       .low = cl::calendar_time(24h)}}>;
// GitLab Priority support: emergencies around the clock, the rest in business hours.
using gitlab_priority = cl::support::dedicated_team::with<cl::support::terms{
    .first_response = {.urgent = cl::calendar_time(30min),
                       .high = cl::business_time(4h),
                       .normal = cl::business_time(8h),
                       .low = cl::business_time(24h)},
    .hours = cl::weekly_hours::weekdays(9h, 17h)}>;
// Kill Bill pistol-monthly: a 30-day trial, then monthly. Odoo: billed on the 1st, in arrears.
using pistol_monthly =
    cl::billing::recurring<cl::period::monthly, cl::billing::terms{.trial = cl::free_trial::days(30)}>;
using odoo_monthly = cl::billing::recurring<
    cl::period::monthly, cl::billing::terms{.timing = cl::invoice_timing::in_arrears,
                                            .anchor = cl::billing_anchor::cycle_day(1)}>;
// A one-off purchase with a setup fee.
using setup_then_pay = cl::billing::per_transaction::with<cl::billing::terms{
    .charges = {cl::charge_kind::setup}}>;

template <class R>
void round_trips() {
  const cl::profile p = cl::profile_of<R>;
  CHECK(cl::validate(p).empty());
  const cl::parse_result back = cl::parse_profile(cl::to_string(p));
  REQUIRE(back);
  CHECK(*back == p);
}

}  // namespace

TEST_CASE("real plans declared with the library's policies alone", "[terms][stated][plans]") {
  using aws = cl::relationship<cl::duration::ongoing, aws_business, pistol_monthly,
                               cl::agreement::terms_of_sale>;
  using gitlab = cl::relationship<cl::duration::ongoing, gitlab_priority, odoo_monthly,
                                  cl::agreement::service_contract>;
  using shop = cl::relationship<cl::duration::one_time, setup_then_pay, cl::support::self_service>;
  round_trips<aws>();
  round_trips<gitlab>();
  round_trips<shop>();

  const std::chrono::sys_seconds friday_1630{
      std::chrono::sys_days{2026y / std::chrono::March / 6} + 16h + 30min};
  CHECK(*cl::first_response_due(cl::support_terms_v<aws>, cl::priority::normal, friday_1630) ==
        friday_1630 + 12h);
  CHECK(cl::support_terms_v<aws>.contact ==
        cl::support_terms_for(cl::support_tier::support_desk).contact);
  // Half an hour of Friday's hours are left; three and a half hours on Monday.
  CHECK(*cl::first_response_due(cl::support_terms_v<gitlab>, cl::priority::high, friday_1630) ==
        std::chrono::sys_days{2026y / std::chrono::March / 9} + 12h + 30min);
  CHECK(cl::support_terms_v<gitlab>.channels == cl::channel_set::all());

  CHECK(cl::invoice_dates<aws>(2026y / std::chrono::March / 1).front() ==
        2026y / std::chrono::March / 31);
  // In arrears on the 1st: the stub from 10 March is invoiced on 1 April.
  CHECK(cl::invoice_dates<gitlab>(2026y / std::chrono::March / 10).front() ==
        2026y / std::chrono::April / 1);
  CHECK(cl::billing_terms_v<shop>.charges.contains(cl::charge_kind::setup));
}

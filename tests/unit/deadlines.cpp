// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// First-response deadlines on UTC and fixed-offset calendars: the cases
// helpdesks agree on, errors, time remaining, lateness, batches, the
// library's tiers and an application's own.

#include <clientele/models/archetypes.hpp>
#include <clientele/models/presets.hpp>
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

sys_seconds utc(year_month_day d, seconds time_of_day = 0s) {
  return sys_days{d} + time_of_day;
}

std::string show(sys_seconds t) {
  const sys_days day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{t - day};
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u %02lld:%02lld:%02lld",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<long long>(hms.hours().count()),
                static_cast<long long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return text;
}

std::string show(const cl::deadline_result<sys_seconds>& r) {
  return r ? show(*r) : "error: " + std::string{cl::name_of(r.error())};
}

// Terms whose every priority has the same business-time target on `calendar`.
cl::support_terms business(seconds target, const cl::business_calendar& calendar) {
  const cl::response_target t = cl::business_time(target);
  return cl::support_terms{.first_response = {t, t, t, t}, .calendar = calendar};
}

std::string due(seconds target, const cl::business_calendar& calendar, sys_seconds created) {
  return show(cl::first_response_due(business(target, calendar), cl::priority::normal, created));
}

const cl::business_calendar office{.hours = cl::weekly_hours::weekdays(9h, 17h)};

// 2026-03-02 is a Monday; 2026-03-06 a Friday.
constexpr year_month_day monday = 2026y / March / 2;
constexpr year_month_day tuesday = 2026y / March / 3;
constexpr year_month_day wednesday = 2026y / March / 4;
constexpr year_month_day friday = 2026y / March / 6;
constexpr year_month_day saturday = 2026y / March / 7;
constexpr year_month_day sunday = 2026y / March / 8;

}  // namespace

TEST_CASE("deadlines: a business target starts at the first open moment and skips closed time",
          "[deadlines]") {
  // Friday 16:30 with one business hour: half an hour on Friday, half on Monday.
  CHECK(due(1h, office, utc(friday, 16h + 30min)) == "2026-03-09 09:30:00");
  // Opened at opening time: the clock starts at once.
  CHECK(due(1h, office, utc(monday, 9h)) == "2026-03-02 10:00:00");
  // Opened before opening time: the clock starts at opening.
  CHECK(due(30min, office, utc(monday, 7h)) == "2026-03-02 09:30:00");
  // Opened at closing time: nothing is left that day.
  CHECK(due(1h, office, utc(monday, 17h)) == "2026-03-03 10:00:00");
  // Opened at the weekend: Monday morning.
  CHECK(due(1h, office, utc(saturday, 12h)) == "2026-03-09 10:00:00");
  CHECK(due(1h, office, utc(sunday, 23h + 59min + 59s)) == "2026-03-09 10:00:00");
  // Several days of business time.
  CHECK(due(16h, office, utc(wednesday, 13h)) == "2026-03-06 13:00:00");
  CHECK(due(40h, office, utc(wednesday, 13h)) == "2026-03-11 13:00:00");
}

TEST_CASE("deadlines: a target that runs out at closing time is due at closing time",
          "[deadlines]") {
  CHECK(due(2h, office, utc(monday, 15h)) == "2026-03-02 17:00:00");
  CHECK(due(8h, office, utc(monday, 9h)) == "2026-03-02 17:00:00");
  CHECK(due(8h, office, utc(monday, 6h)) == "2026-03-02 17:00:00");
  // One second more is the next morning's first second.
  CHECK(due(8h + 1s, office, utc(monday, 9h)) == "2026-03-03 09:00:01");
  // A week's worth from Monday's opening ends at Friday's closing.
  CHECK(due(40h, office, utc(monday, 9h)) == "2026-03-06 17:00:00");
  CHECK(due(40h, office, utc(saturday, 9h)) == "2026-03-13 17:00:00");
}

TEST_CASE("deadlines: second precision", "[deadlines]") {
  CHECK(due(59s, office, utc(monday, 9h + 7s)) == "2026-03-02 09:01:06");
  CHECK(due(90s, office, utc(monday, 16h + 59min + 30s)) == "2026-03-03 09:01:00");
  CHECK(due(1s, office, utc(monday, 16h + 59min + 59s)) == "2026-03-02 17:00:00");
  CHECK(due(1s, office, utc(monday, 17h)) == "2026-03-03 09:00:01");
}

TEST_CASE("deadlines: holidays close the whole local day", "[deadlines]") {
  cl::business_calendar c = office;
  c.holidays.add(2026y / March / 9);  // the next Monday
  CHECK(due(1h, c, utc(friday, 16h + 30min)) == "2026-03-10 09:30:00");
  // Opened on the holiday itself.
  CHECK(due(1h, c, utc(2026y / March / 9, 10h)) == "2026-03-10 10:00:00");
  // Christmas 2025: Wednesday 24 to Friday 26 closed.
  const cl::business_calendar christmas{
      .hours = office.hours,
      .holidays = {2025y / December / 24, 2025y / December / 25, 2025y / December / 26}};
  CHECK(due(2h, christmas, utc(2025y / December / 23, 16h)) == "2025-12-29 10:00:00");
  CHECK(due(9h, christmas, utc(2025y / December / 22, 9h)) == "2025-12-23 10:00:00");
  // A holiday on a closed day changes nothing.
  cl::business_calendar weekend_holiday = office;
  weekend_holiday.holidays.add(2026y / March / 7);
  CHECK(due(1h, weekend_holiday, utc(friday, 16h + 30min)) == "2026-03-09 09:30:00");
}

TEST_CASE("deadlines: several intervals a day and 24:00 ends", "[deadlines]") {
  // Monday: a morning, an afternoon, and an evening shift to midnight that
  // goes on after midnight on Tuesday.
  const cl::business_calendar shifts{.hours = cl::weekly_hours{}
                                                  .with(Monday, 8h, 12h)
                                                  .with(Monday, 13h, 17h)
                                                  .with(Monday, 20h, 24h)
                                                  .with(Tuesday, 0h, 2h)};
  CHECK(due(1h, shifts, utc(monday, 11h + 30min)) == "2026-03-02 13:30:00");
  CHECK(due(1h, shifts, utc(monday, 12h + 15min)) == "2026-03-02 14:00:00");
  CHECK(due(1h, shifts, utc(monday, 16h + 30min)) == "2026-03-02 20:30:00");
  // Running out at 24:00 is due at midnight, the closing time.
  CHECK(due(1h, shifts, utc(monday, 23h)) == "2026-03-03 00:00:00");
  // Monday 24:00 and Tuesday 00:00 are the same moment: no gap between them.
  CHECK(due(1h, shifts, utc(monday, 23h + 30min)) == "2026-03-03 00:30:00");
  CHECK(due(3h, shifts, utc(monday, 23h)) == "2026-03-03 02:00:00");
  // After Tuesday 02:00 the next open time is the next Monday.
  CHECK(due(3h + 1min, shifts, utc(monday, 23h)) == "2026-03-09 08:01:00");
  CHECK(shifts.hours.open_per_week() == 14h);
}

TEST_CASE("deadlines: fixed-offset calendars follow local wall-clock hours", "[deadlines]") {
  // An office in UTC+05:30: 09:00-17:00 local is 03:30-11:30 UTC.
  const cl::business_calendar east{.hours = office.hours, .zone = cl::time_zone::fixed(5h + 30min)};
  CHECK(due(1h, east, utc(friday, 11h)) ==
        "2026-03-09 04:00:00");  // Fri 16:30 local -> Mon 09:30 local
  // An office in UTC-08:00: Friday 23:00 UTC is Friday 15:00 local.
  const cl::business_calendar west{.hours = office.hours, .zone = cl::time_zone::fixed(-8h)};
  CHECK(due(4h, west, utc(friday, 23h)) == "2026-03-09 19:00:00");  // Mon 11:00 local
  // A holiday is a local date: Monday 9 March local.
  cl::business_calendar west_holiday = west;
  west_holiday.holidays.add(2026y / March / 9);
  CHECK(due(4h, west_holiday, utc(friday, 23h)) == "2026-03-10 19:00:00");
  // Saturday 06:00 UTC is still Friday 22:00 in UTC-08:00: closed until
  // Monday 09:00 local, 17:00 UTC.
  CHECK(due(1h, west, utc(saturday, 6h)) == "2026-03-09 18:00:00");
}

TEST_CASE("deadlines: a calendar clock is plain elapsed time", "[deadlines]") {
  const cl::support_terms terms{.first_response = {.urgent = cl::calendar_time(1h),
                                                   .high = cl::calendar_time(15min),
                                                   .normal = cl::calendar_time(24h),
                                                   .low = cl::calendar_time(90s)}};
  // No hours are needed for calendar-clock targets.
  CHECK(show(cl::first_response_due(terms, cl::priority::urgent, utc(saturday, 3h))) ==
        "2026-03-07 04:00:00");
  CHECK(show(cl::first_response_due(terms, cl::priority::high, utc(sunday, 23h + 50min))) ==
        "2026-03-09 00:05:00");
  CHECK(show(cl::first_response_due(terms, cl::priority::normal,
                                    utc(2028y / February / 28, 12h))) == "2028-02-29 12:00:00");
  CHECK(show(cl::first_response_due(terms, cl::priority::low, utc(monday, 9h + 59s))) ==
        "2026-03-02 09:02:29");
}

TEST_CASE("deadlines: a business clock around the clock is the calendar clock", "[deadlines]") {
  const cl::business_calendar always{.hours = cl::weekly_hours::around_the_clock()};
  for (const seconds target : std::initializer_list<seconds>{1s, 59min, 24h, 167h, 169h, 1000h}) {
    CHECK(cl::first_response_due(business(target, always), cl::priority::high,
                                 utc(friday, 16h + 7s)) == utc(friday, 16h + 7s) + target);
  }
}

TEST_CASE("deadlines: long targets skip whole weeks and agree with a day-by-day sum",
          "[deadlines]") {
  cl::business_calendar c = office;
  for (const auto& d : {2026y / April / 3, 2026y / April / 6, 2026y / May / 1, 2026y / May / 14,
                        2026y / May / 25, 2026y / December / 25, 2026y / December / 28}) {
    c.holidays.add(d);
  }
  const sys_seconds from = utc(2026y / March / 2, 11h + 15min);
  for (const seconds target : std::initializer_list<seconds>{41h, 200h, 401h + 1s, 1000h, 1700h}) {
    const auto due_at = cl::add_open_time(c, from, target);
    REQUIRE(due_at.has_value());
    CHECK(cl::open_time_between(c, from, *due_at) == target);
    CHECK(cl::open_time_between(c, from, *due_at - 1s) == target - 1s);
    // Splitting the target in two gives the same instant.
    const auto half = cl::add_open_time(c, from, target / 2);
    REQUIRE(half.has_value());
    CHECK(cl::add_open_time(c, *half, target - target / 2) == *due_at);
  }
  // 1000 business hours from a Monday opening, with no holidays: 25 weeks.
  CHECK(due(1000h, office, utc(monday, 9h)) == "2026-08-21 17:00:00");
  // Exactly two weeks of open time from a weekend ends at the second
  // Friday's closing time, not at the third Monday's opening.
  CHECK(due(80h, office, utc(saturday, 12h)) == "2026-03-20 17:00:00");
  CHECK(due(80h, c, utc(2026y / March / 28, 12h)) == "2026-04-14 17:00:00");
}

TEST_CASE("deadlines: open time between two instants and is_open", "[deadlines]") {
  CHECK(cl::open_time_between(office, utc(friday, 16h), utc(2026y / March / 9, 10h)) ==
        seconds{2h});
  CHECK(cl::open_time_between(office, utc(saturday), utc(2026y / March / 9)) == seconds{0});
  CHECK(cl::open_time_between(office, utc(tuesday), utc(monday)) == seconds{0});
  CHECK(cl::is_open(office, utc(monday, 9h)) == true);
  CHECK(cl::is_open(office, utc(monday, 16h + 59min + 59s)) == true);
  CHECK(cl::is_open(office, utc(monday, 17h)) == false);
  CHECK(cl::is_open(office, utc(saturday, 12h)) == false);
  CHECK(cl::is_open(cl::business_calendar{}, utc(saturday, 12h)) == false);
}

TEST_CASE("deadlines: bad input gives an error value", "[deadlines]") {
  const sys_seconds t = utc(monday, 10h);
  // A business clock over empty hours.
  CHECK(cl::first_response_due(business(1h, cl::business_calendar{}), cl::priority::urgent, t) ==
        cl::deadline_error::no_open_hours);
  CHECK(cl::add_open_time(cl::business_calendar{}, t, 1h) == cl::deadline_error::no_open_hours);
  // A target of zero, or negative.
  CHECK(cl::first_response_due(business(0s, office), cl::priority::urgent, t) ==
        cl::deadline_error::no_target);
  CHECK(cl::first_response_due(business(-1h, office), cl::priority::urgent, t) ==
        cl::deadline_error::no_target);
  CHECK(cl::add_open_time(office, t, 0s) == cl::deadline_error::no_target);
  // A priority or a clock outside their enumerations.
  CHECK(cl::first_response_due(business(1h, office), static_cast<cl::priority>(9), t) ==
        cl::deadline_error::unknown_priority);
  cl::support_terms odd_clock = business(1h, office);
  odd_clock.first_response.low.clock = static_cast<cl::response_clock>(5);
  CHECK(cl::first_response_due(odd_clock, cl::priority::urgent, t) ==
        cl::deadline_error::invalid_target);
  // Hours and holidays that refused part of their declaration.
  cl::business_calendar overlapping = office;
  CHECK_FALSE(overlapping.hours.add(Monday, 16h, 18h));
  CHECK(cl::first_response_due(business(1h, overlapping), cl::priority::urgent, t) ==
        cl::deadline_error::invalid_hours);
  cl::business_calendar full = office;
  for (int i = 0; i < 64; ++i) {
    CHECK(full.holidays.add(year_month_day{sys_days{2030y / January / 1} + days{i}}));
  }
  CHECK_FALSE(full.holidays.add(2031y / January / 1));
  CHECK(cl::first_response_due(business(1h, full), cl::priority::urgent, t) ==
        cl::deadline_error::invalid_holidays);
  CHECK(cl::first_response_due(
            business(1h, cl::business_calendar{.hours = office.hours,
                                               .holidays = {2026y / February / 29}}),
            cl::priority::urgent, t) == cl::deadline_error::invalid_holidays);
  // An offset of a day or more.
  CHECK(cl::first_response_due(
            business(1h, cl::business_calendar{.hours = office.hours,
                                               .zone = cl::time_zone::fixed(-24h)}),
            cl::priority::urgent, t) == cl::deadline_error::invalid_zone);
  // Instants outside the years 1 to 9999.
  CHECK(cl::first_response_due(business(1h, office), cl::priority::urgent,
                               sys_days{0y / December / 31}) == cl::deadline_error::out_of_range);
  CHECK(cl::first_response_due(business(1h, office), cl::priority::urgent, sys_seconds::max()) ==
        cl::deadline_error::out_of_range);
  CHECK(cl::first_response_due(
            cl::support_terms{.first_response = {.urgent = cl::calendar_time(seconds::max())}},
            cl::priority::urgent, t) == cl::deadline_error::out_of_range);
  CHECK(cl::add_open_time(office, t, seconds{std::int64_t{1} << 60}) ==
        cl::deadline_error::out_of_range);
  CHECK(cl::open_time_between(office, sys_seconds::min(), t) == cl::deadline_error::out_of_range);
  // Every error has a name and a sentence.
  for (std::size_t i = 0; i < cl::enum_count_v<cl::deadline_error>; ++i) {
    const auto e = static_cast<cl::deadline_error>(i);
    CHECK_FALSE(cl::name_of(e).empty());
    CHECK_FALSE(cl::explain(e).empty());
  }
  // A result that holds an error reads as T{} and as the fallback.
  const cl::deadline_result<sys_seconds> failed{cl::deadline_error::no_target};
  CHECK(failed.value() == sys_seconds{});
  CHECK(failed.value_or(t) == t);
}

TEST_CASE("deadlines: time remaining and lateness", "[deadlines]") {
  const cl::support_terms terms = business(1h, office);
  const sys_seconds created = utc(friday, 16h + 30min);  // due Monday 09:30
  const auto left = [&](sys_seconds now) {
    return cl::time_remaining(terms, cl::priority::normal, created, now).value();
  };
  const auto late = [&](sys_seconds now) {
    return cl::is_late(terms, cl::priority::normal, created, now).value();
  };
  CHECK(left(created - 1h) == 1h);
  CHECK(left(utc(friday, 16h + 45min)) == 45min);
  CHECK(left(utc(saturday, 10h)) == 30min);  // the clock is stopped at the weekend
  CHECK(left(utc(2026y / March / 9, 9h + 30min)) == 0s);
  CHECK_FALSE(late(utc(2026y / March / 9, 9h + 30min)));  // answered at the due second: on time
  CHECK(left(utc(2026y / March / 9, 9h + 30min + 1s)) == -1s);
  CHECK(late(utc(2026y / March / 9, 9h + 30min + 1s)));
  CHECK(left(utc(2026y / March / 10, 9h + 30min)) == -8h);
  // Due at Friday's closing time: late all weekend, with no business time left.
  const sys_seconds at_four = utc(friday, 16h);
  CHECK(cl::time_remaining(terms, cl::priority::normal, at_four, utc(saturday, 12h)) == 0s);
  CHECK(cl::is_late(terms, cl::priority::normal, at_four, utc(saturday, 12h)) == true);
  // On a calendar clock, remaining time is elapsed time.
  const cl::support_terms calendar{.first_response = {.urgent = cl::calendar_time(15min)}};
  CHECK(cl::time_remaining(calendar, cl::priority::urgent, created, created + 20min) == -5min);
  CHECK(cl::is_late(calendar, cl::priority::urgent, created, created + 15min) == false);
  CHECK(cl::is_late(calendar, cl::priority::high, created, created) ==
        cl::deadline_error::no_target);
}

TEST_CASE("deadlines: the library's tiers", "[deadlines][tiers]") {
  const sys_seconds friday_evening = utc(friday, 18h + 30min);
  // A client relationship has a dedicated team: urgent in 15 minutes, any hour.
  const cl::support_terms& client = cl::support_terms_v<cl::client>;
  CHECK(client.channels == cl::channel_set::all());
  CHECK(client.contact == cl::designated_contact::team);
  CHECK(show(cl::first_response_due(client, cl::priority::urgent, friday_evening)) ==
        "2026-03-06 18:45:00");
  CHECK(show(cl::first_response_due(client, cl::priority::normal, friday_evening)) ==
        "2026-03-09 12:00:00");
  // A customer relationship has a support desk, open 08:00-20:00 on weekdays.
  const cl::support_terms& customer = cl::support_terms_v<cl::customer>;
  CHECK(customer.channels ==
        (cl::channel::email | cl::channel::chat | cl::channel::phone | cl::channel::portal));
  CHECK(show(cl::first_response_due(customer, cl::priority::urgent, friday_evening)) ==
        "2026-03-06 19:30:00");
  CHECK(show(cl::first_response_due(customer, cl::priority::high, friday_evening)) ==
        "2026-03-09 10:30:00");
  CHECK(show(cl::first_response_due(customer, cl::priority::low, friday_evening)) ==
        "2026-03-10 18:30:00");
  // Self service answers portal requests within business days.
  const cl::support_terms& shop = cl::support_terms_v<cl::archetypes::coffee_shop>;
  CHECK(shop.channels == cl::channel::portal);
  CHECK(shop.contact == cl::designated_contact::none);
  CHECK(show(cl::first_response_due(shop, cl::priority::urgent, friday_evening)) ==
        "2026-03-09 17:00:00");
  CHECK(show(cl::first_response_due(shop, cl::priority::low, friday_evening)) ==
        "2026-03-13 17:00:00");
  // The law firm archetype is a client; the supermarket a customer.
  CHECK(cl::support_terms_v<cl::archetypes::law_firm> == client);
  CHECK(cl::support_terms_v<cl::archetypes::supermarket> == customer);
  // A copy moved to the team's own zone and holidays.
  cl::support_terms berlin_desk = customer;
  berlin_desk.calendar.zone = cl::time_zone::fixed(1h);
  berlin_desk.calendar.holidays.add(2026y / March / 9);
  CHECK(show(cl::first_response_due(berlin_desk, cl::priority::high, friday_evening)) ==
        "2026-03-10 10:30:00");
}

namespace {

// An application's own tiers: the ladder of a cloud provider's support plans
// (24 h, 12 h, 4 h, 1 h, 15 min), all on the calendar clock except the
// developer plan, which counts business hours.
constexpr cl::business_calendar provider_hours{.hours = cl::weekly_hours::weekdays(8h, 18h)};

constexpr cl::support_terms developer_plan{.channels = cl::channel::email,
                                           .first_response = {.urgent = cl::business_time(12h),
                                                              .high = cl::business_time(12h),
                                                              .normal = cl::business_time(24h),
                                                              .low = cl::business_time(24h)},
                                           .calendar = provider_hours};

constexpr cl::support_terms business_plan{
    .channels = cl::channel::email | cl::channel::chat | cl::channel::phone,
    .first_response = {.urgent = cl::calendar_time(1h),
                       .high = cl::calendar_time(4h),
                       .normal = cl::calendar_time(12h),
                       .low = cl::calendar_time(24h)}};

constexpr cl::support_terms enterprise_plan{
    .channels = cl::channel::email | cl::channel::chat | cl::channel::phone,
    .first_response = {.urgent = cl::calendar_time(15min),
                       .high = cl::calendar_time(1h),
                       .normal = cl::calendar_time(4h),
                       .low = cl::calendar_time(12h)},
    .contact = cl::designated_contact::technical_account_manager};

// A helpdesk policy in the manner of Zendesk's SLA policies: per priority, a
// target and whether it counts business hours; the schedule has a lunch
// break and the office is in UTC+01:00.
constexpr cl::support_terms helpdesk_policy{
    .channels = cl::channel::email | cl::channel::portal | cl::channel::chat,
    .first_response = {.urgent = cl::calendar_time(30min),
                       .high = cl::business_time(2h),
                       .normal = cl::business_time(8h),
                       .low = cl::business_time(24h)},
    .calendar = {.hours = cl::weekly_hours{}
                              .with(Monday, 9h, 12h + 30min)
                              .with(Monday, 13h + 30min, 18h)
                              .with(Tuesday, 9h, 12h + 30min)
                              .with(Tuesday, 13h + 30min, 18h)
                              .with(Wednesday, 9h, 12h + 30min)
                              .with(Wednesday, 13h + 30min, 18h)
                              .with(Thursday, 9h, 12h + 30min)
                              .with(Thursday, 13h + 30min, 18h)
                              .with(Friday, 9h, 12h + 30min)
                              .with(Friday, 13h + 30min, 17h),
                 .zone = cl::time_zone::fixed(1h),
                 .holidays = {2026y / April / 3, 2026y / April / 6}}};

}  // namespace

TEST_CASE("deadlines: an application's own tiers", "[deadlines][tiers]") {
  STATIC_REQUIRE(cl::check_terms(developer_plan) == cl::deadline_error::none);
  STATIC_REQUIRE(cl::check_terms(helpdesk_policy) == cl::deadline_error::none);
  STATIC_REQUIRE(helpdesk_policy.calendar.hours.open_per_week() == 39h);
  const sys_seconds saturday_night = utc(saturday, 23h);
  CHECK(show(cl::first_response_due(enterprise_plan, cl::priority::urgent, saturday_night)) ==
        "2026-03-07 23:15:00");
  CHECK(show(cl::first_response_due(business_plan, cl::priority::low, saturday_night)) ==
        "2026-03-08 23:00:00");
  CHECK(show(cl::first_response_due(developer_plan, cl::priority::high, saturday_night)) ==
        "2026-03-10 10:00:00");
  CHECK(enterprise_plan.contact == cl::designated_contact::technical_account_manager);
  CHECK(enterprise_plan != business_plan);
  // Helpdesk: a ticket at 11:45 local (10:45 UTC) with two business hours
  // has 45 minutes before lunch and 75 after it: due 14:45 local.
  CHECK(show(cl::first_response_due(helpdesk_policy, cl::priority::high,
                                    utc(monday, 10h + 45min))) == "2026-03-02 13:45:00");
  // Thursday 2 April 16:00 local, eight business hours: two on Thursday;
  // Good Friday and Easter Monday are closed; three and a half on Tuesday
  // morning, two and a half after lunch: Tuesday 7 April 16:00 local.
  CHECK(show(cl::first_response_due(helpdesk_policy, cl::priority::normal,
                                    utc(2026y / April / 2, 15h))) == "2026-04-07 15:00:00");
  CHECK(show(cl::first_response_due(helpdesk_policy, cl::priority::urgent,
                                    utc(2026y / April / 3, 15h))) == "2026-04-03 15:30:00");
}

TEST_CASE("deadlines: a batch of tickets in the order they fall due", "[deadlines][batch]") {
  const cl::support_terms& client = cl::support_terms_v<cl::client>;
  const cl::support_terms& customer = cl::support_terms_v<cl::customer>;
  const cl::support_terms broken = business(1h, cl::business_calendar{});
  const sys_seconds nine = utc(monday, 9h);
  const std::vector<cl::support_ticket> batch{
      {customer, cl::priority::low, nine},           // 11 h Monday, 12 h Tuesday: Wednesday 09:00
      {client, cl::priority::urgent, nine + 10min},  // 09:25
      {broken, cl::priority::urgent, nine},          // error: no open hours
      {customer, cl::priority::urgent,
       nine - 35min},                      // 09:25 too, but opened earlier: same instant
      {client, cl::priority::high, nine},  // 10:00
      {enterprise_plan, cl::priority::urgent, nine + 10min},  // 09:25
      {customer, cl::priority::high, nine},                   // 13:00
  };
  const std::vector<cl::routed_ticket> order = cl::order_by_first_response(batch);
  REQUIRE(order.size() == batch.size());
  std::vector<std::size_t> indices;
  for (const cl::routed_ticket& r : order) {
    indices.push_back(r.index);
  }
  // At 09:25 three tickets, all urgent: in the order of the batch.
  CHECK(indices == std::vector<std::size_t>{1, 3, 5, 4, 6, 0, 2});
  CHECK(show(order[0].due) == "2026-03-02 09:25:00");
  CHECK(show(order[3].due) == "2026-03-02 10:00:00");
  CHECK(show(order[4].due) == "2026-03-02 13:00:00");
  CHECK(show(order[5].due) == "2026-03-04 09:00:00");
  CHECK(order[6].due == cl::deadline_error::no_open_hours);
  // At the same instant, the more urgent priority first.
  const cl::support_terms four_hours = business(4h, office);
  const std::vector<cl::support_ticket> ties{
      {four_hours, cl::priority::low, nine},
      {four_hours, cl::priority::urgent, nine},
      {four_hours, cl::priority::normal, nine},
  };
  const auto tied = cl::order_by_first_response(ties);
  CHECK(tied[0].index == 1);
  CHECK(tied[1].index == 2);
  CHECK(tied[2].index == 0);
  CHECK(cl::order_by_first_response(std::vector<cl::support_ticket>{}).empty());
}

// Where a ticket's clock starts: the first open instant at or after its
// creation, as business-time libraries answer for a zero duration (Zendesk's
// business-time library's `0.business_hours.after(t)`, Zammad's escalation
// start, Request Tracker's business-hours start).
TEST_CASE("deadlines: the first open instant at or after a time", "[deadlines][clock_start]") {
  const auto first = [](const cl::business_calendar& c, sys_seconds t) {
    return show(cl::first_open_instant(c, t));
  };
  // Open: the instant itself, at opening and a second before closing.
  CHECK(first(office, utc(tuesday, 10h)) == "2026-03-03 10:00:00");
  CHECK(first(office, utc(tuesday, 9h)) == "2026-03-03 09:00:00");
  CHECK(first(office, utc(tuesday, 17h - 1s)) == "2026-03-03 16:59:59");
  // Closed: the next opening; at closing time itself the office is closed.
  CHECK(first(office, utc(tuesday, 17h)) == "2026-03-04 09:00:00");
  CHECK(first(office, utc(tuesday, 8h + 59min + 59s)) == "2026-03-03 09:00:00");
  CHECK(first(office, utc(friday, 18h)) == "2026-03-09 09:00:00");
  CHECK(first(office, utc(saturday, 12h)) == "2026-03-09 09:00:00");
  CHECK(first(office, utc(sunday, 23h + 59min + 59s)) == "2026-03-09 09:00:00");
  // A holiday closes the whole local day.
  cl::business_calendar c = office;
  c.holidays.add(2026y / March / 9);
  CHECK(first(c, utc(saturday, 12h)) == "2026-03-10 09:00:00");
  // In a zone: 09:00 in UTC+05:30 is 03:30 UTC.
  const cl::business_calendar east{.hours = office.hours, .zone = cl::time_zone::fixed(5h + 30min)};
  CHECK(first(east, utc(tuesday, 0h)) == "2026-03-03 03:30:00");
  // The same answer as one second of open time, one second earlier.
  for (const sys_seconds t : {utc(monday, 7h), utc(wednesday, 12h), utc(saturday, 1h)}) {
    const auto one = cl::add_open_time(office, t, 1s);
    REQUIRE(one);
    CHECK(*cl::first_open_instant(office, t) == *one - 1s);
  }
  // Errors: a calendar never open, and the edge of the calendar.
  CHECK(first(cl::business_calendar{}, utc(monday)) == "error: no_open_hours");
  CHECK(first(office, utc(9999y / December / 31, 18h)) == "error: out_of_range");
  CHECK(first(office, utc(9999y / December / 31, 16h)) == "9999-12-31 16:00:00");
}

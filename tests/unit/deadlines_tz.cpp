// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Deadlines in named IANA zones (the component clientele::tz): both
// daylight-saving changes of New York and Berlin, hours that begin or end in
// a skipped or a repeated hour, a local day that is 25 hours long, holidays
// as local dates, and the errors of zone lookup.
//
// 2024 changes used below (UTC): New York 10 March 07:00 (EST -> EDT) and
// 3 November 06:00 (EDT -> EST); Berlin 31 March 01:00 (CET -> CEST) and
// 27 October 01:00 (CEST -> CET); Santiago 7 April 03:00 (-03 -> -04: local
// midnight becomes 23:00 of 6 April again).

#if defined(CLIENTELE_TEST_TZ)

#include <clientele/ext/tz.hpp>
#include <clientele/runtime.hpp>
#include <clientele/models/presets.hpp>
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

sys_seconds utc(year_month_day d, seconds time_of_day = 0s) {
  return sys_days{d} + time_of_day;
}

std::string show(const cl::deadline_result<sys_seconds>& r) {
  if (!r) {
    return "error: " + std::string{cl::name_of(r.error())};
  }
  const sys_days day = floor<days>(*r);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{*r - day};
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u %02lld:%02lld:%02lld",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<long long>(hms.hours().count()),
                static_cast<long long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return text;
}

cl::time_zone zone(const char* name) {
  const auto z = cl::tz::locate_zone(name);
  REQUIRE(z.has_value());
  return *z;
}

cl::business_calendar in(const char* name, cl::weekly_hours hours, cl::holiday_list holidays = {}) {
  return cl::business_calendar{.hours = hours, .zone = zone(name), .holidays = holidays};
}

std::string due(seconds target, const cl::business_calendar& c, sys_seconds created) {
  return show(cl::add_open_time(c, created, target));
}

}  // namespace

TEST_CASE("deadlines: zones are found by name, links too, and unknown names are errors",
          "[deadlines][tz]") {
  const cl::time_zone new_york = zone("America/New_York");
  CHECK(new_york.kind() == cl::zone_kind::named);
  CHECK(new_york.name() == "America/New_York");
  CHECK(new_york == zone("America/New_York"));
  CHECK(new_york != zone("Europe/Berlin"));
  CHECK(new_york != cl::time_zone::fixed(-5h));
  CHECK(cl::tz::locate_zone("US/Eastern").has_value());  // a link to America/New_York
  CHECK(cl::tz::locate_zone("UTC").has_value());
  CHECK(cl::tz::locate_zone("Mars/Olympus_Mons") == cl::deadline_error::unknown_zone);
  CHECK(cl::tz::locate_zone("america/new_york") == cl::deadline_error::unknown_zone);
  CHECK(cl::tz::locate_zone("") == cl::deadline_error::unknown_zone);
  CHECK(cl::tz::locate_zone("Europe/Berlin/") == cl::deadline_error::unknown_zone);
  CHECK_FALSE(cl::tz::database_version().empty());
  // An adapter that gives no zone makes an invalid one.
  const cl::time_zone nothing = cl::time_zone::named(cl::detail::database_zone_source, nullptr);
  CHECK_FALSE(nothing.valid());
  CHECK(cl::add_open_time(
            cl::business_calendar{.hours = cl::weekly_hours::around_the_clock(), .zone = nothing},
            utc(2024y / March / 1), 1h) == cl::deadline_error::invalid_zone);
  // The era around an instant.
  const cl::zone_era summer = new_york.era_at(utc(2024y / July / 1));
  CHECK(summer.offset == -4h);
  CHECK(summer.begin == utc(2024y / March / 10, 7h));
  CHECK(summer.end == utc(2024y / November / 3, 6h));
}

TEST_CASE("deadlines: the same local hours are different UTC hours on either side of a change",
          "[deadlines][tz]") {
  const cl::business_calendar office = in("America/New_York", cl::weekly_hours::weekdays(9h, 17h));
  // Friday 16:30 EST with one business hour: Monday 09:30 EDT.
  CHECK(due(1h, office, utc(2024y / March / 8, 21h + 30min)) == "2024-03-11 13:30:00");
  // Friday 16:30 EDT with one business hour: Monday 09:30 EST.
  CHECK(due(1h, office, utc(2024y / November / 1, 20h + 30min)) == "2024-11-04 14:30:00");
  // Open every day: Saturday 16:30 EST, Sunday 09:30 EDT.
  const cl::business_calendar daily = in("America/New_York", cl::weekly_hours::every_day(9h, 17h));
  CHECK(due(1h, daily, utc(2024y / March / 9, 21h + 30min)) == "2024-03-10 13:30:00");
  CHECK(due(1h, daily, utc(2024y / November / 2, 20h + 30min)) == "2024-11-03 14:30:00");
  // Time remaining on Monday morning counts Monday's opening in EDT.
  const cl::support_terms terms{.first_response = {.high = cl::business_time(2h)},
                                .calendar = office};
  const sys_seconds friday_four = utc(2024y / March / 8, 21h);  // 16:00 EST
  CHECK(show(cl::first_response_due(terms, cl::priority::high, friday_four)) ==
        "2024-03-11 14:00:00");
  CHECK(cl::time_remaining(terms, cl::priority::high, friday_four,
                           utc(2024y / March / 11, 13h + 30min)) == 30min);
}

TEST_CASE("deadlines: a skipped hour is never open", "[deadlines][tz]") {
  // 01:00-05:00 on 10 March: 01:00 EST to 05:00 EDT, three hours.
  const cl::business_calendar night = in("America/New_York", cl::weekly_hours::every_day(1h, 5h));
  CHECK(cl::open_time_between(night, utc(2024y / March / 10, 5h), utc(2024y / March / 11, 4h)) ==
        seconds{3h});
  CHECK(cl::open_time_between(night, utc(2024y / March / 9, 5h), utc(2024y / March / 10, 5h)) ==
        seconds{4h});
  CHECK(due(3h, night, utc(2024y / March / 10, 6h)) == "2024-03-10 09:00:00");
  CHECK(due(3h + 30min, night, utc(2024y / March / 10, 6h)) == "2024-03-11 05:30:00");
  // Opening at 02:30, a time that does not exist on 10 March: open from
  // 03:00 EDT, the first time that does.
  const cl::business_calendar late_start =
      in("America/New_York", cl::weekly_hours::every_day(2h + 30min, 4h));
  CHECK(due(1h, late_start, utc(2024y / March / 9, 8h + 30min)) == "2024-03-10 07:30:00");
  CHECK(cl::is_open(late_start, utc(2024y / March / 10, 7h)) == true);           // 03:00 EDT
  CHECK(cl::is_open(late_start, utc(2024y / March / 10, 6h + 59min)) == false);  // 01:59 EST
  // Closing at 02:30: the day closes when the clocks jump, at 02:00 EST.
  const cl::business_calendar early_end =
      in("America/New_York", cl::weekly_hours::every_day(0h, 2h + 30min));
  CHECK(due(2h, early_end, utc(2024y / March / 10, 5h)) == "2024-03-10 07:00:00");
  CHECK(due(2h + 1min, early_end, utc(2024y / March / 10, 5h)) == "2024-03-11 04:01:00");
}

TEST_CASE("deadlines: a repeated hour is open both times the clock shows an open time",
          "[deadlines][tz]") {
  // 01:00-05:00 on 3 November: 01:00 EDT to 05:00 EST, five hours.
  const cl::business_calendar night = in("America/New_York", cl::weekly_hours::every_day(1h, 5h));
  CHECK(cl::open_time_between(night, utc(2024y / November / 3, 4h),
                              utc(2024y / November / 4, 5h)) == seconds{5h});
  CHECK(due(5h, night, utc(2024y / November / 3, 5h)) == "2024-11-03 10:00:00");
  CHECK(due(4h, night, utc(2024y / November / 3, 5h)) == "2024-11-03 09:00:00");
  // Opening at 01:30: open 01:30-02:00 EDT, closed 01:00-01:30 EST (the
  // clock shows a time before opening), open again from 01:30 EST.
  const cl::business_calendar late_start =
      in("America/New_York", cl::weekly_hours::every_day(1h + 30min, 5h));
  CHECK(cl::open_time_between(late_start, utc(2024y / November / 3, 5h),
                              utc(2024y / November / 3, 11h)) == seconds{4h});
  CHECK(due(45min, late_start, utc(2024y / November / 3, 5h + 30min)) == "2024-11-03 06:45:00");
  CHECK(due(10min, late_start, utc(2024y / November / 3, 6h)) == "2024-11-03 06:40:00");
  // Closing at 01:30: open 00:00-01:30 EDT, and again 01:00-01:30 EST.
  const cl::business_calendar early_end =
      in("America/New_York", cl::weekly_hours::every_day(0h, 1h + 30min));
  CHECK(due(1h + 45min, early_end, utc(2024y / November / 3, 4h)) == "2024-11-03 06:15:00");
  CHECK(due(2h, early_end, utc(2024y / November / 3, 4h)) == "2024-11-03 06:30:00");
}

TEST_CASE("deadlines: night shifts across Berlin's changes", "[deadlines][tz]") {
  const cl::business_calendar nights =
      in("Europe/Berlin",
         cl::weekly_hours{}.with(Saturday, 22h, 24h).with(Sunday, 0h, 6h).with(Sunday, 22h, 24h));
  // 30-31 March: 22:00 CET to 06:00 CEST is seven hours.
  CHECK(due(7h, nights, utc(2024y / March / 30, 21h)) == "2024-03-31 04:00:00");
  CHECK(due(7h + 1min, nights, utc(2024y / March / 30, 21h)) == "2024-03-31 20:01:00");
  // 26-27 October: 22:00 CEST to 06:00 CET is nine hours.
  CHECK(due(9h, nights, utc(2024y / October / 26, 20h)) == "2024-10-27 05:00:00");
  CHECK(cl::open_time_between(nights, utc(2024y / October / 26), utc(2024y / October / 28)) ==
        seconds{9h + 2h});
}

TEST_CASE("deadlines: holidays in named zones, and a tier moved to a named zone",
          "[deadlines][tz]") {
  // Berlin office over Easter 2024 (Good Friday 29 March, Easter Monday
  // 1 April), with the change to summer time in between: Thursday 16:30 CET
  // plus one hour is Tuesday 09:30 CEST.
  const cl::business_calendar berlin = in("Europe/Berlin", cl::weekly_hours::weekdays(9h, 17h),
                                          {2024y / March / 29, 2024y / April / 1});
  CHECK(due(1h, berlin, utc(2024y / March / 28, 15h + 30min)) == "2024-04-02 07:30:00");
  // Friday 16:00 CEST plus two hours is Monday 10:00 CET.
  CHECK(due(2h, berlin, utc(2024y / October / 25, 14h)) == "2024-10-28 09:00:00");
  // A holiday is a local date: Friday 3 May in Tokyo starts at 15:00 UTC on
  // Thursday.
  const cl::business_calendar tokyo =
      in("Asia/Tokyo", cl::weekly_hours::weekdays(9h, 17h), {2024y / May / 3});
  CHECK(due(1h, tokyo, utc(2024y / May / 2, 7h + 30min)) == "2024-05-06 00:30:00");
  // The support desk of the customer preset, in New York.
  cl::support_terms desk = cl::support_terms_v<cl::customer>;
  desk.calendar.zone = zone("America/New_York");
  // Friday 19:30 EST, four business hours (08:00-20:00): Monday 11:30 EDT.
  CHECK(show(cl::first_response_due(desk, cl::priority::high,
                                    utc(2024y / March / 9, 0h + 30min))) == "2024-03-11 15:30:00");
}

TEST_CASE("deadlines: a local day of 25 hours", "[deadlines][tz]") {
  // Santiago, 6 April 2024: the hour 23:00-24:00 is shown twice, at -03 and
  // at -04.
  const cl::business_calendar late = in("America/Santiago", cl::weekly_hours::every_day(23h, 24h));
  CHECK(cl::open_time_between(late, utc(2024y / April / 7), utc(2024y / April / 7, 12h)) ==
        seconds{2h});
  CHECK(due(2h, late, utc(2024y / April / 7, 2h)) == "2024-04-07 04:00:00");
  // As a holiday, 6 April is closed both times.
  const cl::business_calendar closed =
      in("America/Santiago", cl::weekly_hours::every_day(23h, 24h), {2024y / April / 6});
  CHECK(due(2h, closed, utc(2024y / April / 7, 2h)) == "2024-04-09 04:00:00");
}

TEST_CASE("deadlines: around the clock in a named zone is the calendar clock", "[deadlines][tz]") {
  const cl::business_calendar always = in("America/New_York", cl::weekly_hours::around_the_clock());
  for (const sys_seconds from : {utc(2024y / March / 9, 17h), utc(2024y / November / 2, 17h)}) {
    CHECK(cl::add_open_time(always, from, 48h) == from + 48h);
    CHECK(cl::open_time_between(always, from, from + 72h) == seconds{72h});
  }
  // Long targets cross both changes of a year.
  const cl::business_calendar office = in("Europe/Berlin", cl::weekly_hours::weekdays(9h, 17h));
  const sys_seconds monday = utc(2024y / January / 8, 8h);  // 09:00 CET
  const auto year_later = cl::add_open_time(office, monday, 52 * 40h);
  CHECK(show(year_later) == "2025-01-03 16:00:00");
  CHECK(cl::open_time_between(office, monday, *year_later) == seconds{52 * 40h});
}

TEST_CASE("deadlines: a helpdesk policy in Berlin", "[deadlines][tz][tiers]") {
  // Per priority a target and whether it counts business hours, as helpdesk
  // SLA policies have it.
  const cl::support_terms policy{
      .channels = cl::channel::email | cl::channel::portal,
      .first_response = {.urgent = cl::calendar_time(1h),
                         .high = cl::business_time(4h),
                         .normal = cl::business_time(8h),
                         .low = cl::business_time(16h)},
      .calendar = in("Europe/Berlin", cl::weekly_hours::weekdays(8h, 17h),
                     {2024y / December / 24, 2024y / December / 25, 2024y / December / 26})};
  const sys_seconds monday_evening = utc(2024y / December / 23, 15h);  // 16:00 CET
  CHECK(show(cl::first_response_due(policy, cl::priority::urgent, monday_evening)) ==
        "2024-12-23 16:00:00");
  CHECK(show(cl::first_response_due(policy, cl::priority::high, monday_evening)) ==
        "2024-12-27 10:00:00");
  CHECK(show(cl::first_response_due(policy, cl::priority::low, monday_evening)) ==
        "2024-12-30 13:00:00");
}


TEST_CASE("terms stored with a zone's name are resolved before deadlines", "[deadlines][tz][terms]") {
  // A profile's text holds the zone by name; its terms compute nothing until
  // the zone's rules are read.
  const cl::parse_result p = cl::parse_profile(
      "{support=support_desk, first_response=urgent:1h:calendar+high:4h:business+"
      "normal:8h:business+low:16h:business, hours=mon-fri/08:00-17:00, zone=Europe/Berlin, "
      "holidays=2024-12-24+2024-12-25+2024-12-26}");
  REQUIRE(p);
  const cl::support_terms stored = cl::support_terms_from(*p);
  const sys_seconds monday_evening = utc(2024y / December / 23, 15h);  // 16:00 CET
  CHECK(cl::first_response_due(stored, cl::priority::high, monday_evening).error() ==
        cl::deadline_error::unresolved_zone);
  const cl::deadline_result<cl::support_terms> resolved = cl::tz::resolve(stored);
  REQUIRE(resolved.has_value());
  CHECK(*resolved == stored);  // the same terms, now with the zone's rules
  CHECK(show(cl::first_response_due(*resolved, cl::priority::high, monday_evening)) ==
        "2024-12-27 10:00:00");
  // Old names are kept as asked; unknown names are an error of their own.
  CHECK(cl::tz::resolve(cl::time_zone::named("US/Eastern"))->name() == "US/Eastern");
  CHECK(cl::tz::resolve(cl::time_zone::named("Mars/Olympus_Mons")).error() ==
        cl::deadline_error::unknown_zone);
  CHECK(cl::tz::resolve(cl::time_zone::fixed(2h)) == cl::time_zone::fixed(2h));
}

TEST_CASE("tz::validate reports a zone the database does not have", "[deadlines][tz][validate]") {
  const auto rules_of = [](std::string_view text) {
    const cl::parse_result p = cl::parse_profile(text);
    REQUIRE(p);
    std::vector<cl::consistency_rule> out;
    for (const cl::violation& v : cl::tz::validate(*p)) {
      out.push_back(v.rule);
    }
    return out;
  };
  using v = std::vector<cl::consistency_rule>;
  CHECK(rules_of("{support=support_desk, zone=Europe/Berlin}").empty());
  CHECK(rules_of("{support=support_desk, zone=US/Eastern}").empty());
  CHECK(rules_of("{support=support_desk, zone=+05:30}").empty());
  CHECK(rules_of("{support=support_desk, zone=Mars/Olympus_Mons}") ==
        v{cl::consistency_rule::business_calendar_zone_known});
  CHECK(rules_of("{support=support_desk, zone=Mars/Olympus_Mons, hours=closed}") ==
        v{cl::consistency_rule::business_clock_requires_open_hours,
          cl::consistency_rule::business_calendar_zone_known});
  // The core cannot judge the name: it reports nothing of it.
  const cl::parse_result p = cl::parse_profile("{support=support_desk, zone=Mars/Olympus_Mons}");
  REQUIRE(p);
  CHECK(cl::validate(*p).empty());
  const std::vector<cl::violation> found = cl::tz::validate(*p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == cl::message_of(cl::consistency_rule::business_calendar_zone_known));
  CHECK(found[0].message.find("names a time zone that the time-zone database does not have") !=
        std::string_view::npos);
}

TEST_CASE("the host's zone is asked for through the API, never named in stored text",
          "[deadlines][tz][zones]") {
  // The name of the host's setting is refused wherever a zone is named.
  CHECK(cl::tz::locate_zone("localtime") == cl::deadline_error::unknown_zone);
  CHECK(cl::tz::locate_zone("posixrules") == cl::deadline_error::unknown_zone);
  CHECK(cl::tz::resolve(cl::time_zone::named("localtime")) == cl::deadline_error::invalid_zone);
  CHECK_FALSE(cl::parse_profile("{support=support_desk, zone=localtime}"));
  // The host's zone comes under its name in the database, and that name is
  // what stored text holds.
  const cl::deadline_result<cl::time_zone> host = cl::tz::current_zone();
  if (host) {
    CHECK(host->valid());
    CHECK(host->resolved());
    CHECK(host->name() != "localtime");
    CHECK(cl::tz::locate_zone(host->name()));
    cl::profile p = *cl::parse_profile("{support=support_desk}");
    cl::get<cl::terms::zone>(p) = *host;
    const cl::parse_result back = cl::parse_profile(cl::to_string(p));
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(cl::tz::validate(*back).empty());
  } else {
    CHECK((host.error() == cl::deadline_error::unknown_zone ||
           host.error() == cl::deadline_error::no_zone_database));
  }
}

#endif

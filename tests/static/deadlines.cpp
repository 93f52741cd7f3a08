// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the deadline engine: its value types are regular and
// constexpr, and deadlines on UTC and fixed-offset calendars are constant
// expressions.

#include <clientele/models/archetypes.hpp>
#include <clientele/models/presets.hpp>
#include <clientele/support/deadlines.hpp>

#include <chrono>
#include <concepts>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// An instant written as a UTC date and time.
constexpr sys_seconds utc(year_month_day d, seconds time_of_day = 0s) {
  return sys_days{d} + time_of_day;
}

constexpr cl::business_calendar office{.hours = cl::weekly_hours::weekdays(9h, 17h)};

constexpr cl::support_terms one_hour_business{.first_response = {.urgent = cl::business_time(1h),
                                                                 .high = cl::business_time(8h),
                                                                 .normal = cl::calendar_time(1h),
                                                                 .low = cl::business_time(0s)},
                                              .calendar = office};

}  // namespace

// --- value types -------------------------------------------------------------------
static_assert(std::regular<cl::channel_set>);
static_assert(std::regular<cl::response_target>);
static_assert(std::regular<cl::first_response_targets>);
static_assert(std::regular<cl::weekly_hours>);
static_assert(std::regular<cl::holiday_list>);
static_assert(std::regular<cl::time_zone>);
static_assert(std::regular<cl::business_calendar>);
static_assert(std::regular<cl::support_terms>);
static_assert(std::regular<cl::deadline_result<sys_seconds>>);
static_assert(std::is_trivially_copyable_v<cl::support_terms>);

// --- channels ------------------------------------------------------------------------
static_assert((cl::channel::email | cl::channel::chat).size() == 2);
static_assert((cl::channel::email | cl::channel::chat).contains(cl::channel::chat));
static_assert(!(cl::channel::email | cl::channel::chat).contains(cl::channel::phone));
static_assert(cl::channel_set::all().size() == 5);
static_assert(cl::channel_set{cl::channel::portal, cl::channel::portal} == cl::channel::portal);
static_assert(!cl::channel_set{static_cast<cl::channel>(7)}.contains(static_cast<cl::channel>(7)));
static_assert(cl::channel_set{static_cast<cl::channel>(9)}.empty());
static_assert(cl::channel_set::all().erase(cl::channel::in_person).size() == 4);
static_assert(cl::name_of(cl::channel::in_person) == "in_person");
static_assert(cl::name_of(cl::priority::urgent) == "urgent");
static_assert(cl::name_of(cl::designated_contact::technical_account_manager) ==
              "technical_account_manager");
static_assert(cl::name_of(cl::deadline_error::no_open_hours) == "no_open_hours");
static_assert(cl::enum_count_v<cl::deadline_error> == 12);

// --- weekly hours ------------------------------------------------------------------------
static_assert(office.hours.open_per_week() == 40h);
static_assert(cl::weekly_hours::around_the_clock().open_per_week() == 168h);
static_assert(cl::weekly_hours{}.empty() && cl::weekly_hours{}.valid());
static_assert(cl::weekly_hours{}.with(Monday, 13h, 17h).with(Monday, 9h, 12h).on(Monday)[0] ==
              cl::open_interval{cl::day_seconds{9 * 3600}, cl::day_seconds{12 * 3600}});
static_assert(cl::weekly_hours{}.with(Monday, 9h, 12h).with(Monday, 12h, 17h).valid());
static_assert(!cl::weekly_hours{}.with(Monday, 9h, 12h).with(Monday, 11h, 17h).valid());  // overlap
static_assert(!cl::weekly_hours{}.with(Monday, 17h, 9h).valid());      // reversed
static_assert(!cl::weekly_hours{}.with(Monday, 9h, 9h).valid());       // empty
static_assert(!cl::weekly_hours{}.with(Monday, 9h, 25h).valid());      // past 24:00
static_assert(!cl::weekly_hours{}.with(Monday, -1h, 9h).valid());      // before 00:00
static_assert(!cl::weekly_hours{}.with(weekday{8}, 9h, 17h).valid());  // no such day
static_assert(cl::weekly_hours{}.with(Sunday, 22h, 24h).valid());      // 24:00 is an end
static_assert(!cl::weekly_hours{}
                   .with(Monday, 1h, 2h)
                   .with(Monday, 3h, 4h)
                   .with(Monday, 5h, 6h)
                   .with(Monday, 7h, 8h)
                   .with(Monday, 9h, 10h)
                   .valid());  // a fifth interval
static_assert(cl::weekly_hours::weekdays(9h, 17h) != cl::weekly_hours::weekdays(9h, 18h));

// --- holidays ------------------------------------------------------------------------------
static_assert(cl::holiday_list{2026y / December / 25, 2026y / January / 1, 2026y / December / 25}
                  .size() == 2);
static_assert(cl::holiday_list{2026y / December / 25}.contains(2026y / December / 25));
static_assert(cl::holiday_list{2026y / December / 25}[0] == local_days{2026y / December / 25});
static_assert(!cl::holiday_list{2026y / February / 30}.valid());
static_assert(cl::holiday_list{2026y / December / 25} ==
              cl::holiday_list{}.with(2026y / December / 25));

// --- time zones --------------------------------------------------------------------------------
static_assert(cl::time_zone{} == cl::time_zone::utc());
static_assert(cl::time_zone::utc().name() == "UTC");
static_assert(cl::time_zone::fixed(5h + 30min).kind() == cl::zone_kind::fixed_offset);
static_assert(cl::time_zone::fixed(5h + 30min) != cl::time_zone::fixed(5h + 45min));
static_assert(cl::time_zone::fixed(-23h).valid() && !cl::time_zone::fixed(24h).valid());

// --- the peers' vector: Friday 16:30 plus one business hour is Monday 09:30 ----------------
static_assert(cl::first_response_due(one_hour_business, cl::priority::urgent,
                                     utc(2026y / March / 6, 16h + 30min)) ==
              utc(2026y / March / 9, 9h + 30min));
// ... at the same wall-clock times in a fixed-offset zone (UTC-05:00).
static_assert([] {
  cl::support_terms t = one_hour_business;
  t.calendar.zone = cl::time_zone::fixed(-5h);
  return cl::first_response_due(t, cl::priority::urgent, utc(2026y / March / 6, 21h + 30min));
}() == utc(2026y / March / 9, 14h + 30min));
// A target that runs out at closing time is due at closing time.
static_assert(cl::first_response_due(one_hour_business, cl::priority::urgent,
                                     utc(2026y / March / 6, 16h)) == utc(2026y / March / 6, 17h));
// A ticket opened at closing time starts the next open morning.
static_assert(cl::first_response_due(one_hour_business, cl::priority::urgent,
                                     utc(2026y / March / 6, 17h)) == utc(2026y / March / 9, 10h));
// Eight business hours from a Saturday: the whole of Monday.
static_assert(cl::first_response_due(one_hour_business, cl::priority::high,
                                     utc(2026y / March / 7, 12h)) == utc(2026y / March / 9, 17h));
// The calendar clock ignores the calendar.
static_assert(cl::first_response_due(one_hour_business, cl::priority::normal,
                                     utc(2026y / March / 7, 23h + 30min)) ==
              utc(2026y / March / 8, 0h + 30min));
// A holiday on the Monday moves the deadline to Tuesday.
static_assert([] {
  cl::support_terms t = one_hour_business;
  t.calendar.holidays.add(2026y / March / 9);
  return cl::first_response_due(t, cl::priority::urgent, utc(2026y / March / 6, 16h + 30min));
}() == utc(2026y / March / 10, 9h + 30min));
// Long targets skip whole weeks: 400 business hours are ten weeks.
static_assert(cl::add_open_time(office, utc(2026y / March / 9, 9h), 400h) ==
              utc(2026y / May / 15, 17h));
static_assert(cl::open_time_between(office, utc(2026y / March / 9, 9h),
                                    utc(2026y / May / 15, 17h)) == seconds{400h});

// --- errors ---------------------------------------------------------------------------------------
static_assert(cl::first_response_due(one_hour_business, cl::priority::low,
                                     utc(2026y / March / 6)) == cl::deadline_error::no_target);
static_assert(cl::first_response_due(one_hour_business, static_cast<cl::priority>(4),
                                     utc(2026y / March / 6)) ==
              cl::deadline_error::unknown_priority);
static_assert(
    cl::first_response_due(cl::support_terms{.first_response = {.urgent = cl::business_time(1h)}},
                           cl::priority::urgent,
                           utc(2026y / March / 6)) == cl::deadline_error::no_open_hours);
static_assert(cl::first_response_due(one_hour_business, cl::priority::urgent,
                                     sys_days{10000y / January / 1}) ==
              cl::deadline_error::out_of_range);
static_assert(cl::first_response_due(one_hour_business, cl::priority::urgent,
                                     utc(9999y / December / 31, 16h + 30min)) ==
              cl::deadline_error::out_of_range);
static_assert([] {
  cl::support_terms t = one_hour_business;
  t.calendar.zone = cl::time_zone::fixed(25h);
  return cl::first_response_due(t, cl::priority::urgent, utc(2026y / March / 6));
}() == cl::deadline_error::invalid_zone);
static_assert(!cl::deadline_result<sys_seconds>{cl::deadline_error::none}.has_value());

// --- the library's tiers ---------------------------------------------------------------------------
static_assert(cl::support_terms_v<cl::client> ==
              cl::support_terms_for(cl::support_tier::dedicated_team));
static_assert(cl::support_terms_v<cl::customer> ==
              cl::support_terms_for(cl::support_tier::support_desk));
static_assert(cl::support_terms_v<cl::archetypes::coffee_shop> ==
              cl::support_terms_for(cl::support_tier::self_service));
static_assert(cl::support_terms_v<cl::client>.contact == cl::designated_contact::team);
static_assert(cl::support_terms_v<cl::client>.first_response.urgent == cl::calendar_time(15min));
static_assert(cl::support_terms_for(cl::support_tier::self_service).channels ==
              cl::channel::portal);
static_assert(cl::support_terms_for(static_cast<cl::support_tier>(3)) == cl::support_terms{});
static_assert(cl::check_terms(cl::support_terms_for(cl::support_tier::support_desk)) ==
              cl::deadline_error::none);
// A client's urgent ticket is due a quarter of an hour later, whatever the hour.
static_assert(cl::first_response_due(cl::support_terms_v<cl::client>, cl::priority::urgent,
                                     utc(2026y / March / 7, 3h)) ==
              utc(2026y / March / 7, 3h + 15min));

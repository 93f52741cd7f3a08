// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The edges of every run-time value: texts at the limits of their fields read
// back to the same profile; a profile that does not validate never prints as
// one that does; schedule iterators and indexes at and past both ends; the
// last second of the calendar; zones that depend on the host; every fault of
// a support calendar, and error positions inside long values.

#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace cl = clientele;
using namespace std::chrono_literals;
using std::chrono::year_month_day;

namespace {

// The profile a text reads as; the test stops when the text is refused.
cl::profile read(std::string_view text) {
  const cl::parse_result p = cl::parse_profile(text);
  INFO(text);
  if (!p) {
    INFO(p.error().message);
    FAIL("refused");
  }
  return *p;
}

// The rules a profile breaks.
std::vector<cl::consistency_rule> rules_of(const cl::profile& p) {
  std::vector<cl::consistency_rule> out;
  for (const cl::violation& v : cl::validate(p)) {
    out.push_back(v.rule);
  }
  return out;
}

// A profile that does not validate prints as a text that is refused, or
// that reads back as a profile that does not validate either.
void never_printed_as_valid(const cl::profile& p) {
  const std::string text = cl::to_string(p);
  INFO(text);
  REQUIRE_FALSE(cl::validate(p).empty());
  const cl::parse_result back = cl::parse_profile(text);
  if (back) {
    CHECK(*back == p);
    CHECK(rules_of(*back) == rules_of(p));
  }
}

void round_trips(const cl::profile& p) {
  const std::string text = cl::to_string(p);
  INFO(text);
  const cl::parse_result back = cl::parse_profile(text);
  REQUIRE(back);
  CHECK(*back == p);
  CHECK(cl::to_string(*back) == text);
  CHECK(std::hash<cl::profile>{}(*back) == std::hash<cl::profile>{}(p));
}

constexpr std::string_view other_targets = "+high:1h:calendar+normal:1h:calendar+low:1h:calendar";

std::string support_with_urgent(std::string_view urgent) {
  return "{support=support_desk, first_response=urgent:" + std::string{urgent} +
         std::string{other_targets} + "}";
}

}  // namespace

// --- 1. every accepted text reads back --------------------------------------------------

TEST_CASE("edges: a target's length at its limit reads back, one past it is refused",
          "[edges][text]") {
  const cl::profile longest = read(support_with_urgent("9999999d23h59m59s:calendar"));
  round_trips(longest);
  CHECK(cl::support_terms_from(longest).first_response.urgent.time ==
        cl::response_target::max_time);
  // The audit's text: the parts add up to ten million days, which no text names.
  for (const std::string_view urgent :
       {"9999999d24h:calendar", "9999999d23h60m:business", "9999999d86400s:calendar",
        "9999999h9999999m9999999s9999999d:calendar"}) {
    const cl::parse_result p = cl::parse_profile(support_with_urgent(urgent));
    INFO(urgent);
    if (p) {
      round_trips(*p);
    }
  }
  const cl::parse_result refused = cl::parse_profile(support_with_urgent("9999999d24h:calendar"));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().message.find("9999999d23h59m59s") != std::string::npos);
  // Every part at seven digits, in order, is accepted when it stays under the limit.
  round_trips(read(support_with_urgent("9999999h9999999m9999999s:business")));
  round_trips(read(support_with_urgent("-9999999d:calendar")));
}

TEST_CASE("edges: texts at the limits of every field read back to the same profile",
          "[edges][text]") {
  for (const std::string_view text : {
           "{billing=recurring, period=4095_days, offset=-366_days, trial=4095_years, "
           "term=65535_periods_expire, anchor=9999-12-31, alignment=calendar_sun}",
           "{billing=recurring, period=1_day, offset=999999_days, trial=1_day, "
           "term=1_period_renew, anchor=0000-01-01, alignment=drifting, charges=setup+recurring+usage}",
           "{billing=recurring, period=monthly, anchor=day_31, alignment=end_of_month}",
           "{support=dedicated_team, channels=email+chat+phone+in_person+portal, "
           "hours=mon-sun/00:00-00:00:01/00:00:02-06:00/12:00-18:00/23:59:59-24:00, "
           "zone=-23:59:59, holidays=0000-01-01+9999-12-31}",
           "{support=support_desk, zone=+23:59:59}",
           "{support=support_desk, zone=A23456789012345678901234567890123456789012345/7}",
           "{support=support_desk, zone=Etc/GMT+12}",
       }) {
    round_trips(read(text));
  }
}

TEST_CASE("edges: values made in code at the limits of their fields print as they are",
          "[edges][text]") {
  // A named zone called UTC is UTC.
  cl::profile utc;
  cl::get<cl::dimensions::support>(utc) = cl::support_tier::support_desk;
  cl::get<cl::terms::zone>(utc) = cl::time_zone::named("UTC");
  round_trips(utc);
  // Dates outside the years of four digits.
  cl::profile far;
  cl::get<cl::dimensions::support>(far) = cl::support_tier::support_desk;
  cl::get<cl::terms::holidays>(far) = cl::holiday_list{
      year_month_day{std::chrono::year{-32767}, std::chrono::January, std::chrono::day{1}},
      year_month_day{std::chrono::year{-1}, std::chrono::December, std::chrono::day{31}},
      year_month_day{std::chrono::year{10000}, std::chrono::February, std::chrono::day{29}},
      year_month_day{std::chrono::year{32767}, std::chrono::December, std::chrono::day{31}}};
  round_trips(far);
  cl::profile anchored = read("{billing=recurring, period=monthly}");
  cl::get<cl::terms::anchor>(anchored) = cl::billing_anchor::first_date(
      year_month_day{std::chrono::year{12345}, std::chrono::March, std::chrono::day{1}});
  round_trips(anchored);
  // Offsets and targets at the limits of their types never overflow when written.
  cl::profile huge = read("{billing=recurring, period=monthly}");
  cl::get<cl::terms::offset>(huge) = std::chrono::days{std::numeric_limits<std::int32_t>::min()};
  never_printed_as_valid(huge);
  cl::profile longest = read("{support=support_desk}");
  cl::first_response_targets t = cl::support_terms_from(longest).first_response;
  t.urgent.time = std::chrono::seconds{std::numeric_limits<std::int64_t>::min()};
  cl::get<cl::terms::first_response>(longest) = t;
  never_printed_as_valid(longest);
  t.urgent.time = std::chrono::seconds{std::numeric_limits<std::int64_t>::max()};
  cl::get<cl::terms::first_response>(longest) = t;
  never_printed_as_valid(longest);
}

// --- 2. an invalid profile never prints as a valid one ----------------------------------

TEST_CASE("edges: a profile that does not validate never prints as one that does",
          "[edges][text][validate]") {
  const cl::profile desk = read("{support=support_desk}");
  SECTION("a refused interval") {
    cl::weekly_hours h = cl::weekly_hours::weekdays(9h, 17h);
    CHECK_FALSE(h.add(std::chrono::Monday, 16h, 18h));
    cl::profile p = desk;
    cl::get<cl::terms::hours>(p) = h;
    never_printed_as_valid(p);
    cl::weekly_hours closed;
    CHECK_FALSE(closed.add(std::chrono::Monday, 18h, 9h));
    cl::get<cl::terms::hours>(p) = closed;
    never_printed_as_valid(p);
  }
  SECTION("a 65th holiday") {
    cl::holiday_list h;
    for (int i = 0; i < 64; ++i) {
      REQUIRE(h.add(year_month_day{std::chrono::sys_days{std::chrono::days{20000 + i}}}));
    }
    CHECK_FALSE(h.add(2099y / 1 / 1));
    cl::profile p = desk;
    cl::get<cl::terms::holidays>(p) = h;
    never_printed_as_valid(p);
    cl::holiday_list bad;
    CHECK_FALSE(bad.add(2026y / 2 / 30));
    cl::get<cl::terms::holidays>(p) = bad;
    never_printed_as_valid(p);
  }
  SECTION("calendar alignment with an invalid weekday") {
    cl::profile p = read("{billing=recurring, period=monthly}");
    cl::get<cl::terms::alignment>(p) = cl::billing_alignment::calendar(std::chrono::weekday{9});
    never_printed_as_valid(p);
  }
  SECTION("a trial or a term with an unknown unit or end action, even when empty") {
    cl::profile p = read("{billing=recurring, period=monthly}");
    cl::get<cl::terms::trial>(p) = cl::free_trial{0, static_cast<cl::period_unit>(9)};
    never_printed_as_valid(p);
    cl::get<cl::terms::trial>(p) = cl::free_trial{3, static_cast<cl::period_unit>(9)};
    never_printed_as_valid(p);
    cl::profile q = read("{billing=recurring, period=monthly}");
    cl::get<cl::terms::term>(q) = cl::contract_term{0, static_cast<cl::term_end>(7)};
    never_printed_as_valid(q);
  }
  SECTION("invalid zones") {
    cl::profile p = desk;
    for (const cl::time_zone& z :
         {cl::time_zone::fixed(24h), cl::time_zone::fixed(-100h), cl::time_zone::fixed(1000h),
          cl::time_zone::named("Europe/Ber^lin"), cl::time_zone::named("")}) {
      cl::get<cl::terms::zone>(p) = z;
      never_printed_as_valid(p);
    }
  }
  SECTION("a target beyond the longest length the text names") {
    cl::profile p = desk;
    cl::first_response_targets t = cl::support_terms_from(p).first_response;
    t.high.time = cl::response_target::max_time + 1s;
    cl::get<cl::terms::first_response>(p) = t;
    never_printed_as_valid(p);
    CHECK(rules_of(p) == std::vector{cl::consistency_rule::business_calendar_in_range});
  }
}

// --- 3. schedule iterators at and past both ends ----------------------------------------

TEST_CASE("edges: lower_bound past the last invoice of an expiring term is the end",
          "[edges][invoices]") {
  for (const auto timing : {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
    const cl::billing_terms terms{.period = cl::billing_period::monthly,
                                  .timing = timing,
                                  .term = cl::contract_term::fixed(3, cl::term_end::expire)};
    const auto s = cl::invoice_dates(terms, 2024y / 1 / 15);
    std::vector<year_month_day> all;
    for (const year_month_day d : s) {
      all.push_back(d);
    }
    REQUIRE(all.size() == 3);
    for (const year_month_day d : {2024y / 12 / 1, 2030y / 1 / 1, 9999y / 12 / 31}) {
      auto it = s.lower_bound(d);
      CHECK(it == s.end());
      CHECK(it.index() == 3);
      --it;
      CHECK(*it == all.back());
      CHECK(it.index() == 2);
    }
  }
}

TEST_CASE("edges: lower_bound at the end of the calendar, with an offset", "[edges][invoices]") {
  const year_month_day start{std::chrono::year::max(), std::chrono::June, std::chrono::day{15}};
  const year_month_day last{std::chrono::year::max(), std::chrono::December, std::chrono::day{31}};
  for (const int offset : {-5, 0, 5}) {
    for (const auto timing : {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
      CAPTURE(offset, cl::name_of(timing));
      const cl::billing_terms terms{.period = cl::billing_period::monthly,
                                    .timing = timing,
                                    .offset = std::chrono::days{offset}};
      const auto s = cl::invoice_dates(terms, start);
      std::vector<year_month_day> all;
      for (const year_month_day d : s) {
        all.push_back(d);
      }
      REQUIRE_FALSE(all.empty());
      auto it = s.lower_bound(last);
      CHECK(it == s.end());
      CHECK(it.index() == static_cast<std::ptrdiff_t>(all.size()));
      --it;
      CHECK(*it == all.back());
    }
  }
}

TEST_CASE("edges: iterators and indexes far past either end", "[edges][invoices]") {
  const auto s = cl::invoice_dates({}, 2024y / 1 / 31);
  constexpr std::ptrdiff_t most = std::numeric_limits<std::ptrdiff_t>::max();
  constexpr std::ptrdiff_t least = std::numeric_limits<std::ptrdiff_t>::min();
  const auto second = s.begin() + 1;
  CHECK_FALSE(second[most].ok());
  CHECK_FALSE(second[least].ok());
  CHECK_FALSE(s[most].ok());
  CHECK_FALSE(s[least].ok());
  auto far = second;
  far += most;
  CHECK(far == s.end());
  far -= most;  // as far back: before the first invoice
  CHECK(far == s.end());
  CHECK(far.index() == -1);
  far += 3;
  CHECK(*far == year_month_day{2024y / 3 / 31});
  auto before = s.begin();
  --before;
  CHECK(before == s.end());
  CHECK_FALSE((*before).ok());
  ++before;
  CHECK(before == s.begin());
  CHECK(*before == 2024y / 1 / 31);
  auto low = second;
  low += least;
  CHECK(low == s.end());
  CHECK((s.begin() - most) == s.end());
}

TEST_CASE("edges: a schedule at the first year, moved earlier by its offset", "[edges][invoices]") {
  const year_month_day first{std::chrono::year::min(), std::chrono::January, std::chrono::day{1}};
  for (const auto timing : {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
    CAPTURE(cl::name_of(timing));
    const auto s = cl::invoice_dates(
        {.period = cl::billing_period::monthly, .timing = timing, .offset = std::chrono::days{-3}}, first);
    // Either the schedule is refused as a whole, or its first invoice is a date.
    CHECK(s.empty() == (s.begin() == s.end()));
    if (s.empty()) {
      CHECK(s.error() == cl::schedule_error::beyond_calendar);
      CHECK_FALSE(s[1].ok());
      CHECK(s.lower_bound(first + std::chrono::months{2}) == s.end());
      CHECK(cl::next_invoice(
                {.period = cl::billing_period::monthly, .timing = timing, .offset = std::chrono::days{-3}}, first,
                first)
                .error() == cl::schedule_error::beyond_calendar);
    } else {
      CHECK(s.front().ok());
    }
  }
}

// --- 4. the last second of the calendar -------------------------------------------------

TEST_CASE("edges: a deadline past the calendar is refused on either clock", "[edges][deadlines]") {
  using std::chrono::sys_seconds;
  const sys_seconds last_second{std::chrono::sys_days{9999y / 12 / 31}.time_since_epoch() + 86399s};
  for (const cl::response_clock clock : {cl::response_clock::calendar, cl::response_clock::business}) {
    CAPTURE(cl::name_of(clock));
    cl::support_terms terms{};
    terms.first_response = {{1s, clock}, {1s, clock}, {1s, clock}, {1s, clock}};
    terms.calendar.hours = cl::weekly_hours::around_the_clock();
    CHECK(cl::first_response_due(terms, cl::priority::urgent, last_second) ==
          cl::deadline_error::out_of_range);
    const auto due = cl::first_response_due(terms, cl::priority::urgent, last_second - 1s);
    REQUIRE(due);
    CHECK(*due == last_second);
    CHECK(cl::time_remaining(terms, cl::priority::urgent, last_second - 1s, *due) == 0s);
    // A fixed offset does not move the end of the calendar.
    terms.calendar.zone = cl::time_zone::fixed(-10h);
    CHECK(cl::first_response_due(terms, cl::priority::urgent, last_second) ==
          cl::deadline_error::out_of_range);
    terms.calendar.zone = cl::time_zone::fixed(10h);
    CHECK(cl::first_response_due(terms, cl::priority::urgent, last_second) ==
          cl::deadline_error::out_of_range);
  }
  // Business hours whose last interval closes at 24:00 on the last day.
  cl::support_terms late{};
  late.first_response = cl::first_response_targets{
      cl::business_time(1h), cl::business_time(1h), cl::business_time(1h), cl::business_time(1h)};
  late.calendar.hours = cl::weekly_hours::every_day(23h, 24h);
  const sys_seconds eleven{std::chrono::sys_days{9999y / 12 / 31}.time_since_epoch() + 23h};
  CHECK(cl::first_response_due(late, cl::priority::urgent, eleven) ==
        cl::deadline_error::out_of_range);
  CHECK(cl::add_open_time(late.calendar, eleven, 1h) == cl::deadline_error::out_of_range);
  const auto shorter = cl::add_open_time(late.calendar, eleven, 3599s);
  REQUIRE(shorter);
  CHECK(*shorter == last_second);
}

// --- 7. zones that depend on the host ---------------------------------------------------

TEST_CASE("edges: stored text names no zone that depends on the host", "[edges][text][zones]") {
  for (const std::string_view name :
       {"localtime", "posixrules", "/etc/localtime", "Europe//Berlin", "Europe/", "posix/Europe/Berlin",
        "right/UTC"}) {
    INFO(name);
    CHECK_FALSE(cl::time_zone::named(name).valid());
    const cl::parse_result p =
        cl::parse_profile("{support=support_desk, zone=" + std::string{name} + "}");
    CHECK_FALSE(p);
  }
  cl::profile p = read("{support=support_desk}");
  cl::get<cl::terms::zone>(p) = cl::time_zone::named("localtime");
  CHECK(rules_of(p) == std::vector{cl::consistency_rule::business_calendar_in_range});
  never_printed_as_valid(p);
  CHECK(cl::time_zone::named("Europe/Berlin").valid());
  CHECK(cl::time_zone::named("America/Argentina/Buenos_Aires").valid());
}

// --- 8. every fault of a support calendar; positions inside long values -----------------

TEST_CASE("edges: validate reports every fault of the support terms", "[edges][validate]") {
  using cr = cl::consistency_rule;
  using v = std::vector<cr>;
  // A zero target no longer hides a business clock over empty hours.
  CHECK(rules_of(read("{support=support_desk, hours=closed, first_response=urgent:0s:calendar+"
                      "high:1h:business+normal:1h:calendar+low:1h:calendar}")) ==
        v{cr::first_response_targets_positive, cr::business_clock_requires_open_hours});
  // A malformed calendar besides.
  cl::profile p = read("{support=support_desk, hours=closed, first_response=urgent:0s:calendar+"
                       "high:1h:business+normal:1h:calendar+low:1h:calendar}");
  cl::get<cl::terms::zone>(p) = cl::time_zone::fixed(30h);
  CHECK(rules_of(p) == v{cr::first_response_targets_positive,
                         cr::business_clock_requires_open_hours, cr::business_calendar_in_range});
  // The faults of the terms, all of them.
  cl::support_terms t = cl::support_terms_from(p);
  const auto bit = [](cl::support_terms_fault f) {
    return std::uint32_t{1} << static_cast<unsigned>(f);
  };
  CHECK(cl::support_terms_faults(t) == (bit(cl::support_terms_fault::invalid_zone) |
                                        bit(cl::support_terms_fault::no_target) |
                                        bit(cl::support_terms_fault::business_without_hours)));
  CHECK(cl::check_support_terms(t) == cl::support_terms_fault::invalid_zone);
  t.calendar.zone = cl::time_zone::utc();
  CHECK(cl::check_support_terms(t) == cl::support_terms_fault::no_target);
  CHECK(cl::support_terms_faults(cl::support_terms{
            .first_response = {cl::calendar_time(1h), cl::calendar_time(1h),
                               cl::calendar_time(1h), cl::calendar_time(1h)}}) == 0);
}

TEST_CASE("edges: validate names each fault of a malformed calendar", "[edges][validate]") {
  cl::profile p = read("{support=support_desk}");
  cl::weekly_hours hours = cl::weekly_hours::weekdays(std::chrono::hours{9}, std::chrono::hours{17});
  CHECK_FALSE(hours.add(std::chrono::Monday, std::chrono::hours{16}, std::chrono::hours{18}));
  cl::holiday_list holidays;
  CHECK_FALSE(holidays.add(2026y / 2 / 30));
  cl::get<cl::terms::hours>(p) = hours;
  cl::get<cl::terms::holidays>(p) = holidays;
  cl::get<cl::terms::zone>(p) = cl::time_zone::named("localtime");
  const std::vector<cl::violation> found = cl::validate(p);
  REQUIRE(found.size() == 3);
  const std::string_view rule_text = cl::message_of(cl::consistency_rule::business_calendar_in_range);
  for (const cl::violation& v : found) {
    CHECK(v.rule == cl::consistency_rule::business_calendar_in_range);
    CHECK(v.message.substr(0, rule_text.size()) == rule_text);
  }
  CHECK(found[0].message.find("the weekly hours refused an interval") != std::string_view::npos);
  CHECK(found[1].message.find("the holiday list refused a date") != std::string_view::npos);
  CHECK(found[2].message.find("localtime") != std::string_view::npos);
  // One fault, one violation.
  cl::get<cl::terms::holidays>(p) = cl::holiday_list{};
  cl::get<cl::terms::zone>(p) = cl::time_zone::utc();
  REQUIRE(cl::validate(p).size() == 1);
  CHECK(cl::validate(p)[0].message.find("the weekly hours refused an interval") !=
        std::string_view::npos);
}

TEST_CASE("edges: an error inside a long value points at the part that is wrong",
          "[edges][text]") {
  const auto error_of = [](std::string_view text) {
    const cl::parse_result p = cl::parse_profile(text);
    REQUIRE_FALSE(p);
    return p.error();
  };
  {
    const std::string text = "{support=support_desk, holidays=2026-12-25+2027-01-01+2027-02-30}";
    const cl::parse_error e = error_of(text);
    CHECK(e.position == text.find("2027-02-30"));
    CHECK(e.message.find("'2027-02-30'") != std::string::npos);
  }
  {
    const std::string text =
        "{support=support_desk, hours=mon-fri/09:00-12:00/13:00-17:00+sat/10:00-25:00}";
    const cl::parse_error e = error_of(text);
    CHECK(e.position == text.find("10:00-25:00"));
    CHECK(e.message.find("'10:00-25:00'") != std::string::npos);
  }
  {
    const std::string text = "{support=support_desk, hours=mon-fri/09:00-17:00+sta/10:00-12:00}";
    CHECK(error_of(text).position == text.find("sta"));
  }
  {
    const std::string text =
        "{support=support_desk, first_response=urgent:15m:calendar+high:1h:calendarx+"
        "normal:1h:calendar+low:1h:calendar}";
    const cl::parse_error e = error_of(text);
    CHECK(e.position == text.find("high:"));
  }
  {
    const std::string text = "{support=support_desk, channels=email+chat+fax}";
    CHECK(error_of(text).position == text.find("fax"));
  }
  {
    const std::string text = "{support=support_desk, channels=email+chat+email}";
    CHECK(error_of(text).position == text.rfind("email"));
  }
}

TEST_CASE("edges: the intervals of a day are written in increasing order", "[edges][text]") {
  const cl::parse_result p =
      cl::parse_profile("{support=support_desk, hours=mon/13:00-17:00/09:00-12:00}");
  REQUIRE_FALSE(p);
  CHECK(p.error().message.find("increasing order") != std::string::npos);
  CHECK(p.error().position == std::string_view{"{support=support_desk, hours=mon/13:00-17:00/"}.size());
  // Touching intervals are in order.
  round_trips(read("{support=support_desk, hours=mon/09:00-12:00/12:00-17:00}"));
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The deadline engine against an oracle written the slow, obvious way: it
// walks time minute by minute (second by second where a minute would cross a
// boundary), asks at each step whether the local wall clock shows an open
// time on a working day, and counts. Thousands of generated tickets (random,
// with a fixed seed) on generated schedules: several intervals a day, 24:00
// ends, holidays, tickets at opening and closing times, UTC, fixed offsets
// and, with the component clientele::tz, named zones around their
// daylight-saving changes. The oracle reads local time from the time-zone
// library directly (sys -> local), not through the adapter's eras.

#if defined(CLIENTELE_TEST_TZ)
#include <clientele/ext/tz.hpp>
#endif
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// splitmix64: small, and the same numbers with every standard library.
class generator {
 public:
  explicit generator(std::uint64_t seed) : state_{seed} {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // A number in [0, n).
  std::int64_t below(std::int64_t n) {
    return static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
  }
  // A number in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }
  bool percent(int p) { return below(100) < p; }

 private:
  std::uint64_t state_;
};

// A schedule as the oracle holds it: minutes after local midnight per weekday
// (Sunday first), and holidays as local days since 1970-01-01.
struct schedule {
  std::array<std::vector<std::pair<int, int>>, 7> intervals;
  std::vector<std::int64_t> holidays;
};

schedule random_schedule(generator& g) {
  schedule s;
  bool any = false;
  for (auto& day : s.intervals) {
    const std::int64_t roll = g.below(100);
    const int count = roll < 25 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
    std::vector<int> points;
    while (points.size() < static_cast<std::size_t>(2 * count)) {
      int p = static_cast<int>(g.between(0, 1440));
      if (g.percent(10)) {
        p = g.percent(50) ? 0 : 1440;  // midnight starts and 24:00 ends, often
      }
      if (std::find(points.begin(), points.end(), p) == points.end()) {
        points.push_back(p);
      }
    }
    std::sort(points.begin(), points.end());
    for (std::size_t i = 0; i + 1 < points.size(); i += 2) {
      day.emplace_back(points[i], points[i + 1]);
      any = true;
    }
  }
  if (!any) {
    s.intervals[1].emplace_back(9 * 60, 17 * 60);
  }
  return s;
}

int open_minutes_per_week(const schedule& s) {
  int total = 0;
  for (const auto& day : s.intervals) {
    for (const auto& [from, to] : day) {
      total += to - from;
    }
  }
  return total;
}

cl::weekly_hours to_hours(const schedule& s) {
  cl::weekly_hours h;
  for (unsigned d = 0; d < 7; ++d) {
    for (const auto& [from, to] : s.intervals[d]) {
      REQUIRE(h.add(weekday{d}, minutes{from}, minutes{to}));
    }
  }
  return h;
}

std::int64_t floor_day(std::int64_t local_seconds) {
  return floor<days>(seconds{local_seconds}).count();
}

// The oracle. `local_of` gives the wall clock at a UTC instant.
template <class LocalOf>
struct oracle {
  const schedule& s;
  LocalOf local_of;

  bool open_at(std::int64_t t) const {
    const std::int64_t local = local_of(t);
    const std::int64_t day = floor_day(local);
    if (std::find(s.holidays.begin(), s.holidays.end(), day) != s.holidays.end()) {
      return false;
    }
    const unsigned wd = weekday{sys_days{days{day}}}.c_encoding();
    const std::int64_t second_of_day = local - day * 86400;
    for (const auto& [from, to] : s.intervals[wd]) {
      if (from * 60 <= second_of_day && second_of_day < to * 60) {
        return true;
      }
    }
    return false;
  }

  // Every boundary (interval ends, midnights, zone changes) falls on a whole
  // minute, so a minute that starts on a whole minute is open or closed
  // throughout.
  std::int64_t due(std::int64_t created, std::int64_t target) const {
    std::int64_t t = created;
    std::int64_t left = target;
    for (std::int64_t steps = 0; steps < 20'000'000; ++steps) {
      const std::int64_t step = (t % 60 == 0 && left >= 60) ? 60 : 1;
      if (open_at(t)) {
        left -= step;
      }
      t += step;
      if (left == 0) {
        return t;
      }
    }
    FAIL("the oracle found no deadline");
    return 0;
  }
};

template <class LocalOf>
oracle<LocalOf> make_oracle(const schedule& s, LocalOf local_of) {
  return oracle<LocalOf>{s, local_of};
}

std::string describe(const schedule& s, std::int64_t created, std::int64_t target,
                     std::string_view zone) {
  std::string out = "zone " + std::string{zone} + ", created " + std::to_string(created) +
                    ", target " + std::to_string(target) + "s, hours";
  for (std::size_t d = 0; d < 7; ++d) {
    for (const auto& [from, to] : s.intervals[d]) {
      out += " " + std::to_string(d) + ":" + std::to_string(from) + "-" + std::to_string(to);
    }
  }
  out += ", holidays";
  for (const std::int64_t h : s.holidays) {
    out += " " + std::to_string(h);
  }
  return out;
}

struct ticket {
  std::int64_t created = 0;
  std::int64_t target = 0;
  bool calendar_clock = false;
};

// A ticket near `around`, on `s` in a zone whose wall clock is `local_of`.
template <class LocalOf>
ticket random_ticket(generator& g, schedule& s, std::int64_t around, std::int64_t spread,
                     const LocalOf& local_of) {
  ticket k;
  k.created = around + g.between(-spread, spread);
  if (g.percent(40)) {
    k.created -= k.created % 60;  // on a whole minute
  }
  if (g.percent(25)) {
    // Exactly at an opening or a closing time of the local day (or of
    // midnight when the day is closed).
    const std::int64_t local = local_of(k.created);
    const std::int64_t day = floor_day(local);
    const auto& intervals = s.intervals[weekday{sys_days{days{day}}}.c_encoding()];
    std::int64_t boundary = 0;
    if (!intervals.empty()) {
      const auto& iv =
          intervals[static_cast<std::size_t>(g.below(static_cast<std::int64_t>(intervals.size())))];
      boundary = 60 * (g.percent(50) ? iv.first : iv.second);
    }
    k.created += day * 86400 + boundary - local;
  }
  const std::int64_t created_day = floor_day(local_of(k.created));
  const std::int64_t holiday_count = g.below(5);
  s.holidays.clear();
  for (std::int64_t i = 0; i < holiday_count; ++i) {
    s.holidays.push_back(created_day + g.between(-2, 16));
  }
  if (g.percent(5)) {
    s.holidays.push_back(created_day);  // opened on a holiday
  }
  // Up to 30 hours, and at most twice the week's open time, so the oracle's
  // walk stays short.
  const std::int64_t cap = std::min<std::int64_t>(30 * 3600, 2 * 60 * open_minutes_per_week(s));
  k.target = g.percent(50) ? 60 * g.between(1, cap / 60) : g.between(1, cap);
  if (g.percent(5)) {
    k.target = 60 * open_minutes_per_week(s) * g.between(1, 2);  // whole weeks of open time
  }
  k.calendar_clock = g.percent(10);
  return k;
}

cl::business_calendar to_calendar(const schedule& s, cl::time_zone zone) {
  cl::business_calendar c{.hours = to_hours(s), .zone = zone};
  for (const std::int64_t h : s.holidays) {
    REQUIRE(c.holidays.add(year_month_day{sys_days{days{h}}}));
  }
  return c;
}

// Checks the engine on ticket `k` against the oracle; returns whether it agreed.
template <class LocalOf>
bool agrees(generator& g, const schedule& s, const ticket& k, const cl::business_calendar& c,
            const LocalOf& local_of, std::string_view zone_name) {
  INFO(describe(s, k.created, k.target, zone_name));
  const cl::response_target target = k.calendar_clock ? cl::calendar_time(seconds{k.target})
                                                      : cl::business_time(seconds{k.target});
  const cl::support_terms terms{.first_response = {.high = target}, .calendar = c};
  const sys_seconds created{seconds{k.created}};
  const auto due = cl::first_response_due(terms, cl::priority::high, created);
  REQUIRE(due.has_value());
  if (k.calendar_clock) {
    CHECK(*due == created + seconds{k.target});
    return *due == created + seconds{k.target};
  }
  const auto o = make_oracle(s, local_of);
  const std::int64_t expected = o.due(k.created, k.target);
  CHECK(due->time_since_epoch().count() == expected);
  // The open time up to the deadline is the target, and the last second
  // before it is open.
  CHECK(cl::open_time_between(c, created, *due) == seconds{k.target});
  CHECK(cl::is_open(c, *due - 1s) == true);
  // Open or closed at a few instants in between, as the oracle says.
  for (int i = 0; i < 3; ++i) {
    const std::int64_t t = g.between(k.created, expected);
    CHECK(cl::is_open(c, sys_seconds{seconds{t}}) == o.open_at(t));
  }
  return due->time_since_epoch().count() == expected;
}

constexpr std::int64_t start_2024 = 1704067200;  // 2024-01-01 00:00:00 UTC
constexpr std::int64_t two_years = 2 * 366 * 86400;

}  // namespace

TEST_CASE("deadlines: agree with a minute-by-minute walk: UTC and fixed offsets",
          "[deadlines][oracle]") {
  generator g{20260306};
  const std::array<minutes, 12> offsets{0min,   60min,   -300min, 330min,  345min,  -570min,
                                        840min, -720min, 765min,  -210min, 1439min, -1439min};
  int agreed = 0;
  constexpr int tickets = 4000;
  for (int i = 0; i < tickets; ++i) {
    schedule s = random_schedule(g);
    const minutes offset = g.percent(80) ? offsets[static_cast<std::size_t>(g.below(12))]
                                         : minutes{g.between(-1439, 1439)};
    const auto local_of = [off = seconds{offset}.count()](std::int64_t t) { return t + off; };
    const ticket k = random_ticket(g, s, start_2024 + two_years / 2, two_years / 2, local_of);
    const cl::time_zone zone = offset == 0min ? cl::time_zone::utc() : cl::time_zone::fixed(offset);
    const cl::business_calendar c = to_calendar(s, zone);
    agreed += agrees(g, s, k, c, local_of,
                     offset == 0min ? "UTC" : std::to_string(offset.count()) + " min")
                  ? 1
                  : 0;
  }
  CHECK(agreed == tickets);
}

#if defined(CLIENTELE_TEST_TZ)

namespace {

#if defined(CLIENTELE_TZ_USE_STD)
namespace zones = std::chrono;
#else
namespace zones = date;
#endif

// The instants in [from, to) at which `zone` changes its offset.
std::vector<std::int64_t> changes(const zones::time_zone* zone, std::int64_t from,
                                  std::int64_t to) {
  std::vector<std::int64_t> out;
  std::int64_t t = from;
  while (t < to) {
    const auto info = zone->get_info(sys_seconds{seconds{t}});
    const std::int64_t end = info.end.time_since_epoch().count();
    if (end >= to) {
      break;
    }
    if (zone->get_info(sys_seconds{seconds{end}}).offset != info.offset) {
      out.push_back(end);
    }
    t = end;
  }
  return out;
}

}  // namespace

TEST_CASE("deadlines: agree with a minute-by-minute walk: named zones around their changes",
          "[deadlines][oracle][tz]") {
  generator g{20240310};
  // Daylight saving in both hemispheres, a half-hour change (Lord Howe),
  // changes at local midnight (Santiago), offsets of :30 and :45.
  const std::array<const char*, 8> names{
      "America/New_York", "Europe/Berlin",   "Australia/Lord_Howe", "America/Santiago",
      "America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu",      "Asia/Tokyo"};
  int agreed = 0;
  int tickets = 0;
  for (const char* name : names) {
    const auto located = cl::tz::locate_zone(name);
    REQUIRE(located.has_value());
    const zones::time_zone* zone = zones::locate_zone(name);
    const auto local_of = [zone](std::int64_t t) {
      return zone->to_local(sys_seconds{seconds{t}}).time_since_epoch().count();
    };
    const std::vector<std::int64_t> around = changes(zone, start_2024, start_2024 + two_years);
    for (int i = 0; i < 250; ++i) {
      schedule s = random_schedule(g);
      // Mostly within three days of a change (exactly at one, now and then).
      const bool near_change = !around.empty() && g.percent(75);
      const std::int64_t centre =
          near_change
              ? around[static_cast<std::size_t>(g.below(static_cast<std::int64_t>(around.size())))]
              : start_2024 + two_years / 2;
      const std::int64_t spread = near_change ? (g.percent(10) ? 0 : 3 * 86400) : two_years / 2;
      const ticket k = random_ticket(g, s, centre, spread, local_of);
      const cl::business_calendar c = to_calendar(s, *located);
      agreed += agrees(g, s, k, c, local_of, name) ? 1 : 0;
      ++tickets;
    }
  }
  CHECK(agreed == tickets);
}

#endif

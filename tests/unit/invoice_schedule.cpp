// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Invoice schedules: every start day of a leap year and of a common year,
// every named period, both timings and every anchor day, against an oracle
// that walks the calendar one day at a time with its own date arithmetic;
// the properties every schedule has; the known vectors of billing systems'
// documentation; trials, terms, offsets, alignments, errors and bundles.

#include <clientele/schedules/invoices.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <vector>

namespace cl = clientele;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

namespace {

std::string text(const year_month_day& d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buffer;
}

}  // namespace

// Dates in Catch's messages.
template <>
struct Catch::StringMaker<year_month_day> {
  static std::string convert(const year_month_day& d) { return text(d); }
};

namespace {

// --- the oracle's calendar: no std::chrono arithmetic ----------------------------

struct civil {
  int y;
  unsigned m;
  unsigned d;
};

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned days_in(int y, unsigned m) {
  static const unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : lengths[m - 1];
}

void next_day(civil& c) {
  if (c.d < days_in(c.y, c.m)) {
    ++c.d;
  } else if (c.m < 12) {
    c.d = 1;
    ++c.m;
  } else {
    c = {c.y + 1, 1, 1};
  }
}

civil to_civil(const year_month_day& d) {
  return {static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
          static_cast<unsigned>(d.day())};
}

year_month_day to_ymd(const civil& c) {
  return year_month_day{std::chrono::year{c.y}, std::chrono::month{c.m}, std::chrono::day{c.d}};
}

// The edges of the first `wanted` service periods (wanted + 1 dates) of a
// schedule from `start` with `period`, anchored on day `anchor` (0: the
// start), for every anchor at once: walk the calendar one day at a time
// and keep, for each anchor, the days that begin a period.
constexpr unsigned anchors = 32;  // 0 (the start) and the cycle days 1 to 31

std::array<std::vector<civil>, anchors> walk(const civil& start, const cl::billing_period& p,
                                             std::size_t wanted) {
  const bool by_months = p.unit == cl::period_unit::month || p.unit == cl::period_unit::year;
  const long step = static_cast<long>(p.count) * (p.unit == cl::period_unit::year   ? 12
                                                  : p.unit == cl::period_unit::week ? 7
                                                                                    : 1);
  std::array<std::vector<civil>, anchors> edges;
  // Plain arrays: this loop runs a billion times in a debug build.
  long anchor_at[anchors];  // the day or month number of the first anchor date; -1 until found
  unsigned anchor_day[anchors];
  std::size_t found[anchors];
  for (unsigned a = 0; a < anchors; ++a) {
    edges[a].push_back(start);
    anchor_at[a] = -1;
    anchor_day[a] = a == 0 ? start.d : a;
    found[a] = 1;
  }
  unsigned done = 0;
  civil t = start;
  for (long day = 0; done < anchors; ++day, next_day(t)) {
    const long month = static_cast<long>(t.y) * 12 + static_cast<long>(t.m) - 1;
    const unsigned length = days_in(t.y, t.m);
    for (unsigned a = 0; a < anchors; ++a) {
      if (found[a] > wanted) {
        continue;
      }
      const unsigned target = anchor_day[a] < length ? anchor_day[a] : length;
      bool boundary = false;
      if (anchor_at[a] < 0) {
        if (a == 0 || t.d == target) {
          anchor_at[a] = by_months ? month : day;
          boundary = true;
        }
      } else if (by_months) {
        boundary = t.d == target && (month - anchor_at[a]) % step == 0;
      } else {
        boundary = (day - anchor_at[a]) % step == 0;
      }
      if (boundary && day != 0) {
        edges[a].push_back(t);
        if (++found[a] > wanted) {
          ++done;
        }
      }
    }
  }
  return edges;
}

cl::billing_terms terms_for(const cl::billing_period& p, cl::invoice_timing timing,
                            unsigned anchor) {
  cl::billing_terms t{.period = p, .timing = timing};
  if (anchor != 0) {
    t.anchor = cl::billing_anchor::cycle_day(anchor);
  }
  return t;
}

std::vector<year_month_day> first(const cl::invoice_schedule& s, std::size_t n) {
  std::vector<year_month_day> out;
  for (auto it = s.begin(); it != s.end() && out.size() < n; ++it) {
    out.push_back(*it);
  }
  return out;
}

// Compares every schedule of one period over every start day of `year`
// with the walk; counts the cases compared and the mismatches, and keeps
// the first mismatch's description.
struct tally {
  long schedules = 0;
  long invoices = 0;
  long mismatches = 0;
  std::string first;
  void fail(const std::string& what) {
    if (mismatches++ == 0) {
      first = what;
    }
  }
};

constexpr std::size_t invoices_checked = 30;

void check_year(int year, const cl::billing_period& p, tally& out) {
  const std::chrono::sys_days from{std::chrono::year{year} / std::chrono::January / 1};
  const std::chrono::sys_days to{std::chrono::year{year + 1} / std::chrono::January / 1};
  for (std::chrono::sys_days day = from; day < to; day += std::chrono::days{1}) {
    const year_month_day start{day};
    const auto edges = walk(to_civil(start), p, invoices_checked + 1);
    for (unsigned a = 0; a < anchors; ++a) {
      for (const cl::invoice_timing timing :
           {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
        const cl::billing_terms t = terms_for(p, timing, a);
        const cl::invoice_schedule s = cl::invoice_dates(t, start);
        const std::size_t shift = timing == cl::invoice_timing::in_arrears ? 1 : 0;
        const std::string where = text(start) + " " + std::string{cl::name_of(p)} + " " +
                                  std::string{cl::name_of(timing)} + " anchor " + std::to_string(a);
        ++out.schedules;
        if (s.error() != cl::schedule_error::none || s.finite()) {
          out.fail(where + ": error " + std::string{cl::name_of(s.error())});
          continue;
        }
        auto it = s.begin();
        year_month_day previous{};
        for (std::size_t i = 0; i < invoices_checked; ++i, ++it) {
          ++out.invoices;
          const year_month_day expected = to_ymd(edges[a][i + shift]);
          const cl::service_period served = it.service();
          if (it == s.end() || *it != expected) {
            out.fail(where + ": invoice " + std::to_string(i) + " is " + text(*it) +
                     ", the walk says " + text(expected));
            break;
          }
          // Properties: dates strictly increase; service periods follow one
          // another from the start with neither gap nor overlap, and the
          // invoice is dated at the period's start or end.
          if (i > 0 && !(previous < *it)) {
            out.fail(where + ": not increasing at " + std::to_string(i));
          }
          if (served.from != to_ymd(edges[a][i]) || served.to != to_ymd(edges[a][i + 1]) ||
              !(served.from < served.to) || (shift == 0 ? served.from : served.to) != *it) {
            out.fail(where + ": service period of invoice " + std::to_string(i) + " is [" +
                     text(served.from) + ", " + text(served.to) + ")");
          }
          previous = *it;
        }
        if (s[static_cast<std::ptrdiff_t>(invoices_checked) - 1] !=
            to_ymd(edges[a][invoices_checked - 1 + shift])) {
          out.fail(where + ": random access differs");
        }
        // The next invoice on or after a date agrees with the view: on an
        // invoice date, the day after it and the day before it.
        for (const std::size_t i : {std::size_t{0}, std::size_t{13}, invoices_checked - 2}) {
          const year_month_day d = to_ymd(edges[a][i + shift]);
          const year_month_day after = to_ymd(edges[a][i + shift + 1]);
          const std::chrono::sys_days sd{d};
          const auto on = cl::next_invoice_date(t, start, d);
          const auto next =
              cl::next_invoice_date(t, start, year_month_day{sd + std::chrono::days{1}});
          const auto early =
              cl::next_invoice_date(t, start, year_month_day{sd - std::chrono::days{1}});
          const bool early_ok =
              i == 0 ? (early && *early == d)
                     : (early && (*early == d || *early == to_ymd(edges[a][i + shift - 1])));
          if (!on || *on != d || !next || *next != after || !early_ok) {
            out.fail(where + ": next_invoice_date disagrees around " + text(d));
          }
          const auto found = s.lower_bound(year_month_day{sd + std::chrono::days{1}});
          if (found.index() != static_cast<std::ptrdiff_t>(i) + 1 || *found != after) {
            out.fail(where + ": lower_bound disagrees after " + text(d));
          }
        }
      }
    }
  }
}

void check_period(const cl::billing_period& p) {
  tally t;
  check_year(2024, p, t);  // a leap year
  check_year(2023, p, t);  // a common year
  INFO("schedules: " << t.schedules << ", invoices: " << t.invoices
                     << ", first mismatch: " << t.first);
  CHECK(t.schedules == (366 + 365) * anchors * 2);
  CHECK(t.invoices == t.schedules * static_cast<long>(invoices_checked));
  CHECK(t.mismatches == 0);
}

}  // namespace

TEST_CASE("invoices: every start, anchor day and timing, daily", "[invoices][exhaustive]") {
  check_period(cl::billing_period::daily);
}
TEST_CASE("invoices: every start, anchor day and timing, weekly", "[invoices][exhaustive]") {
  check_period(cl::billing_period::weekly);
}
TEST_CASE("invoices: every start, anchor day and timing, biweekly", "[invoices][exhaustive]") {
  check_period(cl::billing_period::biweekly);
}
TEST_CASE("invoices: every start, anchor day and timing, thirty_days", "[invoices][exhaustive]") {
  check_period(cl::billing_period::thirty_days);
}
TEST_CASE("invoices: every start, anchor day and timing, monthly", "[invoices][exhaustive]") {
  check_period(cl::billing_period::monthly);
}
TEST_CASE("invoices: every start, anchor day and timing, quarterly", "[invoices][exhaustive]") {
  check_period(cl::billing_period::quarterly);
}
TEST_CASE("invoices: every start, anchor day and timing, semiannual", "[invoices][exhaustive]") {
  check_period(cl::billing_period::semiannual);
}
TEST_CASE("invoices: every start, anchor day and timing, annual", "[invoices][exhaustive]") {
  check_period(cl::billing_period::annual);
}
TEST_CASE("invoices: every start, anchor day and timing, biennial", "[invoices][exhaustive]") {
  check_period(cl::billing_period::biennial);
}

// --- the other alignment rules, each against an oracle of its own -----------------

namespace {

// The first `n` + 1 edges of a schedule from `start`: the start, then every
// later day that `begins(t, day, month)` accepts, walking one day at a time.
template <class Begins>
std::vector<civil> edges_by_walk(const civil& start, std::size_t n, Begins begins) {
  std::vector<civil> edges{start};
  civil t = start;
  for (long day = 0; edges.size() <= n; ++day, next_day(t)) {
    const long month = static_cast<long>(t.y) * 12 + static_cast<long>(t.m) - 1;
    if (day != 0 && begins(t, day, month)) {
      edges.push_back(t);
    }
  }
  return edges;
}

// Zeller's congruence: 0 for Monday to 6 for Sunday.
unsigned weekday_of(const civil& c) {
  const int m = c.m < 3 ? static_cast<int>(c.m) + 12 : static_cast<int>(c.m);
  const int y = c.m < 3 ? c.y - 1 : c.y;
  const int h = (static_cast<int>(c.d) + 13 * (m + 1) / 5 + y + y / 4 - y / 100 + y / 400) % 7;
  return static_cast<unsigned>((h + 5) % 7);  // h: 0 is Saturday
}

long months_per_period(const cl::billing_period& p) {
  return static_cast<long>(p.count) * (p.unit == cl::period_unit::year ? 12 : 1);
}

void compare(const cl::invoice_schedule& s, const std::vector<civil>& edges,
             const std::string& where, tally& out) {
  ++out.schedules;
  auto it = s.begin();
  for (std::size_t i = 0; i + 1 < edges.size(); ++i, ++it) {
    ++out.invoices;
    if (it == s.end() || *it != to_ymd(edges[i]) || it.service().to != to_ymd(edges[i + 1])) {
      out.fail(where + ": invoice " + std::to_string(i) + " is " + text(*it) +
               ", the oracle says " + text(to_ymd(edges[i])));
      return;
    }
  }
}

template <class Check>
void every_start_day(Check check) {
  for (const int year : {2024, 2023}) {
    const std::chrono::sys_days from{std::chrono::year{year} / std::chrono::January / 1};
    const std::chrono::sys_days to{std::chrono::year{year + 1} / std::chrono::January / 1};
    for (std::chrono::sys_days day = from; day < to; day += std::chrono::days{1}) {
      check(year_month_day{day});
    }
  }
}

const cl::billing_period month_periods[] = {
    cl::billing_period::monthly, cl::billing_period::quarterly, cl::billing_period::semiannual,
    cl::billing_period::annual,  cl::billing_period::biennial,  {2, cl::period_unit::month},
    {5, cl::period_unit::month}};

}  // namespace

TEST_CASE("invoices: drifting, each date from the previous one", "[invoices]") {
  tally out;
  every_start_day([&](const year_month_day& start) {
    for (const cl::billing_period& p : month_periods) {
      // The oracle adds the period to the previous date and clips the day.
      std::vector<civil> edges{to_civil(start)};
      civil c = edges.back();
      while (edges.size() <= invoices_checked) {
        const long m = static_cast<long>(c.m) - 1 + months_per_period(p);
        c.y += static_cast<int>(m / 12);
        c.m = static_cast<unsigned>(m % 12) + 1;
        c.d = c.d < days_in(c.y, c.m) ? c.d : days_in(c.y, c.m);
        edges.push_back(c);
      }
      const cl::billing_terms t{.period = p, .alignment = cl::billing_alignment::drifting()};
      compare(cl::invoice_dates(t, start), edges, text(start) + " drifting", out);
    }
  });
  INFO("first mismatch: " << out.first);
  CHECK(out.schedules == 731 * 7);
  CHECK(out.mismatches == 0);
}

TEST_CASE("invoices: end-of-month pinning", "[invoices]") {
  tally out;
  every_start_day([&](const year_month_day& start) {
    const civil s = to_civil(start);
    const bool last = s.d == days_in(s.y, s.m);
    for (const cl::billing_period& p : month_periods) {
      const long m0 = static_cast<long>(s.y) * 12 + static_cast<long>(s.m) - 1;
      const long step = months_per_period(p);
      const auto edges = edges_by_walk(s, invoices_checked, [&](const civil& t, long, long month) {
        const unsigned length = days_in(t.y, t.m);
        const unsigned target = last ? length : (s.d < length ? s.d : length);
        return t.d == target && (month - m0) % step == 0;
      });
      const cl::billing_terms t{.period = p, .alignment = cl::billing_alignment::end_of_month()};
      compare(cl::invoice_dates(t, start), edges, text(start) + " end of month", out);
    }
  });
  INFO("first mismatch: " << out.first);
  CHECK(out.mismatches == 0);
}

TEST_CASE("invoices: calendar alignment", "[invoices]") {
  tally out;
  every_start_day([&](const year_month_day& start) {
    const civil s = to_civil(start);
    for (const cl::billing_period& p : month_periods) {
      const long step = months_per_period(p);
      const auto edges = edges_by_walk(s, invoices_checked, [&](const civil& t, long, long month) {
        return t.d == 1 && month % step == 0;
      });
      const cl::billing_terms t{.period = p, .alignment = cl::billing_alignment::calendar()};
      compare(cl::invoice_dates(t, start), edges, text(start) + " calendar", out);
    }
    for (const unsigned weeks : {1u, 2u}) {
      for (unsigned w = 0; w < 7; ++w) {  // Monday to Sunday
        long first = -1;
        const auto edges = edges_by_walk(s, invoices_checked, [&](const civil& t, long day, long) {
          if (weekday_of(t) != w) {
            return false;
          }
          if (first < 0) {
            first = day;
          }
          return (day - first) % (7 * static_cast<long>(weeks)) == 0;
        });
        // A start on the weekday is itself the first boundary.
        std::vector<civil> expected = edges;
        if (weekday_of(s) == w) {
          expected = edges_by_walk(s, invoices_checked, [&](const civil&, long day, long) {
            return day % (7 * static_cast<long>(weeks)) == 0;
          });
        }
        const cl::billing_terms t{
            .period = {static_cast<std::uint16_t>(weeks), cl::period_unit::week},
            .alignment = cl::billing_alignment::calendar(std::chrono::weekday{(w + 1) % 7})};
        compare(cl::invoice_dates(t, start), expected, text(start) + " calendar weeks", out);
      }
    }
  });
  INFO("first mismatch: " << out.first);
  CHECK(out.schedules == 731 * (7 + 14));
  CHECK(out.mismatches == 0);
}

// --- known vectors from billing systems' documentation ------------------------------

namespace {

std::vector<year_month_day> dates(const cl::billing_terms& t, const year_month_day& start,
                                  std::size_t n) {
  return first(cl::invoice_dates(t, start), n);
}

}  // namespace

TEST_CASE("invoices: Stripe, an anchor on the 31st", "[invoices]") {
  // Stripe's billing-cycle documentation: a subscription anchored on 31
  // January bills on 28 February (29 in leap years), 31 March, 30 April.
  const cl::billing_terms monthly{};
  CHECK(dates(monthly, 2024y / 1 / 31, 5) == std::vector{2024y / 1 / 31, 2024y / 2 / 29,
                                                         2024y / 3 / 31, 2024y / 4 / 30,
                                                         2024y / 5 / 31});
  CHECK(dates(monthly, 2023y / 1 / 31, 4) ==
        std::vector{2023y / 1 / 31, 2023y / 2 / 28, 2023y / 3 / 31, 2023y / 4 / 30});
  // The same with the anchor given as a first anchor date after the start:
  // a stub from the start, then the anchor's day, clipped.
  const cl::billing_terms anchored{.anchor = cl::billing_anchor::first_date(2024y / 1 / 31)};
  CHECK(dates(anchored, 2024y / 1 / 10, 4) ==
        std::vector{2024y / 1 / 10, 2024y / 1 / 31, 2024y / 2 / 29, 2024y / 3 / 31});
}

TEST_CASE("invoices: dateutil, BYMONTHDAY=-1", "[invoices]") {
  // rrule(MONTHLY, bymonthday=-1) gives every month's last day.
  const std::vector month_ends{2023y / 1 / 31, 2023y / 2 / 28, 2023y / 3 / 31,
                               2023y / 4 / 30, 2023y / 5 / 31, 2023y / 6 / 30};
  CHECK(dates({.anchor = cl::billing_anchor::cycle_day(31)}, 2023y / 1 / 31, 6) == month_ends);
  CHECK(dates({.alignment = cl::billing_alignment::end_of_month()}, 2023y / 1 / 31, 6) ==
        month_ends);
  // From 28 February, end-of-month pinning keeps to month ends; the
  // anniversary keeps the 28th; drifting stays on the 28th too.
  CHECK(dates({.alignment = cl::billing_alignment::end_of_month()}, 2023y / 2 / 28, 3) ==
        std::vector{2023y / 2 / 28, 2023y / 3 / 31, 2023y / 4 / 30});
  CHECK(dates({}, 2023y / 2 / 28, 3) ==
        std::vector{2023y / 2 / 28, 2023y / 3 / 28, 2023y / 4 / 28});
}

TEST_CASE("invoices: Kill Bill, billing-cycle day 31", "[invoices]") {
  // A monthly plan started on 15 April with BCD 31: a stub to the month's
  // last day, then every month's last day (the month-end fixes of Kill
  // Bill issues 127 and 2133: each date from the anchor, not the previous).
  CHECK(
      dates({.anchor = cl::billing_anchor::cycle_day(31)}, 2012y / 4 / 15, 5) ==
      std::vector{2012y / 4 / 15, 2012y / 4 / 30, 2012y / 5 / 31, 2012y / 6 / 30, 2012y / 7 / 31});
  // In arrears, the stub is invoiced when it closes, on the first anchor date.
  const cl::billing_terms arrears{.timing = cl::invoice_timing::in_arrears,
                                  .anchor = cl::billing_anchor::cycle_day(31)};
  const auto s = cl::invoice_dates(arrears, 2012y / 4 / 15);
  CHECK(s.front() == 2012y / 4 / 30);
  CHECK(s.begin().service() ==
        cl::service_period{2012y / 4 / 15, 2012y / 4 / 30, std::chrono::days{30}});
  CHECK(s[3] == 2012y / 7 / 31);
}

TEST_CASE("invoices: a 29 February anchor in common years", "[invoices]") {
  CHECK(
      dates({.period = cl::billing_period::annual}, 2024y / 2 / 29, 5) ==
      std::vector{2024y / 2 / 29, 2025y / 2 / 28, 2026y / 2 / 28, 2027y / 2 / 28, 2028y / 2 / 29});
  // Drifting, the day never comes back.
  CHECK(
      dates({.period = cl::billing_period::annual, .alignment = cl::billing_alignment::drifting()},
            2024y / 2 / 29, 5) ==
      std::vector{2024y / 2 / 29, 2025y / 2 / 28, 2026y / 2 / 28, 2027y / 2 / 28, 2028y / 2 / 28});
}

TEST_CASE("invoices: weeks and days step from the start", "[invoices]") {
  const auto weekly = dates({.period = cl::billing_period::weekly}, 2024y / 1 / 31, 4);
  CHECK(weekly == std::vector{2024y / 1 / 31, 2024y / 2 / 7, 2024y / 2 / 14, 2024y / 2 / 21});
  for (const year_month_day& d : weekly) {
    CHECK(std::chrono::weekday{std::chrono::sys_days{d}} == std::chrono::Wednesday);
  }
  CHECK(dates({.period = cl::billing_period::thirty_days}, 2024y / 1 / 31, 3) ==
        std::vector{2024y / 1 / 31, 2024y / 3 / 1, 2024y / 3 / 31});
  // A calendar-aligned quarter: a stub to the next quarter start.
  CHECK(dates({.period = cl::billing_period::quarterly,
               .alignment = cl::billing_alignment::calendar()},
              2024y / 2 / 15,
              4) == std::vector{2024y / 2 / 15, 2024y / 4 / 1, 2024y / 7 / 1, 2024y / 10 / 1});
}

// --- trials, terms, offsets ------------------------------------------------------------

TEST_CASE("invoices: trials", "[invoices][trial]") {
  // Shorter than a period: the first paid period starts on day 15.
  const cl::billing_terms trial{.trial = cl::free_trial::days(14)};
  const auto s = cl::invoice_dates(trial, 2024y / 1 / 1);
  CHECK(s.service_start() == 2024y / 1 / 15);
  CHECK(first(s, 3) == std::vector{2024y / 1 / 15, 2024y / 2 / 15, 2024y / 3 / 15});
  // In arrears, the first invoice bills the first paid month.
  cl::billing_terms arrears = trial;
  arrears.timing = cl::invoice_timing::in_arrears;
  const auto a = cl::invoice_dates(arrears, 2024y / 1 / 1);
  CHECK(a.front() == 2024y / 2 / 15);
  CHECK(a.begin().service().from == 2024y / 1 / 15);
  // With a cycle day, the stub after the trial is billed, not swallowed.
  cl::billing_terms anchored = trial;
  anchored.anchor = cl::billing_anchor::cycle_day(1);
  const auto b = cl::invoice_dates(anchored, 2024y / 1 / 1);
  CHECK(first(b, 3) == std::vector{2024y / 1 / 15, 2024y / 2 / 1, 2024y / 3 / 1});
  CHECK(b.begin().service() ==
        cl::service_period{2024y / 1 / 15, 2024y / 2 / 1, std::chrono::days{31}});
  CHECK(b.begin().service().is_stub());
  // Longer than a period: three free months from 31 January; the paid
  // months are counted from the trial's end, 30 April.
  const cl::billing_terms long_trial{.trial = cl::free_trial::months(3)};
  CHECK(dates(long_trial, 2024y / 1 / 31, 3) ==
        std::vector{2024y / 4 / 30, 2024y / 5 / 30, 2024y / 6 / 30});
  CHECK(dates({.trial = cl::free_trial::weeks(2)}, 2024y / 1 / 31, 2) ==
        std::vector{2024y / 2 / 14, 2024y / 3 / 14});
  // A weekly schedule after a trial of a month.
  CHECK(dates({.period = cl::billing_period::weekly, .trial = cl::free_trial::months(1)},
              2023y / 1 / 31, 2) == std::vector{2023y / 2 / 28, 2023y / 3 / 7});
}

TEST_CASE("invoices: fixed terms", "[invoices][term]") {
  const cl::billing_terms year{.term = cl::contract_term::fixed(12, cl::term_end::expire)};
  const auto s = cl::invoice_dates(year, 2024y / 1 / 31);
  CHECK(s.finite());
  const auto all = first(s, 100);
  REQUIRE(all.size() == 12);
  CHECK(all.back() == 2024y / 12 / 31);
  CHECK((s.begin() + 11).service().to == 2025y / 1 / 31);
  CHECK(cl::next_invoice_date(year, 2024y / 1 / 31, 2025y / 1 / 1).error() ==
        cl::schedule_error::after_last_invoice);
  // In arrears: twelve invoices, the last when the term ends.
  cl::billing_terms arrears = year;
  arrears.timing = cl::invoice_timing::in_arrears;
  const auto a = first(cl::invoice_dates(arrears, 2024y / 1 / 31), 100);
  REQUIRE(a.size() == 12);
  CHECK(a.front() == 2024y / 2 / 29);
  CHECK(a.back() == 2025y / 1 / 31);
  // With a cycle day the term is still counted from the start: a stub at
  // each end, twelve months served in all.
  cl::billing_terms anchored = year;
  anchored.anchor = cl::billing_anchor::cycle_day(1);
  const auto b = cl::invoice_dates(anchored, 2024y / 1 / 15);
  std::vector<cl::service_period> served;
  for (auto it = b.begin(); it != b.end(); ++it) {
    served.push_back(it.service());
  }
  REQUIRE(served.size() == 13);
  CHECK(served.front() == cl::service_period{2024y / 1 / 15, 2024y / 2 / 1, std::chrono::days{31}});
  CHECK(served.back() == cl::service_period{2025y / 1 / 1, 2025y / 1 / 15, std::chrono::days{31}});
  std::chrono::days total{0};
  for (const cl::service_period& p : served) {
    total += p.length();
  }
  CHECK(total == std::chrono::days{366});
  // Renewing: the same dates as evergreen, past the first term.
  const cl::billing_terms renew{.term = cl::contract_term::fixed(12, cl::term_end::renew)};
  CHECK_FALSE(cl::invoice_dates(renew, 2024y / 1 / 31).finite());
  CHECK(dates(renew, 2024y / 1 / 31, 40) == dates({}, 2024y / 1 / 31, 40));
  // Quarterly for two years, with a three-month trial.
  const cl::billing_terms q{.period = cl::billing_period::quarterly,
                            .trial = cl::free_trial::months(3),
                            .term = cl::contract_term::fixed(8, cl::term_end::expire)};
  const auto qs = dates(q, 2023y / 11 / 30, 20);
  REQUIRE(qs.size() == 8);
  CHECK(qs.front() == 2024y / 2 / 29);
  CHECK(qs.back() == 2025y / 11 / 29);
}

TEST_CASE("invoices: offsets", "[invoices]") {
  const cl::billing_terms early{.offset = std::chrono::days{-5}};
  const auto s = cl::invoice_dates(early, 2024y / 2 / 1);
  CHECK(first(s, 3) == std::vector{2024y / 1 / 27, 2024y / 2 / 25, 2024y / 3 / 27});
  CHECK(s.begin().service() ==
        cl::service_period{2024y / 2 / 1, 2024y / 3 / 1, std::chrono::days{29}});
  CHECK(*cl::next_invoice_date(early, 2024y / 2 / 1, 2024y / 1 / 28) == 2024y / 2 / 25);
  CHECK(cl::next_invoice(early, 2024y / 2 / 1, 2024y / 2 / 25)->service.from == 2024y / 3 / 1);
  const cl::billing_terms late{.timing = cl::invoice_timing::in_arrears,
                               .offset = std::chrono::days{10}};
  CHECK(dates(late, 2024y / 1 / 31, 2) == std::vector{2024y / 3 / 10, 2024y / 4 / 10});
}

// --- errors and the ends of the calendar ---------------------------------------------

TEST_CASE("invoices: bad input is an error value", "[invoices][errors]") {
  using E = cl::schedule_error;
  const auto error = [](const cl::billing_terms& t, year_month_day start) {
    const auto s = cl::invoice_dates(t, start);
    CHECK(s.empty());
    CHECK(s.begin() == s.end());
    CHECK(cl::next_invoice(t, start, 2024y / 1 / 1).error() == s.error());
    return s.error();
  };
  CHECK(error({}, 2023y / 2 / 29) == E::invalid_start);
  CHECK(error({.period = {0, cl::period_unit::month}}, 2024y / 1 / 1) == E::invalid_period);
  CHECK(error({.timing = cl::invoice_timing{7}}, 2024y / 1 / 1) == E::invalid_timing);
  CHECK(error({.offset = std::chrono::days{400}}, 2024y / 1 / 1) == E::invalid_offset);
  CHECK(error({.trial = {5000, cl::period_unit::day}}, 2024y / 1 / 1) == E::invalid_trial);
  CHECK(error({.term = {3, cl::term_end{9}}}, 2024y / 1 / 1) == E::invalid_term);
  CHECK(error({.anchor = cl::billing_anchor::cycle_day(0)}, 2024y / 1 / 1) == E::invalid_anchor);
  CHECK(error({.anchor = cl::billing_anchor::cycle_day(32)}, 2024y / 1 / 1) == E::invalid_anchor);
  CHECK(error({.anchor = cl::billing_anchor::first_date(2023y / 2 / 30)}, 2024y / 1 / 1) ==
        E::invalid_anchor);
  CHECK(error({.anchor = cl::billing_anchor::first_date(2023y / 12 / 31)}, 2024y / 1 / 1) ==
        E::anchor_before_start);
  CHECK(error({.trial = cl::free_trial::days(10),
               .anchor = cl::billing_anchor::first_date(2024y / 1 / 5)},
              2024y / 1 / 1) == E::anchor_before_start);
  CHECK(error({.alignment = {cl::alignment_rule{4}, std::chrono::Monday}}, 2024y / 1 / 1) ==
        E::invalid_alignment);
  CHECK(error({.alignment = cl::billing_alignment::calendar(std::chrono::weekday{9})},
              2024y / 1 / 1) == E::invalid_alignment);
  CHECK(error({.anchor = cl::billing_anchor::cycle_day(1),
               .alignment = cl::billing_alignment::calendar()},
              2024y / 1 / 1) == E::anchor_with_calendar);
  CHECK(error({.period = cl::billing_period::thirty_days,
               .alignment = cl::billing_alignment::calendar()},
              2024y / 1 / 1) == E::calendar_needs_weeks_months_or_years);
  CHECK(cl::next_invoice({}, 2024y / 1 / 1, 2024y / 2 / 30).error() == E::invalid_date);
  CHECK(cl::name_of(E::anchor_before_start) == "anchor_before_start");
}

TEST_CASE("invoices: the end of the calendar", "[invoices][errors]") {
  const year_month_day last_month{std::chrono::year::max(), std::chrono::December,
                                  std::chrono::day{15}};
  const auto s = cl::invoice_dates({}, last_month);
  CHECK(first(s, 5) == std::vector{last_month});
  CHECK_FALSE(s.finite());
  CHECK(cl::next_invoice_date(
            {}, last_month,
            year_month_day{std::chrono::year::max(), std::chrono::December, std::chrono::day{16}})
            .error() == cl::schedule_error::beyond_calendar);
  CHECK(cl::invoice_dates({.trial = cl::free_trial::months(1)}, last_month).error() ==
        cl::schedule_error::beyond_calendar);
  // A first anchor date past the calendar.
  CHECK(cl::invoice_dates({.anchor = cl::billing_anchor::cycle_day(10)}, last_month).error() ==
        cl::schedule_error::beyond_calendar);
  CHECK(cl::invoice_dates(
            {.period = cl::billing_period::weekly,
             .alignment = cl::billing_alignment::calendar(std::chrono::Monday)},
            year_month_day{std::chrono::year::max(), std::chrono::December, std::chrono::day{31}})
            .error() == cl::schedule_error::beyond_calendar);
  // In arrears nothing closes within the calendar.
  CHECK(cl::invoice_dates({.timing = cl::invoice_timing::in_arrears}, last_month).empty());
  // Daily to the last day of the calendar, and an iterator pushed far past it.
  const auto daily = cl::invoice_dates({.period = cl::billing_period::daily}, last_month);
  CHECK(first(daily, 100).size() == 17);
  CHECK((daily.begin() + 1'000'000'000'000) == daily.end());
  CHECK(cl::invoice_dates({.period = cl::billing_period::biennial}, 2024y / 1 / 1)[100'000] ==
        year_month_day{std::chrono::year::max(), std::chrono::December, std::chrono::day{32}});
}

// Walking a schedule step by step takes the iterator's short cut from an anchor
// date on; it must agree with each date computed from the anchor, up to the
// last invoice the calendar holds and past it.
TEST_CASE("invoices: stepping agrees with indexing to the end of the calendar",
          "[invoices][errors]") {
  using P = cl::billing_period;
  const std::chrono::year last = std::chrono::year::max();
  for (const P period : {P::daily, P::weekly, P::biweekly, P{28, cl::period_unit::day},
                         P::thirty_days, P::monthly, P::quarterly, P::annual}) {
    for (const year_month_day start : {year_month_day{last - std::chrono::years{1},
                                                      std::chrono::January, std::chrono::day{31}},
                                       year_month_day{last, std::chrono::February,
                                                      std::chrono::day{29}},
                                       year_month_day{last, std::chrono::November,
                                                      std::chrono::day{30}}}) {
      if (!start.ok()) {
        continue;
      }
      for (const auto timing : {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
        CAPTURE(period.count, static_cast<int>(period.unit), text(start), cl::name_of(timing));
        const auto s = cl::invoice_dates({.period = period, .timing = timing}, start);
        auto it = s.begin();
        std::ptrdiff_t k = 0;
        for (; k < 800 && it != s.end(); ++k, ++it) {
          REQUIRE(*it == s[k]);
          REQUIRE(s[k].ok());
        }
        CHECK(it == s.end());
        CHECK_FALSE(s[k].ok());
      }
    }
  }
}

// --- the view ---------------------------------------------------------------------------

TEST_CASE("invoices: a borrowed random-access view", "[invoices]") {
  static_assert(std::ranges::view<cl::invoice_schedule>);
  static_assert(std::ranges::random_access_range<cl::invoice_schedule>);
  static_assert(std::ranges::borrowed_range<cl::invoice_schedule>);
  const auto s = cl::invoice_dates({.anchor = cl::billing_anchor::cycle_day(10)}, 2024y / 1 / 20);
  auto it = s.begin();
  std::ranges::advance(it, 50);
  CHECK(it - s.begin() == 50);
  CHECK(it.index() == 50);
  CHECK(*it == s[50]);
  CHECK(*it == 2028y / 3 / 10);  // the stub on 20 January, then 49 months from 10 February
  CHECK(*--it == 2028y / 2 / 10);
  CHECK(it[-49] == 2024y / 1 / 20);
  CHECK(std::ranges::next(it, -49) < it);
  // lower_bound: the first invoice on or after a date, without walking.
  CHECK(s.lower_bound(2024y / 1 / 1) == s.begin());
  CHECK(s.lower_bound(2028y / 3 / 10) == s.begin() + 50);
  CHECK(s.lower_bound(2028y / 3 / 9) == s.begin() + 50);
  CHECK(s.lower_bound(2028y / 3 / 11).index() == 51);
  CHECK(s.lower_bound(2023y / 2 / 29) == s.end());
  CHECK(cl::invoice_dates({}, 2023y / 2 / 29).lower_bound(2024y / 1 / 1) == s.end());
  // Found by the standard algorithms, which use the view's own order.
  const auto found = std::ranges::lower_bound(s.begin(), s.begin() + 120, 2030y / 6 / 11);
  CHECK(*found == 2030y / 7 / 10);
  CHECK(*found == *cl::next_invoice_date({.anchor = cl::billing_anchor::cycle_day(10)},
                                         2024y / 1 / 20, 2030y / 6 / 11));
}

// --- relationship types, profiles and bundles ------------------------------------------

TEST_CASE("invoices: relationship types and profiles", "[invoices]") {
  using retainer = cl::archetypes::law_firm;  // a monthly retainer
  CHECK(first(cl::invoice_dates<retainer>(2024y / 1 / 31), 3) ==
        std::vector{2024y / 1 / 31, 2024y / 2 / 29, 2024y / 3 / 31});
  CHECK(first(cl::invoice_dates(cl::profile_of<cl::archetypes::car_maintenance_contract>,
                                2024y / 2 / 29),
              2) == std::vector{2024y / 2 / 29, 2025y / 2 / 28});
  const auto none = cl::invoice_dates(cl::profile_of<cl::archetypes::supermarket>, 2024y / 1 / 1);
  CHECK(none.empty());
  CHECK(none.error() == cl::schedule_error::no_period);
  CHECK(cl::invoice_dates(cl::profile{}, 2024y / 1 / 1).error() == cl::schedule_error::no_period);
}

TEST_CASE("invoices: merged schedules and bundles", "[invoices][bundle]") {
  const auto weekly = cl::invoice_dates({.period = cl::billing_period::biweekly}, 2024y / 1 / 1);
  const auto monthly = cl::invoice_dates({}, 2024y / 1 / 15);
  const auto merged = cl::merge_schedules(weekly, monthly);
  std::vector<year_month_day> seen;
  std::vector<std::uint64_t> billed;
  for (auto it = merged.begin(); it != merged.end() && seen.size() < 6; ++it) {
    seen.push_back(*it);
    billed.push_back(it.billed());
  }
  CHECK(seen == std::vector{2024y / 1 / 1, 2024y / 1 / 15, 2024y / 1 / 29, 2024y / 2 / 12,
                            2024y / 2 / 15, 2024y / 2 / 26});
  CHECK(billed == std::vector<std::uint64_t>{1, 3, 1, 1, 2, 1});
  CHECK(cl::merge_schedules().empty());

  // A bundle with one recurring part (the car is paid once).
  using car = cl::archetypes::car_with_service_contract;
  static_assert(cl::recurring_parts_t<car>::size == 1);
  const auto car_dates = cl::bundle_invoice_dates<car>(2024y / 3 / 1);
  CHECK(*car_dates.begin() == 2024y / 3 / 1);
  CHECK(*std::next(car_dates.begin()) == 2025y / 3 / 1);
  // Parts billed separately: a date for each, once when they coincide.
  using both = cl::bundle<cl::archetypes::law_firm, cl::archetypes::car_maintenance_contract>;
  static_assert(!cl::shares_one_invoice_v<both>);
  const auto apart = cl::bundle_invoice_dates<both, cl::bundle_billing::separately>(2024y / 1 / 31);
  auto it = apart.begin();
  CHECK(it.billed() == 3);
  std::advance(it, 12);
  CHECK(*it == 2025y / 1 / 31);
  CHECK(it.billed() == 3);
  CHECK(it.part(1).service().to == 2026y / 1 / 31);
  // A bundle without recurring parts has no dates.
  CHECK(cl::bundle_invoice_dates<cl::bundle<cl::archetypes::supermarket>>(2024y / 1 / 1).empty());
  // Terms equal but for the term's length can share an invoice.
  CHECK(cl::can_share_invoices({}, {.term = cl::contract_term::fixed(12, cl::term_end::expire)}));
  CHECK_FALSE(cl::can_share_invoices({}, {.anchor = cl::billing_anchor::cycle_day(1)}));
}

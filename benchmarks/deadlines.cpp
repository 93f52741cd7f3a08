// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// First-response deadlines per second: clientele::first_response_due against
// a plain hand-written walk over the open intervals of a fixed-offset
// calendar (day by day, interval by interval, no checks), on the same
// tickets in the same run; the two must agree on every deadline. Prints the
// rates and their ratio for short targets (hours), long targets (hundreds of
// business hours, where the library skips whole weeks) and, built with
// CLIENTELE_BENCH_TZ, a named zone (the library only: the plain walk knows no
// daylight saving); and order_by_first_response on a million tickets against
// the plain walk and std::sort. A second argument scales the number of
// tickets (the test suite runs it at 0.01).
//
//   g++ -std=c++20 -O2 -DNDEBUG -Iinclude benchmarks/deadlines.cpp -o bench_deadlines
//   g++ -std=c++20 -O2 -DNDEBUG -Iinclude -DCLIENTELE_BENCH_TZ -DUSE_OS_TZDB=1
//       benchmarks/deadlines.cpp -ldate-tz -o bench_deadlines

#if defined(CLIENTELE_BENCH_TZ)
#include <clientele/ext/tz.hpp>
#endif
#include <clientele/support/deadlines.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>
#include <vector>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// --- the hand-written walk -------------------------------------------------------------

struct plain_calendar {
  std::array<std::vector<std::pair<std::int64_t, std::int64_t>>, 7> week;  // seconds, Sunday first
  std::vector<std::int64_t> holidays;                                      // local days, sorted
  std::int64_t offset = 0;                                                 // seconds east of UTC
};

std::int64_t plain_due(const plain_calendar& c, std::int64_t created, std::int64_t target) {
  const std::int64_t local = created + c.offset;
  std::int64_t day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  std::int64_t left = target;
  for (;; ++day) {
    if (std::binary_search(c.holidays.begin(), c.holidays.end(), day)) {
      continue;
    }
    for (const auto& [from, to] : c.week[static_cast<std::size_t>(((day % 7) + 11) % 7)]) {
      const std::int64_t open = std::max(day * 86400 + from, local);
      const std::int64_t close = day * 86400 + to;
      if (open >= close) {
        continue;
      }
      if (left <= close - open) {
        return open + left - c.offset;
      }
      left -= close - open;
    }
  }
}

// --- the same calendar both ways ------------------------------------------------------------

struct setup {
  cl::support_terms terms;
  plain_calendar plain;
};

setup make_setup(std::int64_t offset_seconds) {
  setup s;
  s.terms.calendar.zone = cl::time_zone::fixed(seconds{offset_seconds});
  s.plain.offset = offset_seconds;
  // Monday to Friday 09:00-12:30 and 13:30-17:30, Saturday 10:00-14:00.
  const std::array<std::pair<int, int>, 2> weekday_hours{
      {{9 * 60, 12 * 60 + 30}, {13 * 60 + 30, 17 * 60 + 30}}};
  for (unsigned d = 1; d <= 5; ++d) {
    for (const auto& [from, to] : weekday_hours) {
      s.terms.calendar.hours.add(weekday{d}, minutes{from}, minutes{to});
      s.plain.week[d].emplace_back(from * 60, to * 60);
    }
  }
  s.terms.calendar.hours.add(Saturday, 10h, 14h);
  s.plain.week[6].emplace_back(10 * 3600, 14 * 3600);
  // Twenty holidays a year over three years.
  for (int year = 2025; year <= 2027; ++year) {
    for (int i = 0; i < 20; ++i) {
      const year_month_day d{sys_days{std::chrono::year{year} / January / 1} + days{7 + 17 * i}};
      s.terms.calendar.holidays.add(d);
      s.plain.holidays.push_back(local_days{d}.time_since_epoch().count());
    }
  }
  std::sort(s.plain.holidays.begin(), s.plain.holidays.end());
  return s;
}

struct ticket {
  std::int64_t created;
  std::int64_t target;
};

std::vector<ticket> make_tickets(std::size_t n, std::int64_t min_target, std::int64_t max_target) {
  std::vector<ticket> out;
  std::uint64_t x = 88172645463325252ULL;  // xorshift64
  const auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  const std::int64_t start = sys_seconds{sys_days{2025y / January / 1}}.time_since_epoch().count();
  for (std::size_t i = 0; i < n; ++i) {
    const auto created = start + static_cast<std::int64_t>(next() % (600ULL * 86400));
    const auto target =
        min_target +
        static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(max_target - min_target));
    out.push_back({created, target});
  }
  return out;
}

cl::support_terms with_target(cl::support_terms t, seconds target) {
  t.first_response.normal = cl::business_time(target);
  return t;
}

// Deadlines per second of `f` over `tickets`: the best of five runs.
template <class F>
double rate(const std::vector<ticket>& tickets, F f, std::int64_t& checksum) {
  double best = 0;
  for (int run = 0; run < 5; ++run) {
    std::int64_t sum = 0;
    const auto t0 = steady_clock::now();
    for (const ticket& k : tickets) {
      sum += f(k);
    }
    const double s = duration<double>(steady_clock::now() - t0).count();
    best = std::max(best, static_cast<double>(tickets.size()) / s);
    checksum = sum;
  }
  return best;
}

int compare(const char* label, const setup& s, const std::vector<ticket>& tickets) {
  // The library takes the target from the terms, so each ticket gets its own.
  std::int64_t library_sum = 0;
  std::int64_t plain_sum = 0;
  std::size_t disagreements = 0;
  for (const ticket& k : tickets) {
    const auto due = cl::first_response_due(with_target(s.terms, seconds{k.target}),
                                            cl::priority::normal, sys_seconds{seconds{k.created}});
    if (!due || due->time_since_epoch().count() != plain_due(s.plain, k.created, k.target)) {
      ++disagreements;
    }
  }
  const double library = rate(
      tickets,
      [&s](const ticket& k) {
        return cl::add_open_time(s.terms.calendar, sys_seconds{seconds{k.created}},
                                 seconds{k.target})
            .value()
            .time_since_epoch()
            .count();
      },
      library_sum);
  const double plain = rate(
      tickets, [&s](const ticket& k) { return plain_due(s.plain, k.created, k.target); },
      plain_sum);
  std::printf("%-34s library %12.0f /s   hand-written %12.0f /s   ratio %5.2f   %s\n", label,
              library, plain, library / plain,
              disagreements == 0 && library_sum == plain_sum ? "same deadlines" : "DISAGREE");
  return disagreements == 0 && library_sum == plain_sum ? 0 : 1;
}

// order_by_first_response on a batch of `n` tickets of four priorities
// (business targets of 1, 2, 4 and 8 hours) against the same by hand: the
// plain walk for each ticket, then std::sort of (deadline, priority, index).
// Both must give the same order.
int compare_ordering(const setup& s, std::size_t n) {
  cl::support_terms terms = s.terms;
  const std::int64_t targets[] = {3600, 2 * 3600, 4 * 3600, 8 * 3600};
  terms.first_response.urgent = cl::business_time(seconds{targets[0]});
  terms.first_response.high = cl::business_time(seconds{targets[1]});
  terms.first_response.normal = cl::business_time(seconds{targets[2]});
  terms.first_response.low = cl::business_time(seconds{targets[3]});
  const std::vector<ticket> created = make_tickets(n, 60, 120);
  std::vector<cl::support_ticket> batch;
  batch.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    batch.push_back({std::cref(terms), static_cast<cl::priority>(i % 4),
                     sys_seconds{seconds{created[i].created}}});
  }
  struct plain_routed {
    std::size_t index;
    std::int64_t due;
    unsigned level;
  };
  const auto by_hand = [&] {
    std::vector<plain_routed> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      const unsigned level = static_cast<unsigned>(i % 4);
      out.push_back({i, plain_due(s.plain, created[i].created, targets[level]), level});
    }
    std::sort(out.begin(), out.end(), [](const plain_routed& a, const plain_routed& b) {
      return a.due != b.due ? a.due < b.due : a.level != b.level ? a.level < b.level : a.index < b.index;
    });
    return out;
  };
  const std::vector<cl::routed_ticket> library_order = cl::order_by_first_response(batch);
  const std::vector<plain_routed> plain_order = by_hand();
  bool same = library_order.size() == plain_order.size();
  for (std::size_t i = 0; same && i < library_order.size(); ++i) {
    same = library_order[i].index == plain_order[i].index && library_order[i].due &&
           library_order[i].due->time_since_epoch().count() == plain_order[i].due;
  }
  double library = 0;
  double plain = 0;
  std::size_t sink = 0;
  for (int run = 0; run < 3; ++run) {
    auto t0 = steady_clock::now();
    sink += cl::order_by_first_response(batch).front().index;
    library = std::max(library, static_cast<double>(n) / duration<double>(steady_clock::now() - t0).count());
    t0 = steady_clock::now();
    sink += by_hand().front().index;
    plain = std::max(plain, static_cast<double>(n) / duration<double>(steady_clock::now() - t0).count());
  }
  char label[64];
  std::snprintf(label, sizeof label, "order_by_first_response, %zu", n);
  std::printf("%-34s library %12.0f /s   hand-written %12.0f /s   ratio %5.2f   %s\n", label,
              library, plain, library / plain, same && sink < 4 * n ? "same order" : "DISAGREE");
  return same ? 0 : 1;
}

}  // namespace

// Usage: deadlines [rounds, ignored] [scale: the fraction of the tickets, 1 by default]
int main(int argc, char** argv) {
  const double scale = argc > 2 ? std::atof(argv[2]) : 1.0;
  const auto count = [scale](std::size_t n) {
    return std::max<std::size_t>(100, static_cast<std::size_t>(static_cast<double>(n) * scale));
  };
  const setup utc = make_setup(0);
  const setup india = make_setup(5 * 3600 + 30 * 60);
  const std::vector<ticket> short_targets = make_tickets(count(200000), 60, 16 * 3600);
  const std::vector<ticket> long_targets = make_tickets(count(20000), 200 * 3600, 2000 * 3600);
  std::printf(
      "first_response_due on a business clock: deadlines per second (ratio > 1: the library is "
      "faster)\n");
  int failures = 0;
  failures += compare("UTC, targets up to 16 h", utc, short_targets);
  failures += compare("UTC+05:30, targets up to 16 h", india, short_targets);
  failures += compare("UTC, targets of 200-2000 h", utc, long_targets);
  failures += compare_ordering(utc, count(1000000));
  // The whole entry point, with the terms checked on every call.
  std::int64_t sum = 0;
  const cl::support_terms terms = with_target(utc.terms, 4h);
  const double full = rate(
      short_targets,
      [&terms](const ticket& k) {
        return cl::first_response_due(terms, cl::priority::normal, sys_seconds{seconds{k.created}})
            .value()
            .time_since_epoch()
            .count();
      },
      sum);
  std::printf("%-34s library %12.0f /s\n", "first_response_due, 4 h, UTC", full);
#if defined(CLIENTELE_BENCH_TZ)
  for (const char* name : {"America/New_York", "Europe/Berlin"}) {
    cl::business_calendar named = utc.terms.calendar;
    named.zone = cl::tz::locate_zone(name).value();
    const double r = rate(
        short_targets,
        [&named](const ticket& k) {
          return cl::add_open_time(named, sys_seconds{seconds{k.created}}, seconds{k.target})
              .value()
              .time_since_epoch()
              .count();
        },
        sum);
    std::printf("%-34s library %12.0f /s\n", name, r);
  }
#endif
  return failures;
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Invoice dates per second: the invoice_dates view against a hand-written
// std::chrono loop that computes the same dates, timed in turn in the same
// process. Every start day of 2023 and 2024, the first 120 invoices of each.
// Prints, per schedule, the best rate of each side and their ratio; fails
// if the two sides disagree on a date.
//
// Build and run:
//   g++ -std=c++20 -O2 -Iinclude benchmarks/invoice_dates.cpp -o invoice_dates
//   ./invoice_dates [rounds]

#include <clientele/schedules/invoices.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace cl = clientele;
namespace chr = std::chrono;

namespace {

using clock_type = chr::steady_clock;
constexpr int invoices = 120;

volatile std::uint64_t sink = 0;

std::uint64_t digest(const chr::year_month_day& d) {
  return static_cast<std::uint64_t>(static_cast<int>(d.year())) * 372u +
         static_cast<unsigned>(d.month()) * 31u + static_cast<unsigned>(d.day());
}

// --- the hand-written loops -----------------------------------------------------------

// Months: the start's year and month plus k months, the start's day clipped.
std::uint64_t by_hand_months(chr::year_month_day start, int months_per_period) {
  const chr::year_month first = start.year() / start.month();
  const chr::day day = start.day();
  std::uint64_t acc = 0;
  for (int k = 0; k < invoices; ++k) {
    const chr::year_month ym = first + chr::months{k * months_per_period};
    const chr::day last = (ym / chr::last).day();
    acc += digest(ym / (day < last ? day : last));
  }
  return acc;
}

// Cycle day 31: a stub from the start to its month's last day, then every
// month's last day.
std::uint64_t by_hand_month_ends(chr::year_month_day start) {
  const chr::year_month first = start.year() / start.month();
  const chr::year_month_day first_end{first / chr::last};
  std::uint64_t acc = 0;
  int k = 0;
  if (start != first_end) {
    acc += digest(start);
    ++k;
  }
  for (int m = 0; k < invoices; ++k, ++m) {
    acc += digest(chr::year_month_day{(first + chr::months{m}) / chr::last});
  }
  return acc;
}

// Weeks: the start plus k weeks.
std::uint64_t by_hand_weeks(chr::year_month_day start) {
  const chr::sys_days first{start};
  std::uint64_t acc = 0;
  for (int k = 0; k < invoices; ++k) {
    acc += digest(chr::year_month_day{first + chr::weeks{k}});
  }
  return acc;
}

// --- the library ----------------------------------------------------------------------

std::uint64_t with_view(const cl::billing_terms& terms, chr::year_month_day start) {
  const cl::invoice_schedule schedule = cl::invoice_dates(terms, start);
  std::uint64_t acc = 0;
  auto it = schedule.begin();
  for (int k = 0; k < invoices; ++k, ++it) {
    acc += digest(*it);
  }
  return acc;
}

// Dates per second of `run` over every start; the digest of one pass.
template <class Run>
double rate(const std::vector<chr::year_month_day>& starts, Run run, std::uint64_t& out) {
  const auto begin = clock_type::now();
  std::uint64_t acc = 0;
  for (const chr::year_month_day& s : starts) {
    acc += run(s);
  }
  const chr::duration<double> took = clock_type::now() - begin;
  sink = sink + acc;
  out = acc;
  return static_cast<double>(starts.size()) * invoices / took.count();
}

struct workload {
  const char* name;
  cl::billing_terms terms;
  std::uint64_t (*by_hand)(chr::year_month_day);
};

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 7;
  std::vector<chr::year_month_day> starts;
  for (chr::sys_days d{chr::year{2023} / 1 / 1}; d < chr::sys_days{chr::year{2025} / 1 / 1};
       d += chr::days{1}) {
    starts.emplace_back(d);
  }

  const workload workloads[] = {
      {"monthly", {}, [](chr::year_month_day s) { return by_hand_months(s, 1); }},
      {"quarterly",
       {.period = cl::billing_period::quarterly},
       [](chr::year_month_day s) { return by_hand_months(s, 3); }},
      {"annual",
       {.period = cl::billing_period::annual},
       [](chr::year_month_day s) { return by_hand_months(s, 12); }},
      {"monthly, cycle day 31", {.anchor = cl::billing_anchor::cycle_day(31)}, by_hand_month_ends},
      {"weekly", {.period = cl::billing_period::weekly}, by_hand_weeks},
  };

  std::printf("Invoice dates per second, best of %d rounds (%zu schedules of %d dates)\n\n", rounds,
              starts.size(), invoices);
  std::printf("%-24s %14s %14s %8s\n", "schedule", "view", "by hand", "ratio");
  double log_sum = 0;
  int failures = 0;
  for (const workload& w : workloads) {
    double best_view = 0;
    double best_hand = 0;
    std::uint64_t view_digest = 0;
    std::uint64_t hand_digest = 0;
    for (int r = 0; r < rounds; ++r) {
      const double v = rate(
          starts, [&](chr::year_month_day s) { return with_view(w.terms, s); }, view_digest);
      const double h = rate(starts, w.by_hand, hand_digest);
      best_view = v > best_view ? v : best_view;
      best_hand = h > best_hand ? h : best_hand;
    }
    if (view_digest != hand_digest) {
      std::printf("%-24s the view and the hand-written loop disagree\n", w.name);
      ++failures;
      continue;
    }
    const double ratio = best_view / best_hand;
    log_sum += std::log(ratio);
    std::printf("%-24s %14.3g %14.3g %7.2fx\n", w.name, best_view, best_hand, ratio);
  }
  const int measured = static_cast<int>(sizeof workloads / sizeof workloads[0]) - failures;
  if (measured > 0) {
    std::printf("\nview / hand-written, geometric mean: %.2fx\n", std::exp(log_sum / measured));
  }
  return failures == 0 ? 0 : 1;
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The invoice schedule of a set of billing terms from a start date:
/// the lazy view `invoice_dates`, the next invoice on or after a date
/// (`next_invoice`), and the service period each invoice covers. See the
/// page @ref invoices.

#ifndef CLIENTELE_SCHEDULES_SCHEDULE_HPP
#define CLIENTELE_SCHEDULES_SCHEDULE_HPP

#include <clientele/catalogue/profile_terms.hpp>
#include <clientele/catalogue/period.hpp>
#include <clientele/queries.hpp>
#include <clientele/schedules/terms.hpp>

#include <chrono>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <ranges>
#include <string_view>
#include <type_traits>

namespace clientele {

/// @brief A value of type `T`, or the `schedule_error` that explains its
/// absence.
template <class T>
class schedule_result {
 public:
  /// The value @p value.
  constexpr schedule_result(T value) noexcept : value_{value} {}
  /// No value, because of @p e (not `schedule_error::none`).
  constexpr schedule_result(schedule_error e) noexcept : error_{e} {}

  /// Whether there is a value.
  [[nodiscard]] constexpr bool has_value() const noexcept { return error_ == schedule_error::none; }
  /// Whether there is a value.
  constexpr explicit operator bool() const noexcept { return has_value(); }
  /// @brief The value. *Preconditions:* `has_value()`; without one, a
  /// value-initialised `T` (never undefined behaviour).
  [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
  /// The value's members. *Preconditions:* as `operator*`.
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  /// The value, or @p fallback without one.
  [[nodiscard]] constexpr T value_or(T fallback) const noexcept {
    return has_value() ? value_ : fallback;
  }
  /// Why there is no value; `schedule_error::none` when there is one.
  [[nodiscard]] constexpr schedule_error error() const noexcept { return error_; }

  /// Equal when both hold equal values or the same error.
  friend constexpr bool operator==(const schedule_result&, const schedule_result&) = default;

 private:
  T value_{};
  schedule_error error_ = schedule_error::none;
};

/// @brief The days an invoice bills: from `from` up to, not including, `to`.
struct service_period {
  /// The first day served.
  std::chrono::year_month_day from{};
  /// The day after the last day served.
  std::chrono::year_month_day to{};
  /// @brief The length of a whole period at this place in the schedule: longer than
  /// `length()` for a stub, so a stub is prorated as `length() / full`.
  std::chrono::days full{0};

  /// @brief The number of days served.
  [[nodiscard]] constexpr std::chrono::days length() const noexcept {
    return std::chrono::sys_days{to} - std::chrono::sys_days{from};
  }
  /// @brief Whether it is a stub: shorter (or, before a distant first
  /// anchor date, longer) than a whole period.
  [[nodiscard]] constexpr bool is_stub() const noexcept { return length() != full; }

  /// Equal when every member is.
  friend constexpr bool operator==(const service_period&, const service_period&) = default;
};

/// @brief An invoice of a schedule: its date and the days it bills.
struct invoice {
  /// The invoice date.
  std::chrono::year_month_day date{};
  /// The days it bills.
  service_period service{};

  /// Equal when both members are.
  friend constexpr bool operator==(const invoice&, const invoice&) = default;
};

namespace detail::schedule {

using std::chrono::year_month_day;

// Dates are counted in days since 1970-01-01 and months in months since
// January of year 0. Every value stays within the years std::chrono::year
// holds; past them a schedule ends, before them it has not begun.
using count_t = std::int64_t;

inline constexpr year_month_day before{std::chrono::year::min(), std::chrono::January,
                                       std::chrono::day{0}};
inline constexpr year_month_day beyond{std::chrono::year::max(), std::chrono::December,
                                       std::chrono::day{32}};
inline constexpr count_t first_month = count_t{static_cast<int>(std::chrono::year::min())} * 12;
inline constexpr count_t last_month = count_t{static_cast<int>(std::chrono::year::max())} * 12 + 11;
// No schedule has more periods than the calendar has days.
inline constexpr count_t max_index = 40'000'000;

// Position i moved by n, held within [-1, max_index]: every position
// before the first invoice is -1 and every one past the calendar is
// max_index, so that no move overflows (both yield no date).
constexpr count_t moved(count_t i, std::ptrdiff_t n) noexcept {
  const count_t low = -1 - i;          // the move that reaches -1
  const count_t high = max_index - i;  // the move that reaches max_index
  if (n <= low) {
    return -1;
  }
  if (n >= high) {
    return max_index;
  }
  return i + n;
}

// a / b rounded down, for b > 0.
constexpr count_t floor_div(count_t a, count_t b) noexcept {
  return (a >= 0 ? a : a - (b - 1)) / b;
}

constexpr count_t day_number(const year_month_day& d) noexcept {
  return std::chrono::sys_days{d}.time_since_epoch().count();
}

inline constexpr count_t first_day =
    day_number(year_month_day{std::chrono::year::min(), std::chrono::January, std::chrono::day{1}});
inline constexpr count_t last_day = day_number(
    year_month_day{std::chrono::year::max(), std::chrono::December, std::chrono::day{31}});

// The date of day number n, `before` or `beyond` outside the calendar.
constexpr year_month_day date_of(count_t n) noexcept {
  if (n < first_day) {
    return before;
  }
  if (n > last_day) {
    return beyond;
  }
  return year_month_day{std::chrono::sys_days{std::chrono::days{n}}};
}

// Whether d is a date rather than `before` or `beyond`: every other date
// this file makes is valid, so the day alone tells.
constexpr bool is_date(const year_month_day& d) noexcept {
  return static_cast<unsigned>(d.day()) - 1 < 31;
}

constexpr count_t month_number(const year_month_day& d) noexcept {
  return count_t{static_cast<int>(d.year())} * 12 + static_cast<unsigned>(d.month()) - 1;
}

// A multiple of 25 is a leap year when it is a multiple of 16 (so of 400),
// any other year when it is a multiple of 4.
constexpr bool is_leap(count_t y) noexcept {
  return (y & (y % 25 == 0 ? 15 : 3)) == 0;
}

// The number of days of month moy (0 for January) of year y.
constexpr unsigned month_length(count_t y, count_t moy) noexcept {
  // 31 days in odd months up to July and in even months from August; a
  // local table would be rebuilt on the stack at every call (measured).
  const auto m = static_cast<unsigned>(moy) + 1;
  if (m == 2) {
    return is_leap(y) ? 29u : 28u;
  }
  return 30u + ((m ^ (m >> 3)) & 1u);
}

// The number of days of month number m.
constexpr unsigned month_length(count_t m) noexcept {
  const count_t y = floor_div(m, 12);
  return month_length(y, m - y * 12);
}

// Day d of month number m, clipped to the month's last day.
constexpr year_month_day clipped(count_t m, unsigned d) noexcept {
  if (m < first_month) {
    return before;
  }
  if (m > last_month) {
    return beyond;
  }
  const count_t y = floor_div(m, 12);
  const count_t moy = m - y * 12;
  const unsigned length = month_length(y, moy);
  return year_month_day{std::chrono::year{static_cast<int>(y)},
                        std::chrono::month{static_cast<unsigned>(moy + 1)},
                        std::chrono::day{d < length ? d : length}};
}

constexpr unsigned day_of(const year_month_day& d) noexcept {
  return static_cast<unsigned>(d.day());
}

constexpr bool is_last_day(const year_month_day& d) noexcept {
  return day_of(d) == month_length(month_number(d));
}

// A date plus n days, `before` or `beyond` outside the calendar.
constexpr year_month_day plus_days(const year_month_day& d, count_t n) noexcept {
  return n == 0 ? d : date_of(day_number(d) + n);
}

// The boundaries b(0) < b(1) < ... of a billing cycle: b(0) is the anchor
// date, and every b(k) is computed from it, never from b(k - 1).
// Wide members first, the bytes together at the end: copied as whole words.
struct cycle {
  count_t step = 1;   // months (by_months) or days per period
  count_t month = 0;  // by months: the month of b(0)
  count_t first = 0;  // by days: the day number of b(0)
  // Drifting: from period `from` on, the day is `day` (at most three drops: 31, 30, 29, 28).
  struct drop {
    count_t from = 0;
    unsigned char day = 0;
  };
  drop drops[3]{};
  bool by_months = true;
  unsigned char day = 1;  // by months: the anchor's day, unclipped (31 pins to month ends)
  unsigned char drop_count = 0;

  constexpr unsigned day_at(count_t k) const noexcept {
    unsigned d = day;
    for (unsigned i = 0; i < drop_count; ++i) {
      if (k >= drops[i].from) {
        d = drops[i].day;
      }
    }
    return d;
  }

  constexpr year_month_day at(count_t k) const noexcept {
    if (k > max_index) {
      return beyond;
    }
    if (k < -max_index) {
      return before;
    }
    return by_months ? clipped(month + k * step, day_at(k)) : date_of(first + k * step);
  }

  // The smallest k >= 0 with at(k) >= t.
  constexpr count_t first_not_before(const year_month_day& t) const noexcept {
    count_t k = 0;
    if (by_months) {
      k = floor_div(month_number(t) - month, step);
    } else {
      const count_t gap = day_number(t) - first;
      k = gap > 0 ? (gap + step - 1) / step : 0;
    }
    k = k < 0 ? 0 : (k > max_index ? max_index : k);
    while (k > 0 && at(k - 1) >= t) {
      --k;
    }
    while (at(k) < t) {
      ++k;
    }
    return k;
  }

  // Drifting: the periods at which the day drops to a shorter month's
  // length. The months of b(k) repeat their month of the year within 12
  // periods; a February of a common year can take longer to come.
  constexpr void find_drops() noexcept {
    unsigned d = day;
    count_t k = 0;
    while (d > 28 && drop_count < 3) {
      const count_t limit = d >= 30 ? 12 : 4800;
      bool found = false;
      for (count_t n = 1; n <= limit && !found; ++n) {
        const count_t m = month + (k + n) * step;
        if (m > last_month) {
          break;
        }
        if (month_length(m) < d) {
          k += n;
          d = month_length(m);
          drops[drop_count++] = {k, static_cast<unsigned char>(d)};
          found = true;
        }
      }
      if (!found) {
        break;
      }
    }
  }
};

// The first anchor date on or after s for cycle day d.
constexpr year_month_day first_cycle_day(const year_month_day& s, unsigned d) noexcept {
  const count_t m = month_number(s);
  const year_month_day here = clipped(m, d);
  return here >= s ? here : clipped(m + 1, d);
}


// The cycle of terms t from anchor date a, `anchor_day` being the day the
// anniversary keeps (unclipped).
constexpr cycle make_cycle(const billing_terms& t, const year_month_day& a,
                           unsigned anchor_day) noexcept {
  cycle c{};
  const count_t count = t.period.count;
  c.by_months = t.period.unit == period_unit::month || t.period.unit == period_unit::year;
  if (!is_date(a)) {  // an anchor past the calendar: at(0) is `beyond`
    c.month = last_month + 1;
    c.first = last_day + 1;
    return c;
  }
  if (c.by_months) {
    c.step = t.period.unit == period_unit::year ? count * 12 : count;
    c.month = month_number(a);
    c.day = static_cast<unsigned char>(anchor_day);
    if (t.alignment.rule == alignment_rule::drifting) {
      c.day = static_cast<unsigned char>(day_of(a));
      c.find_drops();
    }
  } else {
    c.step = t.period.unit == period_unit::week ? count * 7 : count;
    c.first = day_number(a);
  }
  return c;
}

// The cycle of terms t from start s (after the trial), with its first
// anchor date; `beyond` as anchor when it lies past the calendar.
constexpr cycle anchored_cycle(const billing_terms& t, const year_month_day& s) noexcept {
  const billing_anchor& anchor = t.anchor;
  if (t.alignment.rule == alignment_rule::calendar) {
    cycle c = make_cycle(t, s, 1);
    if (c.by_months) {
      count_t m = month_number(s) + (day_of(s) > 1 ? 1 : 0);
      const count_t r = m - floor_div(m, c.step) * c.step;
      c.month = r == 0 ? m : m + c.step - r;
      c.day = 1;
    } else {
      const std::chrono::weekday w{std::chrono::sys_days{s}};
      c.first = day_number(s) + (t.alignment.week_start - w).count();
    }
    return c;
  }
  if (anchor.kind == anchor_kind::cycle_day) {
    return make_cycle(t, first_cycle_day(s, anchor.day), anchor.day);
  }
  const year_month_day a = anchor.kind == anchor_kind::date ? anchor.date : s;
  const bool pinned = t.alignment.rule == alignment_rule::end_of_month && is_last_day(a);
  return make_cycle(t, a, pinned ? 31u : day_of(a));
}

constexpr schedule_error check(const billing_terms& t, const year_month_day& start) noexcept {
  if (!start.ok()) {
    return schedule_error::invalid_start;
  }
  return check_terms(t);
}

// The start after trial `t`.
constexpr year_month_day after_trial(const free_trial& t, const year_month_day& start) noexcept {
  const count_t n = t.count;
  switch (t.unit) {
    case period_unit::day: return plus_days(start, n);
    case period_unit::week: return plus_days(start, 7 * n);
    case period_unit::month:
      return n == 0 ? start : clipped(month_number(start) + n, day_of(start));
    case period_unit::year:
      return n == 0 ? start : clipped(month_number(start) + 12 * n, day_of(start));
  }
  return beyond;
}

// A schedule: the edges e(0) < e(1) < ... of its service periods. e(0) is
// the start; then come the cycle's boundaries after the start; an expiring
// term ends with its end date. Invoice i is dated e(i) in advance, e(i + 1)
// in arrears, plus the offset.
struct plan {
  count_t offset = 0;
  count_t edges = 1;  // the number of edges; an evergreen schedule ends with the calendar
  cycle rule{};
  year_month_day start{};
  year_month_day end = beyond;  // an expiring term's end
  schedule_error error = schedule_error::none;
  bool arrears = false;
  bool stub = false;  // the first anchor date is after the start
  bool expires = false;
  bool plain = false;  // no drift, offset or term end: the iterator steps by cursor

  constexpr year_month_day edge(count_t j) const noexcept {
    if (j < 0) {
      return before;
    }
    if (j == 0) {
      return start;
    }
    if (j >= edges) {
      return beyond;
    }
    if (expires && j == edges - 1) {
      return end;
    }
    return rule.at(j - (stub ? 1 : 0));
  }

  // The smallest j with edge(j) >= t; `edges` when there is none.
  constexpr count_t first_edge_not_before(const year_month_day& t) const noexcept {
    if (start >= t) {
      return 0;
    }
    const count_t j = rule.first_not_before(t) + (stub ? 1 : 0);
    if (expires && j >= edges - 1) {
      return end >= t ? edges - 1 : edges;
    }
    return j;
  }

  // The first invoice dated on or after d, a valid date.
  constexpr count_t first_invoice_not_before(const year_month_day& d) const noexcept {
    const count_t n = day_number(d) - offset;
    if (n > last_day) {
      return max_index;
    }
    const count_t j = first_edge_not_before(date_of(n));
    return arrears ? (j > 1 ? j - 1 : 0) : j;
  }

  constexpr year_month_day invoice_date(count_t i) const noexcept {
    if (error != schedule_error::none || i < 0 || i >= edges - 1) {
      return beyond;
    }
    const year_month_day e = edge(arrears ? i + 1 : i);
    if (!is_date(e)) {
      return beyond;
    }
    const year_month_day d = plus_days(e, offset);
    return is_date(d) ? d : beyond;
  }

  // The first invoice at or before position i that is not a date, given
  // that invoice i is not: the end of the schedule. Invoice dates are dates
  // up to the end and none after, so a binary search finds it.
  constexpr count_t end_at_or_before(count_t i) const noexcept {
    count_t low = 0;
    count_t high = i < 0 ? 0 : i;
    while (low < high) {
      const count_t mid = low + (high - low) / 2;
      if (is_date(invoice_date(mid))) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return high;
  }

  constexpr service_period service(count_t i) const noexcept {
    service_period p{edge(i), edge(i + 1), std::chrono::days{0}};
    const count_t k = i - (stub ? 1 : 0);
    const year_month_day a = rule.at(k < 0 ? -1 : k);
    const year_month_day b = rule.at(k < 0 ? 0 : k + 1);
    if (is_date(p.from) && is_date(p.to)) {
      p.full = is_date(a) && is_date(b) ? std::chrono::sys_days{b} - std::chrono::sys_days{a}
                                        : p.length();
    }
    return p;
  }
};

constexpr plan make_plan(const billing_terms& t, const year_month_day& start) noexcept {
  plan p{};
  p.error = check(t, start);
  if (p.error != schedule_error::none) {
    return p;
  }
  p.arrears = t.timing == invoice_timing::in_arrears;
  p.offset = t.offset.count();
  p.start = after_trial(t.trial, start);
  if (!is_date(p.start)) {
    p.error = schedule_error::beyond_calendar;
    return p;
  }
  if (t.anchor.kind == anchor_kind::date && t.anchor.date < p.start) {
    p.error = schedule_error::anchor_before_start;
    return p;
  }
  p.rule = anchored_cycle(t, p.start);
  // Anchored at the start (the common case), the cycle's first boundary is
  // the start itself: no date to compute.
  const bool at_start =
      t.anchor.kind == anchor_kind::start && t.alignment.rule != alignment_rule::calendar;
  const year_month_day a = at_start ? p.start : p.rule.at(0);
  if (!is_date(a)) {
    p.error = schedule_error::beyond_calendar;
    return p;
  }
  p.stub = a > p.start;
  p.edges = max_index;
  if (t.term.expires()) {
    // The term is counted from the start, as if it were the anchor.
    billing_terms from_start = t;
    from_start.anchor = billing_anchor::start();
    if (from_start.alignment.rule == alignment_rule::calendar) {
      from_start.alignment = billing_alignment::anniversary();
    }
    const year_month_day e = anchored_cycle(from_start, p.start).at(t.term.periods);
    if (is_date(e)) {
      p.expires = true;
      p.end = e;
      p.edges = p.rule.first_not_before(e) + (p.stub ? 1 : 0) + 1;
    }
  }
  p.plain = p.rule.drop_count == 0 && p.offset == 0 && !p.expires;
  // An offset that moves the first invoice before the first year the
  // calendar holds: the schedule would begin outside the calendar, with
  // later invoices inside it. Refused like one that needs a date past it.
  const year_month_day first_edge = p.edge(p.arrears ? 1 : 0);
  if (is_date(first_edge) && day_number(first_edge) + p.offset < first_day) {
    p.error = schedule_error::beyond_calendar;
  }
  return p;
}

}  // namespace detail::schedule

/// @brief The invoice dates of a set of billing terms from a start date: a
/// lazy, borrowed `std::ranges::view` of `std::chrono::year_month_day`,
/// strictly increasing, usable in constant expressions.
///
/// It is made by `invoice_dates`. It ends after the last invoice of an
/// expiring term, or else with the calendar (`std::chrono::year::max()`).
/// Invalid terms give an empty schedule whose `error()` says why. Its
/// iterators are random access: each date is computed from the anchor, so
/// `schedule[n]` costs what `*begin()` does.
class invoice_schedule : public std::ranges::view_base {
 public:
  class iterator;

  /// An empty schedule.
  constexpr invoice_schedule() noexcept = default;
  /// The schedule of @p terms from @p start.
  constexpr invoice_schedule(const billing_terms& terms, std::chrono::year_month_day start) noexcept
      : plan_{detail::schedule::make_plan(terms, start)} {}
  /// An empty schedule whose `error()` is @p e.
  constexpr explicit invoice_schedule(schedule_error e) noexcept { plan_.error = e; }

  /// The first invoice.
  [[nodiscard]] constexpr iterator begin() const noexcept;
  /// The end: an iterator past the last invoice compares equal to it.
  [[nodiscard]] constexpr std::default_sentinel_t end() const noexcept { return {}; }

  /// Whether it has no invoice.
  [[nodiscard]] constexpr bool empty() const noexcept {
    return !detail::schedule::is_date(plan_.invoice_date(0));
  }
  /// Whether it has an invoice.
  constexpr explicit operator bool() const noexcept { return !empty(); }
  /// @brief The first invoice date. *Preconditions:* `!empty()`; otherwise a date
  /// that is not `ok()`.
  [[nodiscard]] constexpr std::chrono::year_month_day front() const noexcept;
  /// @brief The date of invoice @p n, counted from 0; a date that is not `ok()`
  /// past the last invoice.
  [[nodiscard]] constexpr std::chrono::year_month_day operator[](std::ptrdiff_t n) const noexcept {
    return plan_.invoice_date(n);
  }

  /// @brief The first invoice dated on or after @p date, computed from the anchor
  /// in constant time; the end when there is none or @p date is not valid.
  /// The end it returns is the one after the last invoice, so `--` on it
  /// gives the last invoice.
  [[nodiscard]] constexpr iterator lower_bound(std::chrono::year_month_day date) const noexcept;

  /// Why the schedule is empty; `schedule_error::none` for valid terms.
  [[nodiscard]] constexpr schedule_error error() const noexcept { return plan_.error; }
  /// Whether it ends before the calendar does: an expiring term, or an error.
  [[nodiscard]] constexpr bool finite() const noexcept {
    return plan_.expires || plan_.error != schedule_error::none;
  }
  /// The first day served: the start date after any trial.
  [[nodiscard]] constexpr std::chrono::year_month_day service_start() const noexcept {
    return plan_.start;
  }

 private:
  detail::schedule::plan plan_{};
};

/// @brief An iterator of `invoice_schedule`: random access, yielding dates
/// by value; it also gives the service period of its invoice.
class invoice_schedule::iterator {
 public:
  /// Random access.
  using iterator_concept = std::random_access_iterator_tag;
  /// As a C++17 iterator it yields values, so it is an input iterator.
  using iterator_category = std::input_iterator_tag;
  /// An invoice date.
  using value_type = std::chrono::year_month_day;
  /// A number of invoices.
  using difference_type = std::ptrdiff_t;

  /// An iterator of an empty schedule.
  constexpr iterator() noexcept = default;

  /// The invoice date.
  [[nodiscard]] constexpr value_type operator*() const noexcept { return date(); }
  /// The date of the invoice @p n places on.
  [[nodiscard]] constexpr value_type operator[](difference_type n) const noexcept {
    return plan_.invoice_date(detail::schedule::moved(index_, n));
  }
  /// The days the invoice bills.
  [[nodiscard]] constexpr service_period service() const noexcept { return plan_.service(index_); }
  /// The invoice's position in the schedule, from 0.
  [[nodiscard]] constexpr difference_type index() const noexcept {
    return static_cast<difference_type>(index_);
  }

  /// The next invoice.
  [[gnu::always_inline]] constexpr iterator& operator++() noexcept {
    // From an anchor date on, the next boundary is this one plus a period,
    // with the anchor's day clipped: the same as the general path, with less
    // work (the date itself is stepped; exact for days: no day is clipped).
    if (index_ < fast_end_) {
      ++index_;
      const auto step = static_cast<unsigned>(plan_.rule.step);
      if (plan_.rule.by_months) {
        step_months(step, plan_.rule.day);
      } else {
        step_days(step);
      }
      return *this;
    }
    return advance();
  }
  /// The next invoice; returns the iterator before.
  constexpr iterator operator++(int) noexcept {
    iterator before = *this;
    *this += 1;
    return before;
  }
  /// The previous invoice.
  constexpr iterator& operator--() noexcept { return *this += -1; }
  /// The previous invoice; returns the iterator before.
  constexpr iterator operator--(int) noexcept {
    iterator before = *this;
    *this += -1;
    return before;
  }
  /// @brief @p n invoices on.
  ///
  /// An iterator moved before the first invoice or past the last yields no
  /// date and equals the end; its position is held at one before the first
  /// (`index() == -1`) or at the end of the calendar, so no move overflows,
  /// and `--` from the end of an expiring schedule gives its last invoice.
  constexpr iterator& operator+=(difference_type n) noexcept {
    seek(detail::schedule::moved(index_, n));
    return *this;
  }
  /// @p n invoices back.
  constexpr iterator& operator-=(difference_type n) noexcept {
    // -n of the most negative difference has no value: one step more is
    // still past the first invoice.
    return *this += n == std::numeric_limits<difference_type>::min()
                        ? std::numeric_limits<difference_type>::max()
                        : -n;
  }
  /// @p n invoices after @p it.
  [[nodiscard]] friend constexpr iterator operator+(iterator it, difference_type n) noexcept {
    return it += n;
  }
  /// @p n invoices after @p it.
  [[nodiscard]] friend constexpr iterator operator+(difference_type n, iterator it) noexcept {
    return it += n;
  }
  /// @p n invoices before @p it.
  [[nodiscard]] friend constexpr iterator operator-(iterator it, difference_type n) noexcept {
    return it -= n;
  }
  /// The number of invoices from @p b to @p a.
  [[nodiscard]] friend constexpr difference_type operator-(const iterator& a,
                                                           const iterator& b) noexcept {
    return static_cast<difference_type>(a.index_ - b.index_);
  }
  /// Equal at the same position (of the same schedule).
  [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
    return a.index_ == b.index_;
  }
  /// Ordered by position.
  [[nodiscard]] friend constexpr std::strong_ordering operator<=>(const iterator& a,
                                                                  const iterator& b) noexcept {
    return a.index_ <=> b.index_;
  }
  /// Past the last invoice.
  [[nodiscard]] friend constexpr bool operator==(const iterator& it,
                                                 std::default_sentinel_t) noexcept {
    return it.d_ - 1 >= 31;
  }

 private:
  /// @cond CLIENTELE_DETAIL
  friend class invoice_schedule;
  /// @endcond
  constexpr iterator(const detail::schedule::plan& p, detail::schedule::count_t i) noexcept
      : plan_{p} {
    seek(i);
  }

  constexpr void step_months(unsigned n, unsigned day) noexcept {
    namespace s = detail::schedule;
    m_ += n;
    if (m_ > 12) {
      m_ -= 12;
      ++y_;
    }
    const unsigned length = s::month_length(y_, static_cast<s::count_t>(m_) - 1);
    d_ = day < length ? day : length;
  }

  constexpr void step_days(unsigned n) noexcept {
    namespace s = detail::schedule;
    const unsigned length = s::month_length(y_, static_cast<s::count_t>(m_) - 1);
    d_ += n;
    if (d_ > length) {
      d_ -= length;
      if (++m_ > 12) {
        m_ = 1;
        ++y_;
      }
    }
  }

  // Where an iterator stands: everything but its plan.
  struct place {
    detail::schedule::count_t index = 0;
    detail::schedule::count_t fast_end = 0;
    std::chrono::year_month_day date{};
  };

  // The general path, kept out of line so that the fast one inlines. It
  // takes a copy of the plan rather than the iterator's address, so that an
  // optimiser may keep the position in registers (on Clang it otherwise
  // stays in memory: measured).
  [[gnu::noinline]] static constexpr place locate(detail::schedule::plan p,
                                                  detail::schedule::count_t i) noexcept {
    namespace s = detail::schedule;
    place at{i, i, p.invoice_date(i)};
    const s::cycle& rule = p.rule;
    // On a boundary (every date but a stub's first, in advance), a plain
    // schedule steps by its period while the calendar lasts: a step of at
    // most a year crosses at most one year's end, and a step of at most
    // four weeks at most one month's end.
    if (p.plain && s::is_date(at.date) && (i + (p.arrears ? 1 : 0) >= 1 || !p.stub) &&
        rule.step <= (rule.by_months ? 12 : 28)) {
      const s::count_t room = rule.by_months ? s::last_month - s::month_number(at.date)
                                             : s::last_day - s::day_number(at.date);
      const s::count_t in_calendar = i + room / rule.step;
      const s::count_t last = p.edges - 2;  // the last invoice
      at.fast_end = in_calendar < last ? in_calendar : last;
    }
    return at;
  }

  constexpr void seek(detail::schedule::count_t i) noexcept {
    const place at = locate(plan_, i);
    index_ = at.index;
    fast_end_ = at.fast_end;
    set(at.date);
  }

  constexpr iterator& advance() noexcept {
    seek(index_ + 1);
    return *this;
  }

  detail::schedule::plan plan_{};
  detail::schedule::count_t index_ = 0;
  // Up to this index, the next date is this one plus a period.
  detail::schedule::count_t fast_end_ = 0;
  // The date, as integers: stores of a year_month_day's one-byte parts could
  // alias every member, which would be reloaded at each step (measured).
  int y_ = 0;
  unsigned m_ = 0;
  unsigned d_ = 0;
  constexpr void set(const std::chrono::year_month_day& d) noexcept {
    y_ = static_cast<int>(d.year());
    m_ = static_cast<unsigned>(d.month());
    d_ = static_cast<unsigned>(d.day());
  }
  constexpr std::chrono::year_month_day date() const noexcept {
    return std::chrono::year_month_day{std::chrono::year{y_}, std::chrono::month{m_},
                                       std::chrono::day{d_}};
  }
};

constexpr invoice_schedule::iterator invoice_schedule::begin() const noexcept {
  return iterator{plan_, 0};
}

constexpr invoice_schedule::iterator invoice_schedule::lower_bound(
    std::chrono::year_month_day date) const noexcept {
  if (plan_.error != schedule_error::none) {
    return iterator{plan_, 0};
  }
  const detail::schedule::count_t i =
      date.ok() ? plan_.first_invoice_not_before(date) : detail::schedule::max_index;
  // Past the last invoice, the position found may lie beyond the end.
  return iterator{plan_, detail::schedule::is_date(plan_.invoice_date(i))
                             ? i
                             : plan_.end_at_or_before(i)};
}

constexpr std::chrono::year_month_day invoice_schedule::front() const noexcept {
  return plan_.invoice_date(0);
}

/// @brief The invoice dates of @p terms from @p start (the day the
/// agreement starts, before any trial).
[[nodiscard]] constexpr invoice_schedule invoice_dates(const billing_terms& terms,
                                                       std::chrono::year_month_day start) noexcept {
  return invoice_schedule{terms, start};
}

/// @brief The billing terms of relationship type `R`: the `terms` its
/// billing policy declares, or else its mode's defaults with its period
/// (in advance, on the anniversary of the start, evergreen; in arrears for
/// usage).
///
/// *Mandates:* `R`'s billing is periodic. Prefer declaring `terms` on the
/// billing policy: they then reach `profile_of<R>`, the text form and the
/// registry. A specialisation of this template changes the schedule of `R`
/// only, as in:
/// @snippet invoices.cpp terms_of
template <class R>
struct billing_terms_of {
  /// @brief The terms (default terms for a relationship type that did not
  /// compile: its diagnostic is reported already, and this adds none).
  static constexpr billing_terms value = dimensions::billing::terms_of<
      std::conditional_t<__is_base_of(detail::poisoned, R), billing::recurring<period::monthly>,
                         billing_policy_t<R>>>();
};

/// @brief The billing terms of relationship type `R`, `billing_terms_of<R>::value`.
template <Relationship R>
inline constexpr billing_terms billing_terms_v = billing_terms_of<R>::value;

namespace error {

/// @brief Raised by `invoice_dates<R>` of a relationship `R` that is not
/// billed every period, which has no invoice schedule.
///
/// What it means and how to fix it: @ref diag_invoice_dates_need_periodic_billing "Invoice dates of a relationship not billed every period".
template <class R>
struct invoice_dates_need_periodic_billing {
  static_assert(detail::always_false<R>,
                "clientele: invoice_dates<R> needs a relationship billed every period "
                "(recurring, retainer or usage billing); this one is billed per transaction, by "
                "milestone, on time and materials or not at all, and has no invoice schedule. "
                "Bill it with clientele::billing::recurring<Period> (or retainer, usage), or ask "
                "clientele::invoice_dates(profile, start), which says schedule_error::no_period.");
};

}  // namespace error

/// @brief The invoice dates of relationship type `R` from @p start, under
/// `billing_terms_v<R>`. *Mandates:* `R`'s billing is `recurring`,
/// `retainer` or `usage` (otherwise `error::invoice_dates_need_periodic_billing`).
template <Relationship R>
[[nodiscard]] constexpr invoice_schedule invoice_dates(std::chrono::year_month_day start) noexcept {
  if constexpr (__is_base_of(detail::poisoned, R)) {
    // A relationship type that did not compile: its diagnostic is reported
    // already, and this adds none.
    return invoice_schedule{schedule_error::no_period};
  } else if constexpr (is_periodic(billing_mode_v<R>)) {
    return invoice_schedule{billing_terms_v<R>, start};
  } else {
    static_assert(sizeof(error::invoice_dates_need_periodic_billing<R>) != 0);
    return invoice_schedule{schedule_error::no_period};
  }
}

/// @brief The invoice dates of profile @p p from @p start under its billing
/// terms (`billing_terms_from`: the terms it holds, its mode's defaults for
/// the others); an empty schedule with error
/// `schedule_error::no_period` when @p p holds no period.
/// (A template only so that `invoice_dates({}, start)` means default terms.)
template <std::same_as<profile> Profile>
[[nodiscard]] constexpr invoice_schedule invoice_dates(const Profile& p,
                                                       std::chrono::year_month_day start) noexcept {
  if (!get<terms::period>(p).has_value()) {
    return invoice_schedule{schedule_error::no_period};
  }
  return invoice_schedule{billing_terms_from(p), start};
}

/// @brief The first invoice of @p terms from @p start dated on or after
/// @p date, with the days it bills; computed from the anchor, in constant
/// time. The error says why there is none: invalid terms or date,
/// `after_last_invoice`, or `beyond_calendar`.
[[nodiscard]] constexpr schedule_result<invoice> next_invoice(
    const billing_terms& terms, std::chrono::year_month_day start,
    std::chrono::year_month_day date) noexcept {
  namespace s = detail::schedule;
  const s::plan p = s::make_plan(terms, start);
  if (p.error != schedule_error::none) {
    return p.error;
  }
  if (!date.ok()) {
    return schedule_error::invalid_date;
  }
  const s::count_t i = p.first_invoice_not_before(date);
  const std::chrono::year_month_day d = p.invoice_date(i);
  if (!s::is_date(d)) {
    return p.expires && i >= p.edges - 1 ? schedule_error::after_last_invoice
                                         : schedule_error::beyond_calendar;
  }
  return invoice{d, p.service(i)};
}

/// @brief The date of `next_invoice(terms, start, date)`.
[[nodiscard]] constexpr schedule_result<std::chrono::year_month_day> next_invoice_date(
    const billing_terms& terms, std::chrono::year_month_day start,
    std::chrono::year_month_day date) noexcept {
  const schedule_result<invoice> r = next_invoice(terms, start, date);
  if (!r) {
    return r.error();
  }
  return r->date;
}

}  // namespace clientele

// The schedule's iterators hold their own copy of the schedule, so they
// outlive it.
/// @cond CLIENTELE_DETAIL
template <>
inline constexpr bool std::ranges::enable_borrowed_range<clientele::invoice_schedule> = true;
/// @endcond

#endif  // CLIENTELE_SCHEDULES_SCHEDULE_HPP

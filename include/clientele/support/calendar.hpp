// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Business calendars: weekly opening hours, a time zone and holidays,
/// and the arithmetic of open time over them (`add_open_time`,
/// `first_open_instant`,
/// `open_time_between`, `is_open`). See the page @ref deadlines.
///
/// A moment is *open* when the calendar's wall clock, at that moment, shows a
/// date that is not a holiday and a time of day inside one of that weekday's
/// intervals. Everything here follows from that sentence, daylight-saving
/// changes included: a local time that the clocks skip is never shown, so it
/// is never open; an hour the clocks repeat is open both times if its
/// wall-clock times are open.
///
/// UTC and fixed-offset calendars need nothing beyond this header and work in
/// constant expressions. Named IANA zones come from the optional component
/// `clientele::tz` (`<clientele/ext/tz.hpp>`), which hands this header a
/// `time_zone` that reads the zone's rules through a `zone_source`; nothing
/// here includes a time-zone library.

#ifndef CLIENTELE_SUPPORT_CALENDAR_HPP
#define CLIENTELE_SUPPORT_CALENDAR_HPP

#include <clientele/catalogue/support_terms.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace clientele {

// --- errors ---------------------------------------------------------------------

/// @brief Why a deadline or an amount of open time could not be computed.
///
/// Every function of the deadline engine reports bad input with one of these
/// values instead of throwing or guessing; `explain` gives a sentence.
enum class deadline_error : unsigned char {
  none,              ///< no error: the result holds a value
  unknown_priority,  ///< the priority is not one of `priority`'s values
  no_target,         ///< the priority has no target, or one of zero or less: nothing is committed
  invalid_target,    ///< the target's clock is not one of `response_clock`'s values
  no_open_hours,     ///< a business clock over a calendar that is never open
  invalid_hours,     ///< the weekly hours refused an interval (see `weekly_hours::add`)
  invalid_holidays,  ///< the holiday list refused a date (see `holiday_list::add`)
  invalid_zone,      ///< a fixed offset of a day or more, a malformed or host-dependent name, or a zone whose rules could not be read
  unknown_zone,      ///< no zone of that name in the time-zone database
  no_zone_database,  ///< named zones were asked for, but no time-zone database could be read
  out_of_range,      ///< an instant or a deadline outside the years 1 to 9999
  unresolved_zone,   ///< a named zone that was not resolved against a time-zone database
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `deadline_error`.
template <>
struct enum_traits<deadline_error> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "none",          "unknown_priority", "no_target",        "invalid_target",
      "no_open_hours", "invalid_hours",    "invalid_holidays", "invalid_zone",
      "unknown_zone",  "no_zone_database", "out_of_range",     "unresolved_zone"};
};
/// @endcond

/// @brief A sentence that says what went wrong and how to put it right.
[[nodiscard]] constexpr std::string_view explain(deadline_error e) noexcept {
  switch (e) {
    case deadline_error::none: return "no error";
    case deadline_error::unknown_priority:
      return "the priority is not one of urgent, high, normal and low";
    case deadline_error::no_target:
      return "the terms commit to no first-response time for this priority: it has no target "
             "(response_target::none()), or a target of zero or less; give it a positive "
             "duration";
    case deadline_error::invalid_target:
      return "the target's clock is neither response_clock::calendar nor "
             "response_clock::business (or it is response_clock::none with a time)";
    case deadline_error::no_open_hours:
      return "the target counts business time, but the calendar's weekly hours are empty; add "
             "opening hours or count the target on the calendar clock";
    case deadline_error::invalid_hours:
      return "the weekly hours refused an interval: one that is empty, reversed, outside 00:00 to "
             "24:00, overlapping another, or one too many for the day";
    case deadline_error::invalid_holidays:
      return "the holiday list refused a date: one that is not a valid date, or one too many";
    case deadline_error::invalid_zone:
      return "the time zone is not usable: a fixed offset of 24 hours or more, a malformed name "
             "or one that depends on the host (localtime), or a named zone whose rules could "
             "not be read";
    case deadline_error::unknown_zone:
      return "the time-zone database has no zone of that name (names look like "
             "\"Europe/Berlin\")";
    case deadline_error::no_zone_database:
      return "no time-zone database could be read (on Debian, install the package tzdata)";
    case deadline_error::out_of_range:
      return "an instant or a deadline falls outside the years 1 to 9999";
    case deadline_error::unresolved_zone:
      return "the calendar names a time zone whose rules were not read: resolve the terms with "
             "clientele::tz::resolve (component clientele::tz) before computing deadlines";
  }
  return "unknown error";
}

/// @brief A value of type `T`, or the `deadline_error` that kept it from
/// being computed.
///
/// It never throws: reading the value of a result that holds an error gives
/// `T{}` (never undefined behaviour), so check `has_value()` or use
/// `value_or`.
template <class T>
class deadline_result {
 public:
  /// A result that holds `T{}` (as `std::expected` does).
  constexpr deadline_result() noexcept = default;
  /// A result that holds @p value.
  constexpr deadline_result(T value) noexcept : value_{value} {}
  /// @brief A result that holds the error @p error (`deadline_error::none` is
  /// taken as `deadline_error::out_of_range`, so an error result always
  /// names an error).
  constexpr deadline_result(deadline_error error) noexcept
      : error_{error == deadline_error::none ? deadline_error::out_of_range : error} {}

  /// Whether the result holds a value.
  [[nodiscard]] constexpr bool has_value() const noexcept { return error_ == deadline_error::none; }
  /// Whether the result holds a value.
  constexpr explicit operator bool() const noexcept { return has_value(); }
  /// @brief The value. *Preconditions:* `has_value()`; without one, `T{}` is
  /// returned.
  [[nodiscard]] constexpr const T& value() const noexcept { return value_; }
  /// @brief The value. *Preconditions:* `has_value()`; without one, `T{}` is
  /// returned.
  [[nodiscard]] constexpr const T& operator*() const noexcept { return value_; }
  /// @brief The value's members. *Preconditions:* `has_value()`; without one, those
  /// of `T{}`.
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value_; }
  /// The value, or @p fallback when the result holds an error.
  [[nodiscard]] constexpr T value_or(T fallback) const noexcept {
    return has_value() ? value_ : fallback;
  }
  /// The error, or `deadline_error::none` when the result holds a value.
  [[nodiscard]] constexpr deadline_error error() const noexcept { return error_; }

  /// Equal when both hold the same value or the same error.
  friend constexpr bool operator==(const deadline_result&, const deadline_result&) = default;
  /// Equal when @p r holds the value @p v.
  friend constexpr bool operator==(const deadline_result& r, const T& v) noexcept {
    return r.has_value() && r.value_ == v;
  }
  /// Equal when @p r holds the error @p e (or holds a value and @p e is `none`).
  friend constexpr bool operator==(const deadline_result& r, deadline_error e) noexcept {
    return r.error_ == e;
  }

 private:
  T value_{};
  deadline_error error_ = deadline_error::none;
};

/// @cond CLIENTELE_DETAIL
namespace detail {

inline constexpr std::int64_t seconds_per_day = 86400;

// The supported instants: from 0001-01-01 to the end of 9999-12-31, UTC.
inline constexpr std::int64_t first_instant = -62135596800;
inline constexpr std::int64_t end_instant = 253402300800;

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr std::int64_t min64(std::int64_t a, std::int64_t b) noexcept {
  return a < b ? a : b;
}
constexpr std::int64_t max64(std::int64_t a, std::int64_t b) noexcept {
  return a < b ? b : a;
}

// The weekday of a day counted from 1970-01-01 (a Thursday).
constexpr std::chrono::weekday weekday_of(std::int64_t day) noexcept {
  return std::chrono::weekday{static_cast<unsigned>(((day % 7) + 11) % 7)};
}

constexpr bool supported(std::int64_t t) noexcept {
  return t >= first_instant && t < end_instant;
}

constexpr deadline_error check_calendar(const business_calendar& c) noexcept {
  if (!c.hours.valid()) {
    return deadline_error::invalid_hours;
  }
  if (!c.holidays.valid()) {
    return deadline_error::invalid_holidays;
  }
  if (!c.zone.valid()) {
    return deadline_error::invalid_zone;
  }
  if (!c.zone.resolved()) {
    return deadline_error::unresolved_zone;
  }
  return deadline_error::none;
}

// What a walk over open time found.
struct walk_outcome {
  deadline_error error = deadline_error::none;
  bool finished = false;  // the amount ran out before `until`
  std::int64_t at = 0;    // when it ran out (UTC seconds), if finished
  std::int64_t left = 0;  // open time not consumed, if not finished
};

// Walks the open time of `c` from the instant `from` until `amount` seconds of
// it have passed or the instant `until` is reached, whichever comes first.
//
// The walk goes era by era: within an era the offset is constant, so local
// time runs with UTC and the open intervals of each local day can be taken
// in order, clipped to the era. Whole weeks without a holiday are skipped
// in one step when more than a week of open time is left, so the cost grows
// with the holidays and zone transitions crossed, not with the target.
constexpr walk_outcome walk(const business_calendar& c, std::int64_t from, std::int64_t amount,
                            std::int64_t until) noexcept {
  constexpr std::int64_t D = seconds_per_day;
  const std::int64_t week = c.hours.open_per_week().count();
  const holiday_list& holidays = c.holidays;
  std::int64_t cursor = from;
  std::int64_t left = amount;
  while (cursor < until) {
    const zone_era era = c.zone.era_at(std::chrono::sys_seconds{std::chrono::seconds{cursor}});
    const std::int64_t era_end = era.end.time_since_epoch().count();
    if (era.begin.time_since_epoch().count() > cursor || era_end <= cursor) {
      return walk_outcome{deadline_error::invalid_zone};
    }
    const std::int64_t offset = era.offset.count();
    const std::int64_t stop = min64(era_end, until);
    const std::int64_t local = cursor + offset;    // local time at the cursor
    const std::int64_t local_end = stop + offset;  // local time where this era's walk stops
    const std::int64_t full_days_end = floor_div(local_end, D);
    std::int64_t day = floor_div(local, D);
    // The first holiday on or after `day`, by binary search.
    std::size_t h = 0;
    for (std::size_t n = holidays.size(); n > 0;) {
      const std::size_t half = n / 2;
      if (holidays[h + half].time_since_epoch().count() < day) {
        h += half + 1;
        n -= half + 1;
      } else {
        n = half;
      }
    }
    while (day * D < local_end) {
      while (h < holidays.size() && holidays[h].time_since_epoch().count() < day) {
        ++h;
      }
      // Skip whole weeks while more than a week of open time is left.
      if (week > 0 && left > week && day * D >= local) {
        std::int64_t weeks = min64((left - 1) / week, (full_days_end - day) / 7);
        if (h < holidays.size()) {
          weeks = min64(weeks, (holidays[h].time_since_epoch().count() - day) / 7);
        }
        if (weeks > 0) {
          left -= weeks * week;
          day += 7 * weeks;
          continue;
        }
      }
      const bool holiday = h < holidays.size() && holidays[h].time_since_epoch().count() == day;
      if (!holiday) {
        for (const open_interval& iv : c.hours.on(weekday_of(day))) {
          const std::int64_t open = max64(day * D + iv.from.count(), local);
          const std::int64_t close = min64(day * D + iv.to.count(), local_end);
          if (open >= close) {
            continue;
          }
          if (left <= close - open) {
            return walk_outcome{deadline_error::none, true, open + left - offset, 0};
          }
          left -= close - open;
        }
      }
      ++day;
    }
    cursor = stop;
  }
  return walk_outcome{deadline_error::none, false, 0, left};
}

}  // namespace detail
/// @endcond

// --- open-time arithmetic ------------------------------------------------------------

/// @brief The instant at which @p amount of open time has passed on @p c,
/// counting from @p from.
///
/// The count starts at the first open moment at or after @p from; closed
/// time does not count; an amount that runs out exactly at a closing time
/// gives that closing time. Second precision.
/// @returns the instant, or `deadline_error::no_target` for an amount that
/// is not positive, `no_open_hours` for a calendar that is never open,
/// `invalid_hours`, `invalid_holidays` or `invalid_zone` for a calendar that
/// refused part of its declaration, `out_of_range` outside the years 1 to
/// 9999.
[[nodiscard]] constexpr deadline_result<std::chrono::sys_seconds> add_open_time(
    const business_calendar& c, std::chrono::sys_seconds from,
    std::chrono::seconds amount) noexcept {
  if (const deadline_error e = detail::check_calendar(c); e != deadline_error::none) {
    return e;
  }
  if (amount.count() <= 0) {
    return deadline_error::no_target;
  }
  if (c.hours.empty()) {
    return deadline_error::no_open_hours;
  }
  const std::int64_t start = from.time_since_epoch().count();
  if (!detail::supported(start)) {
    return deadline_error::out_of_range;
  }
  const detail::walk_outcome w = detail::walk(c, start, amount.count(), detail::end_instant);
  if (w.error != deadline_error::none) {
    return w.error;
  }
  // A target that runs out at a closing time of 24:00 on 9999-12-31 is due
  // at the first instant past the calendar: out of range, as on the
  // calendar clock.
  if (!w.finished || w.at >= detail::end_instant) {
    return deadline_error::out_of_range;
  }
  return std::chrono::sys_seconds{std::chrono::seconds{w.at}};
}

/// @brief The first open instant of @p c at or after @p t: where a
/// ticket's business clock starts, the answer a business-time library gives
/// for a zero amount of open time (`add_open_time` refuses a zero amount).
///
/// @p t itself when @p c is open at @p t; otherwise the next opening, past
/// closed hours, holidays and a daylight-saving gap. Second precision.
/// @returns the instant, or `no_open_hours` for a calendar that is never
/// open, the calendar's error (see `add_open_time`), or `out_of_range`
/// outside the years 1 to 9999 and when no open instant comes before the end
/// of 9999.
[[nodiscard]] constexpr deadline_result<std::chrono::sys_seconds> first_open_instant(
    const business_calendar& c, std::chrono::sys_seconds t) noexcept {
  if (const deadline_error e = detail::check_calendar(c); e != deadline_error::none) {
    return e;
  }
  if (c.hours.empty()) {
    return deadline_error::no_open_hours;
  }
  const std::int64_t start = t.time_since_epoch().count();
  if (!detail::supported(start)) {
    return deadline_error::out_of_range;
  }
  // One second of open time runs out one second after the first open
  // instant.
  const detail::walk_outcome w = detail::walk(c, start, 1, detail::end_instant);
  if (w.error != deadline_error::none) {
    return w.error;
  }
  if (!w.finished || w.at - 1 >= detail::end_instant) {
    return deadline_error::out_of_range;
  }
  return std::chrono::sys_seconds{std::chrono::seconds{w.at - 1}};
}

/// @brief The open time of @p c in `[from, to)`; zero when @p to is not
/// after @p from.
/// @returns the duration, or the calendar's error (see `add_open_time`).
[[nodiscard]] constexpr deadline_result<std::chrono::seconds> open_time_between(
    const business_calendar& c, std::chrono::sys_seconds from,
    std::chrono::sys_seconds to) noexcept {
  if (const deadline_error e = detail::check_calendar(c); e != deadline_error::none) {
    return e;
  }
  const std::int64_t a = from.time_since_epoch().count();
  const std::int64_t b = to.time_since_epoch().count();
  if (!detail::supported(a) || !detail::supported(b)) {
    return deadline_error::out_of_range;
  }
  if (b <= a || c.hours.empty()) {
    return std::chrono::seconds{0};
  }
  const std::int64_t elapsed = b - a;
  const detail::walk_outcome w = detail::walk(c, a, elapsed + 1, b);
  if (w.error != deadline_error::none) {
    return w.error;
  }
  return std::chrono::seconds{elapsed + 1 - w.left};
}

/// @brief Whether @p c is open at @p t.
/// @returns the answer, or the calendar's error (see `add_open_time`).
[[nodiscard]] constexpr deadline_result<bool> is_open(const business_calendar& c,
                                                      std::chrono::sys_seconds t) noexcept {
  const deadline_result<std::chrono::seconds> open =
      open_time_between(c, t, t + std::chrono::seconds{1});
  if (!open) {
    return open.error();
  }
  return open.value().count() == 1;
}

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_CALENDAR_HPP

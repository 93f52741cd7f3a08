// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Business calendars: weekly opening hours, a time zone and holidays,
/// and the arithmetic of open time over them (`add_open_time`,
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

#include <clientele/framework/dimension.hpp>

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
  no_target,         ///< the target for this priority is zero or negative: nothing is committed
  invalid_target,    ///< the target's clock is not one of `response_clock`'s values
  no_open_hours,     ///< a business clock over a calendar that is never open
  invalid_hours,     ///< the weekly hours refused an interval (see `weekly_hours::add`)
  invalid_holidays,  ///< the holiday list refused a date (see `holiday_list::add`)
  invalid_zone,      ///< a fixed offset of a day or more, or a zone whose rules could not be read
  unknown_zone,      ///< no zone of that name in the time-zone database
  no_zone_database,  ///< named zones were asked for, but no time-zone database could be read
  out_of_range,      ///< an instant or a deadline outside the years 1 to 9999
};

/// @brief Names of `deadline_error`.
template <>
struct enum_traits<deadline_error> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "none",          "unknown_priority", "no_target",        "invalid_target",
      "no_open_hours", "invalid_hours",    "invalid_holidays", "invalid_zone",
      "unknown_zone",  "no_zone_database", "out_of_range"};
};

/// @brief A sentence that says what went wrong and how to put it right.
[[nodiscard]] constexpr std::string_view explain(deadline_error e) noexcept {
  switch (e) {
    case deadline_error::none: return "no error";
    case deadline_error::unknown_priority:
      return "the priority is not one of urgent, high, normal and low";
    case deadline_error::no_target:
      return "the terms commit to no first-response time for this priority: its target is zero "
             "or negative; give it a positive duration";
    case deadline_error::invalid_target:
      return "the target's clock is neither response_clock::calendar nor response_clock::business";
    case deadline_error::no_open_hours:
      return "the target counts business time, but the calendar's weekly hours are empty; add "
             "opening hours or count the target on the calendar clock";
    case deadline_error::invalid_hours:
      return "the weekly hours refused an interval: one that is empty, reversed, outside 00:00 to "
             "24:00, overlapping another, or one too many for the day";
    case deadline_error::invalid_holidays:
      return "the holiday list refused a date: one that is not a valid date, or one too many";
    case deadline_error::invalid_zone:
      return "the time zone is not usable: a fixed offset of 24 hours or more, or a named zone "
             "whose rules could not be read";
    case deadline_error::unknown_zone:
      return "the time-zone database has no zone of that name (names look like "
             "\"Europe/Berlin\")";
    case deadline_error::no_zone_database:
      return "no time-zone database could be read (on Debian, install the package tzdata)";
    case deadline_error::out_of_range:
      return "an instant or a deadline falls outside the years 1 to 9999";
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

// --- weekly hours ---------------------------------------------------------------

/// @brief A time of day in seconds after local midnight, from `0` to `24h`.
using day_seconds = std::chrono::duration<std::int32_t>;

/// @brief One opening interval of a day, `[from, to)` in local time; `to`
/// may be `24h` (the end of the day).
struct open_interval {
  day_seconds from{};  ///< Opening time, seconds after local midnight.
  day_seconds to{};    ///< Closing time, seconds after local midnight (at most `24h`).

  /// How long the interval lasts on the wall clock.
  [[nodiscard]] constexpr std::chrono::seconds length() const noexcept { return to - from; }
  /// Equal when both times are.
  friend constexpr bool operator==(const open_interval&, const open_interval&) = default;
};

/// @brief The opening intervals of one day, sorted and apart, at most
/// `capacity` of them: a small value to iterate over.
/// @code
/// for (const clientele::open_interval& i : hours.on(std::chrono::Monday)) { ... }
/// @endcode
class day_hours {
 public:
  /// The most intervals a day holds.
  static constexpr std::size_t capacity = 4;

  /// The first interval.
  [[nodiscard]] constexpr const open_interval* begin() const noexcept { return intervals_.data(); }
  /// Past the last interval.
  [[nodiscard]] constexpr const open_interval* end() const noexcept {
    return intervals_.data() + count_;
  }
  /// The number of intervals.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
  /// Whether the day is closed.
  [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
  /// @brief The @p i-th interval. *Preconditions:* `i < size()`; otherwise an
  /// empty interval.
  [[nodiscard]] constexpr open_interval operator[](std::size_t i) const noexcept {
    return i < count_ ? intervals_[i] : open_interval{};
  }

  /// Equal when both hold the same intervals.
  friend constexpr bool operator==(const day_hours& a, const day_hours& b) noexcept {
    if (a.count_ != b.count_) {
      return false;
    }
    for (std::size_t i = 0; i < a.count_; ++i) {
      if (a.intervals_[i] != b.intervals_[i]) {
        return false;
      }
    }
    return true;
  }

 private:
  /// The schedule that fills the day.
  friend class weekly_hours;
  std::array<open_interval, capacity> intervals_{};
  std::uint8_t count_ = 0;
};

/// @cond CLIENTELE_DETAIL
namespace detail {
inline constexpr day_hours closed_day{};
}  // namespace detail
/// @endcond

/// @brief A week of local opening hours: for each weekday, up to
/// `max_intervals_per_day` intervals, sorted and apart.
///
/// A default-constructed schedule is closed all week. `add` and `with` take
/// an interval in local time; an interval that is empty, reversed, outside
/// `0h` to `24h`, overlaps one already there, or exceeds the day's room is
/// refused, and the schedule remembers it (`valid()` turns false, and every
/// computation over it reports `deadline_error::invalid_hours`), so a
/// mistake in a `constexpr` declaration cannot pass unnoticed. Intervals
/// that touch (`09:00-12:00` and `12:00-17:00`) are accepted.
/// @code
/// constexpr auto office = clientele::weekly_hours::weekdays(9h, 17h);
/// constexpr auto shop = clientele::weekly_hours{}
///                           .with(std::chrono::Monday, 8h, 12h)
///                           .with(std::chrono::Monday, 13h, 18h)
///                           .with(std::chrono::Saturday, 9h, 24h);
/// @endcode
class weekly_hours {
 public:
  /// The most intervals a day holds.
  static constexpr std::size_t max_intervals_per_day = day_hours::capacity;

  /// Closed every day.
  constexpr weekly_hours() noexcept = default;

  /// Monday to Friday, `from` to `to`; closed at the weekend.
  [[nodiscard]] static constexpr weekly_hours weekdays(std::chrono::seconds from,
                                                       std::chrono::seconds to) noexcept {
    weekly_hours w;
    for (unsigned d = 1; d <= 5; ++d) {
      w.add(std::chrono::weekday{d}, from, to);
    }
    return w;
  }
  /// Every day of the week, `from` to `to`.
  [[nodiscard]] static constexpr weekly_hours every_day(std::chrono::seconds from,
                                                        std::chrono::seconds to) noexcept {
    weekly_hours w;
    for (unsigned d = 0; d < 7; ++d) {
      w.add(std::chrono::weekday{d}, from, to);
    }
    return w;
  }
  /// Open around the clock, every day (`00:00` to `24:00`).
  [[nodiscard]] static constexpr weekly_hours around_the_clock() noexcept {
    return every_day(std::chrono::hours{0}, std::chrono::hours{24});
  }

  /// @brief Opens @p day from @p from to @p to (local times, `to` at most
  /// `24h`).
  /// @returns whether the interval was added; a refused interval makes the
  /// schedule invalid.
  constexpr bool add(std::chrono::weekday day, std::chrono::seconds from,
                     std::chrono::seconds to) noexcept {
    using std::chrono::seconds;
    if (!day.ok() || from < seconds{0} || to > seconds{86400} || from >= to) {
      return refuse();
    }
    std::uint8_t& n = days_[day.c_encoding()].count_;
    auto& slots = days_[day.c_encoding()].intervals_;
    if (n == max_intervals_per_day) {
      return refuse();
    }
    std::size_t at = 0;
    while (at < n && slots[at].from < from) {
      ++at;
    }
    if ((at > 0 && slots[at - 1].to > from) || (at < n && slots[at].from < to)) {
      return refuse();
    }
    for (std::size_t i = n; i > at; --i) {
      slots[i] = slots[i - 1];
    }
    slots[at] = open_interval{day_seconds{static_cast<std::int32_t>(from.count())},
                              day_seconds{static_cast<std::int32_t>(to.count())}};
    ++n;
    week_ += slots[at].to - slots[at].from;
    return true;
  }
  /// A copy with @p day also open from @p from to @p to (see `add`).
  [[nodiscard]] constexpr weekly_hours with(std::chrono::weekday day, std::chrono::seconds from,
                                            std::chrono::seconds to) const noexcept {
    weekly_hours copy = *this;
    copy.add(day, from, to);
    return copy;
  }

  /// @brief The intervals of @p day, sorted (none for a closed day or a
  /// weekday that is not `ok()`).
  [[nodiscard]] constexpr const day_hours& on(std::chrono::weekday day) const noexcept {
    return day.ok() ? days_[day.c_encoding()] : detail::closed_day;
  }
  /// Whether every interval given was accepted.
  [[nodiscard]] constexpr bool valid() const noexcept { return valid_; }
  /// Whether the schedule is closed all week.
  [[nodiscard]] constexpr bool empty() const noexcept { return open_per_week().count() == 0; }
  /// Open time in a week with no holiday, on the wall clock.
  [[nodiscard]] constexpr std::chrono::seconds open_per_week() const noexcept { return week_; }

  /// @brief Equal when every day has the same intervals and both are valid
  /// or both are not.
  friend constexpr bool operator==(const weekly_hours&, const weekly_hours&) = default;

 private:
  constexpr bool refuse() noexcept {
    valid_ = false;
    return false;
  }

  std::array<day_hours, 7> days_{};
  day_seconds week_{};  // the sum of every interval's length
  bool valid_ = true;
};

// --- holidays --------------------------------------------------------------------

/// @brief Dates on which a calendar is closed all day, as local dates of the
/// calendar's zone; up to `capacity` of them.
///
/// A date that is not valid, or one past the capacity, is refused and makes
/// the list invalid (every computation over it then reports
/// `deadline_error::invalid_holidays`); a date given twice is kept once.
/// Keep the dates of the next year or two.
class holiday_list {
 public:
  /// The most dates a list holds.
  static constexpr std::size_t capacity = 64;

  /// No holidays.
  constexpr holiday_list() noexcept = default;
  /// The holidays @p dates (see `add`).
  constexpr holiday_list(std::initializer_list<std::chrono::year_month_day> dates) noexcept {
    for (const auto& d : dates) {
      add(d);
    }
  }

  /// @brief Closes the calendar on @p date.
  /// @returns whether the date is in the list now; a refused date makes the
  /// list invalid.
  constexpr bool add(std::chrono::year_month_day date) noexcept {
    if (!date.ok()) {
      return refuse();
    }
    const auto day =
        static_cast<std::int32_t>(std::chrono::local_days{date}.time_since_epoch().count());
    std::size_t at = 0;
    while (at < size_ && days_[at] < day) {
      ++at;
    }
    if (at < size_ && days_[at] == day) {
      return true;
    }
    if (size_ == capacity) {
      return refuse();
    }
    for (std::size_t i = size_; i > at; --i) {
      days_[i] = days_[i - 1];
    }
    days_[at] = day;
    ++size_;
    return true;
  }
  /// A copy that also holds @p date (see `add`).
  [[nodiscard]] constexpr holiday_list with(std::chrono::year_month_day date) const noexcept {
    holiday_list copy = *this;
    copy.add(date);
    return copy;
  }

  /// Whether @p date is a holiday.
  [[nodiscard]] constexpr bool contains(std::chrono::year_month_day date) const noexcept {
    if (!date.ok()) {
      return false;
    }
    const auto day = std::chrono::local_days{date}.time_since_epoch().count();
    for (std::size_t i = 0; i < size_; ++i) {
      if (days_[i] == day) {
        return true;
      }
    }
    return false;
  }
  /// The number of dates.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  /// Whether the list holds no date.
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  /// @brief The @p i-th date in increasing order. *Preconditions:* `i < size()`;
  /// otherwise 1970-01-01.
  [[nodiscard]] constexpr std::chrono::local_days operator[](std::size_t i) const noexcept {
    return std::chrono::local_days{std::chrono::days{i < size_ ? days_[i] : 0}};
  }
  /// Whether every date given was accepted.
  [[nodiscard]] constexpr bool valid() const noexcept { return valid_; }

  /// Equal when both hold the same dates and both are valid or both are not.
  friend constexpr bool operator==(const holiday_list&, const holiday_list&) = default;

 private:
  constexpr bool refuse() noexcept {
    valid_ = false;
    return false;
  }

  std::array<std::int32_t, capacity> days_{};
  std::uint8_t size_ = 0;
  bool valid_ = true;
};

// --- time zones ------------------------------------------------------------------

/// @brief The kinds of `time_zone`.
enum class zone_kind : unsigned char {
  utc,           ///< Coordinated Universal Time
  fixed_offset,  ///< a constant offset from UTC, such as `+05:30`
  named,         ///< an IANA zone such as `Europe/Berlin`, read from a time-zone database
};

/// @brief Names of `zone_kind`.
template <>
struct enum_traits<zone_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"utc", "fixed_offset", "named"};
};

/// @brief A stretch of time over which a zone keeps one offset from UTC:
/// local time is `t + offset` for every `t` in `[begin, end)`.
struct zone_era {
  std::chrono::seconds offset{};     ///< Local time minus UTC.
  std::chrono::sys_seconds begin{};  ///< The first instant of the era.
  std::chrono::sys_seconds end{};    ///< The first instant after it.

  /// Equal when offset and bounds are.
  friend constexpr bool operator==(const zone_era&, const zone_era&) = default;
};

/// @brief How a `time_zone` reads a named zone's rules: the functions an
/// adapter to a time-zone database provides (see `<clientele/ext/tz.hpp>`).
///
/// `era_at(zone, t)` gives the era that contains `t`; an era that does not
/// contain `t` reports a failure to read the rules
/// (`deadline_error::invalid_zone`). `name(zone)` gives the zone's name.
struct zone_source {
  /// The era of @p zone that contains the instant given.
  zone_era (*era_at)(const void* zone, std::chrono::sys_seconds) noexcept;
  /// The IANA name of @p zone.
  std::string_view (*name)(const void* zone) noexcept;
};

/// @brief The time zone of a business calendar: UTC, a fixed offset, or a
/// named IANA zone.
///
/// A regular value: UTC and fixed offsets are `constexpr`; a named zone
/// refers to an entry of a time-zone database that lives as long as the
/// program, so copies are cheap and two named zones are equal when they are
/// the same entry. Named zones are made by `clientele::tz::locate_zone`.
class time_zone {
 public:
  /// UTC.
  constexpr time_zone() noexcept = default;

  /// UTC.
  [[nodiscard]] static constexpr time_zone utc() noexcept { return time_zone{}; }
  /// @brief Local time is always UTC plus @p offset (east of Greenwich is
  /// positive). An offset of 24 hours or more either way gives an invalid
  /// zone (`deadline_error::invalid_zone`).
  [[nodiscard]] static constexpr time_zone fixed(std::chrono::seconds offset) noexcept {
    time_zone z;
    z.kind_ = zone_kind::fixed_offset;
    z.offset_ = offset;
    z.valid_ = offset > -std::chrono::hours{24} && offset < std::chrono::hours{24};
    return z;
  }
  /// @brief A named zone whose rules @p source reads from @p zone, an entry of a
  /// time-zone database that outlives the program's use of it; for adapters
  /// such as `<clientele/ext/tz.hpp>`. A null @p zone or a source without
  /// functions gives an invalid zone.
  [[nodiscard]] static constexpr time_zone named(const zone_source& source,
                                                 const void* zone) noexcept {
    time_zone z;
    z.kind_ = zone_kind::named;
    z.source_ = &source;
    z.zone_ = zone;
    z.valid_ = zone != nullptr && source.era_at != nullptr && source.name != nullptr;
    return z;
  }

  /// UTC, a fixed offset, or a named zone.
  [[nodiscard]] constexpr zone_kind kind() const noexcept { return kind_; }
  /// The offset of a fixed-offset zone; zero for UTC and named zones.
  [[nodiscard]] constexpr std::chrono::seconds offset() const noexcept { return offset_; }
  /// Whether the zone can be used.
  [[nodiscard]] constexpr bool valid() const noexcept { return valid_; }
  /// @brief `"UTC"`, the IANA name of a named zone, or an empty view for a fixed
  /// offset (read `offset()`).
  [[nodiscard]] constexpr std::string_view name() const noexcept {
    if (kind_ == zone_kind::utc) {
      return "UTC";
    }
    if (kind_ == zone_kind::named && valid_) {
      return source_->name(zone_);
    }
    return {};
  }
  /// @brief The era that contains @p t: for UTC and fixed offsets, one era
  /// that spans every supported instant.
  [[nodiscard]] constexpr zone_era era_at(std::chrono::sys_seconds t) const noexcept {
    if (kind_ == zone_kind::named) {
      if (!valid_) {
        return zone_era{std::chrono::seconds{0}, t, t};
      }
      return source_->era_at(zone_, t);
    }
    using std::chrono::seconds;
    using std::chrono::sys_seconds;
    return zone_era{offset_, sys_seconds{seconds{-(std::int64_t{1} << 50)}},
                    sys_seconds{seconds{std::int64_t{1} << 50}}};
  }

  /// @brief Equal when of the same kind with the same offset, or the same entry of
  /// the same database.
  friend constexpr bool operator==(const time_zone&, const time_zone&) = default;

 private:
  zone_kind kind_ = zone_kind::utc;
  bool valid_ = true;
  std::chrono::seconds offset_{0};
  const zone_source* source_ = nullptr;
  const void* zone_ = nullptr;
};

// --- the calendar ------------------------------------------------------------------

/// @brief When a support team is open: weekly local hours, the zone whose
/// wall clock they follow, and holidays (local dates of that zone).
///
/// A default calendar is in UTC and never open. A moment is open when the
/// zone's wall clock at that moment shows a date that is not a holiday and
/// a time inside one of that weekday's intervals (see the page
/// @ref deadlines for what this means across daylight-saving changes).
struct business_calendar {
  weekly_hours hours{};     ///< Local opening hours.
  time_zone zone{};         ///< The zone whose wall clock the hours follow.
  holiday_list holidays{};  ///< Local dates on which the calendar is closed.

  /// Equal when hours, zone and holidays are.
  friend constexpr bool operator==(const business_calendar&, const business_calendar&) = default;
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
  if (!w.finished) {
    return deadline_error::out_of_range;
  }
  return std::chrono::sys_seconds{std::chrono::seconds{w.at}};
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

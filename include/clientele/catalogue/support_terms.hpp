// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief What a support tier commits to, as values: channels, first-response
/// targets per priority, a designated contact, and the business calendar
/// (weekly local hours, a time zone, holidays) that business-time targets
/// count on. These are the support dimension's terms (fields of a profile);
/// the deadlines they give are in `<clientele/support/deadlines.hpp>`.

#ifndef CLIENTELE_CATALOGUE_SUPPORT_TERMS_HPP
#define CLIENTELE_CATALOGUE_SUPPORT_TERMS_HPP

#include <clientele/framework/dimension.hpp>
#include <clientele/framework/stated.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace clientele {

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

/// @cond CLIENTELE_DETAIL
/// @brief Names of `zone_kind`.
template <>
struct enum_traits<zone_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"utc", "fixed_offset", "named"};
};
/// @endcond

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
/// A regular value, `constexpr` throughout. A named zone holds its name
/// (such as `Europe/Berlin`), so terms that name a zone can be declared at
/// compile time, stored as text and read back without a time-zone database;
/// to compute deadlines on it, the zone is *resolved*: given the database
/// entry that reads its rules, which `clientele::tz::locate_zone` and
/// `clientele::tz::resolve` do. Two zones are equal when they are of the same
/// kind with the same offset or name, resolved or not.
class time_zone {
 public:
  /// The longest name a zone may have (IANA names have at most 30 characters).
  static constexpr std::size_t max_name = 47;

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
  /// @brief The zone named @p name, not yet resolved. A name that is empty,
  /// longer than `max_name`, holds a character other than letters, digits
  /// and `/ _ - +` or an empty part (`Europe//Berlin`, `/etc/localtime`), or
  /// names a zone that depends on the host rather than on the time-zone
  /// database (`localtime`, `posixrules`, and the `posix/` and `right/`
  /// trees of a system's zoneinfo) gives an invalid zone
  /// (`deadline_error::invalid_zone`): terms mean the same on every machine.
  /// An application that wants the host's zone asks for it by name with
  /// `clientele::tz::current_zone()`. The name `UTC` gives `utc()`.
  [[nodiscard]] static constexpr time_zone named(std::string_view name) noexcept {
    time_zone z;
    if (name == "UTC") {  // the database's UTC is UTC: one value, one text
      return z;
    }
    z.kind_ = zone_kind::named;
    z.valid_ = !name.empty() && name.size() <= max_name && !host_dependent(name);
    for (std::size_t i = 0; i < name.size() && z.valid_; ++i) {
      const char c = name[i];
      z.valid_ = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '/' || c == '_' || c == '-' || c == '+';
      // A name is a path of the database: no empty part.
      z.valid_ = z.valid_ && (c != '/' || (i > 0 && i + 1 < name.size() && name[i - 1] != '/'));
      z.name_[i] = c;
    }
    z.size_ = z.valid_ ? static_cast<std::uint8_t>(name.size()) : std::uint8_t{0};
    if (!z.valid_) {
      z.name_ = {};
    }
    return z;
  }
  /// @brief A resolved named zone whose rules @p source reads from @p zone, an
  /// entry of a time-zone database that outlives the program's use of it;
  /// for adapters such as `<clientele/ext/tz.hpp>`. A null @p zone or a
  /// source without functions gives an invalid zone.
  [[nodiscard]] static constexpr time_zone named(const zone_source& source,
                                                 const void* zone) noexcept {
    if (zone == nullptr || source.era_at == nullptr || source.name == nullptr) {
      time_zone z;
      z.kind_ = zone_kind::named;
      z.valid_ = false;
      return z;
    }
    return named(source, zone, source.name(zone));
  }
  /// @brief A resolved named zone as above, that keeps the name @p name it was
  /// asked for (an old name such as `US/Eastern` for a link to another entry).
  [[nodiscard]] static constexpr time_zone named(const zone_source& source, const void* zone,
                                                 std::string_view name) noexcept {
    time_zone z = named(name);
    if (zone == nullptr || source.era_at == nullptr || source.name == nullptr) {
      z.valid_ = false;
    }
    z.source_ = &source;
    z.zone_ = zone;
    return z;
  }

  /// UTC, a fixed offset, or a named zone.
  [[nodiscard]] constexpr zone_kind kind() const noexcept { return kind_; }
  /// The offset of a fixed-offset zone; zero for UTC and named zones.
  [[nodiscard]] constexpr std::chrono::seconds offset() const noexcept { return offset_; }
  /// Whether the zone can be used: a fixed offset under a day, a well-formed name.
  [[nodiscard]] constexpr bool valid() const noexcept { return valid_; }
  /// @brief Whether the zone's rules can be read: always, except for a named
  /// zone that has not been resolved.
  [[nodiscard]] constexpr bool resolved() const noexcept {
    return kind_ != zone_kind::named || source_ != nullptr;
  }
  /// @brief `"UTC"`, the IANA name of a named zone, or an empty view for a fixed
  /// offset (read `offset()`) and for an invalid name.
  [[nodiscard]] constexpr std::string_view name() const noexcept {
    if (kind_ == zone_kind::utc) {
      return "UTC";
    }
    return std::string_view{name_.data(), size_};
  }
  /// @brief The era that contains @p t: for UTC and fixed offsets, one era
  /// that spans every supported instant; for a named zone not resolved, an
  /// empty era (a failure to read the rules).
  [[nodiscard]] constexpr zone_era era_at(std::chrono::sys_seconds t) const noexcept {
    if (kind_ == zone_kind::named) {
      if (!valid_ || source_ == nullptr) {
        return zone_era{std::chrono::seconds{0}, t, t};
      }
      return source_->era_at(zone_, t);
    }
    using std::chrono::seconds;
    using std::chrono::sys_seconds;
    return zone_era{offset_, sys_seconds{seconds{-(std::int64_t{1} << 50)}},
                    sys_seconds{seconds{std::int64_t{1} << 50}}};
  }

  /// @brief Equal when of the same kind with the same offset or the same
  /// name, whether resolved or not.
  friend constexpr bool operator==(const time_zone& a, const time_zone& b) noexcept {
    return a.kind_ == b.kind_ && a.valid_ == b.valid_ && a.offset_ == b.offset_ &&
           a.name() == b.name();
  }

 private:
  zone_kind kind_ = zone_kind::utc;
  bool valid_ = true;
  std::uint8_t size_ = 0;
  std::chrono::seconds offset_{0};
  // Names of a system's zoneinfo folder that are not zones of the database:
  // the host's own zone and the default rules of POSIX TZ strings, and the
  // copies of the database built for other clocks.
  static constexpr bool host_dependent(std::string_view name) noexcept {
    return name == "localtime" || name == "posixrules" || name.substr(0, 6) == "posix/" ||
           name.substr(0, 6) == "right/";
  }

  std::array<char, max_name> name_{};
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

// --- channels ----------------------------------------------------------------------

/// @brief A way a customer reaches the support team.
enum class channel : unsigned char {
  email,      ///< written messages, answered by email
  chat,       ///< live chat
  phone,      ///< telephone calls
  in_person,  ///< visits and on-site meetings
  portal,     ///< requests filed on a help-centre or community portal
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `channel`.
template <>
struct enum_traits<channel> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"email", "chat", "phone", "in_person", "portal"};
};
/// @endcond

/// @brief A set of channels, stored as bits: a regular `constexpr` value.
///
/// `channel::email | channel::chat` makes one; a value outside `channel` is
/// never a member.
class channel_set {
 public:
  /// No channel.
  constexpr channel_set() noexcept = default;
  /// The channel @p c alone.
  constexpr channel_set(channel c) noexcept { insert(c); }
  /// The channels @p cs.
  constexpr channel_set(std::initializer_list<channel> cs) noexcept {
    for (channel c : cs) {
      insert(c);
    }
  }
  /// Every channel.
  [[nodiscard]] static constexpr channel_set all() noexcept {
    return {channel::email, channel::chat, channel::phone, channel::in_person, channel::portal};
  }

  /// Adds @p c (a value outside `channel` is ignored).
  constexpr channel_set& insert(channel c) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ | bit(c));
    return *this;
  }
  /// Removes @p c.
  constexpr channel_set& erase(channel c) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ & ~bit(c));
    return *this;
  }
  /// Whether @p c is a member.
  [[nodiscard]] constexpr bool contains(channel c) const noexcept {
    return bit(c) != 0 && (bits_ & bit(c)) != 0;
  }
  /// The number of channels.
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (unsigned b = bits_; b != 0; b &= b - 1) {
      ++n;
    }
    return n;
  }
  /// Whether the set is empty.
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  /// The members as bits, `1 << channel` each.
  [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }

  /// The channels of either set.
  friend constexpr channel_set operator|(channel_set a, channel_set b) noexcept {
    channel_set r;
    r.bits_ = static_cast<std::uint8_t>(a.bits_ | b.bits_);
    return r;
  }
  /// The channels of both sets.
  friend constexpr channel_set operator&(channel_set a, channel_set b) noexcept {
    channel_set r;
    r.bits_ = static_cast<std::uint8_t>(a.bits_ & b.bits_);
    return r;
  }
  /// Equal when both hold the same channels.
  friend constexpr bool operator==(channel_set, channel_set) = default;

 private:
  static constexpr unsigned bit(channel c) noexcept {
    const auto i = static_cast<unsigned>(c);
    return i < enum_count_v<channel> ? 1U << i : 0U;
  }

  std::uint8_t bits_ = 0;
};

/// @brief The set of @p a and @p b.
[[nodiscard]] constexpr channel_set operator|(channel a, channel b) noexcept {
  return channel_set{a} | channel_set{b};
}

// --- targets -----------------------------------------------------------------------------

/// @brief How urgent a ticket is.
enum class priority : unsigned char {
  urgent,  ///< work has stopped: a production system is down
  high,    ///< work is badly impaired
  normal,  ///< a question or a problem with a workaround
  low,     ///< general guidance, no time pressure
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `priority`.
template <>
struct enum_traits<priority> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"urgent", "high", "normal", "low"};
};
/// @endcond

/// @brief The clock a response target counts on.
enum class response_clock : unsigned char {
  calendar,  ///< elapsed time, around the clock
  business,  ///< open time of the terms' business calendar only
  none,      ///< no clock: the priority has no target (`response_target::none()`)
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `response_clock`.
template <>
struct enum_traits<response_clock> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"calendar", "business", "none"};
};
/// @endcond

/// @brief A first-response target: how long, on which clock; or no target
/// at all (`none()`), a stated commitment to nothing for that priority.
///
/// `first_response_due` reports `deadline_error::no_target` for a priority
/// with no target. A zero or negative time on a clock is a mistake, not a
/// way to say "no target": `check_support_terms` refuses it.
struct response_target {
  /// @brief The longest target, `9999999d23h59m59s` in the text form (some
  /// 27,000 years, longer than the calendar): a longer one makes the terms
  /// invalid (`support_terms_fault::invalid_target`).
  static constexpr std::chrono::seconds max_time{std::int64_t{9999999} * 86400 + 86399};

  std::chrono::seconds time{};                      ///< How long, at second precision.
  response_clock clock = response_clock::business;  ///< What counts towards it.

  /// @brief No target: the terms commit to no first response for the
  /// priority (`low:none` in the text form).
  [[nodiscard]] static constexpr response_target none() noexcept {
    return response_target{std::chrono::seconds{0}, response_clock::none};
  }
  /// Whether this is no target (`none()`).
  [[nodiscard]] constexpr bool is_none() const noexcept {
    return clock == response_clock::none && time.count() == 0;
  }

  /// Equal when time and clock are.
  friend constexpr bool operator==(const response_target&, const response_target&) = default;
};

/// @brief A target of @p time elapsed, around the clock: `calendar_time(1h)`.
[[nodiscard]] constexpr response_target calendar_time(std::chrono::seconds time) noexcept {
  return response_target{time, response_clock::calendar};
}
/// @brief A target of @p time of open business time: `business_time(8h)`.
[[nodiscard]] constexpr response_target business_time(std::chrono::seconds time) noexcept {
  return response_target{time, response_clock::business};
}

/// @brief A first-response target for each priority.
struct first_response_targets {
  response_target urgent{};  ///< For `priority::urgent`.
  response_target high{};    ///< For `priority::high`.
  response_target normal{};  ///< For `priority::normal`.
  response_target low{};     ///< For `priority::low`.

  /// The target for @p p; a zero target for a value outside `priority`.
  [[nodiscard]] constexpr response_target operator[](priority p) const noexcept {
    switch (p) {
      case priority::urgent: return urgent;
      case priority::high: return high;
      case priority::normal: return normal;
      case priority::low: return low;
    }
    return response_target{};
  }
  /// Equal when every target is.
  friend constexpr bool operator==(const first_response_targets&,
                                   const first_response_targets&) = default;
};

// --- who looks after the account ------------------------------------------------------

/// @brief Whether a named team or person looks after the account, rather
/// than whoever takes the next ticket.
enum class designated_contact : unsigned char {
  none,                       ///< tickets go to a shared queue
  team,                       ///< a named team knows the account
  technical_account_manager,  ///< a named person (a technical account manager) looks after it
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `designated_contact`.
template <>
struct enum_traits<designated_contact> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"none", "team", "technical_account_manager"};
};
/// @endcond

// --- in a template argument ----------------------------------------------------------

/// @brief A target in a template argument: seconds and clock.
template <>
struct structural_form<response_target> {
  /// Seconds and clock.
  struct type {
    std::chrono::seconds::rep time;  ///< how long, in seconds
    response_clock clock;            ///< what counts towards it
  };
  /// The fields of @p r.
  [[nodiscard]] static constexpr type encode(const response_target& r) noexcept {
    return {r.time.count(), r.clock};
  }
  /// The target of fields @p f.
  [[nodiscard]] static constexpr response_target decode(const type& f) noexcept {
    return {std::chrono::seconds{f.time}, f.clock};
  }
};

/// @brief Channels in a template argument: their bits.
template <>
struct structural_form<channel_set> {
  /// The bits, `1 << channel`.
  using type = std::uint8_t;
  /// The bits of @p s.
  [[nodiscard]] static constexpr type encode(const channel_set& s) noexcept { return s.bits(); }
  /// The channels of bits @p bits.
  [[nodiscard]] static constexpr channel_set decode(type bits) noexcept {
    channel_set s;
    for (unsigned i = 0; i < enum_count_v<channel>; ++i) {
      if ((bits & (1U << i)) != 0) {
        s.insert(static_cast<channel>(i));
      }
    }
    return s;
  }
};

/// @brief Weekly hours in a template argument: each day's intervals, and
/// whether every interval given was accepted.
template <>
struct structural_form<weekly_hours> {
  /// The intervals of each day (Sunday first), in seconds after midnight.
  struct type {
    std::int32_t from[7][day_hours::capacity];  ///< opening times
    std::int32_t to[7][day_hours::capacity];    ///< closing times
    std::uint8_t count[7];                      ///< intervals on each day
    bool valid;                                 ///< whether every interval was accepted
  };
  /// The intervals of @p w.
  [[nodiscard]] static constexpr type encode(const weekly_hours& w) noexcept {
    type f{};
    for (unsigned d = 0; d < 7; ++d) {
      const day_hours& h = w.on(std::chrono::weekday{d});
      f.count[d] = static_cast<std::uint8_t>(h.size());
      for (std::size_t i = 0; i < h.size(); ++i) {
        f.from[d][i] = h[i].from.count();
        f.to[d][i] = h[i].to.count();
      }
    }
    f.valid = w.valid();
    return f;
  }
  /// The weekly hours of @p f; not valid when @p f is not.
  [[nodiscard]] static constexpr weekly_hours decode(const type& f) noexcept {
    weekly_hours w;
    for (unsigned d = 0; d < 7; ++d) {
      for (std::size_t i = 0; i < f.count[d] && i < day_hours::capacity; ++i) {
        w.add(std::chrono::weekday{d}, std::chrono::seconds{f.from[d][i]},
              std::chrono::seconds{f.to[d][i]});
      }
    }
    if (!f.valid) {
      w.add(std::chrono::weekday{8}, std::chrono::seconds{0}, std::chrono::seconds{1});  // refused
    }
    return w;
  }
};

/// @brief Holidays in a template argument: their days since 1970-01-01, and
/// whether every date given was accepted.
template <>
struct structural_form<holiday_list> {
  /// The dates, as days since 1970-01-01 in increasing order.
  struct type {
    std::int32_t days[holiday_list::capacity];  ///< the dates
    std::uint8_t size;                          ///< how many
    bool valid;                                 ///< whether every date was accepted
  };
  /// The dates of @p h.
  [[nodiscard]] static constexpr type encode(const holiday_list& h) noexcept {
    type f{};
    f.size = static_cast<std::uint8_t>(h.size());
    for (std::size_t i = 0; i < h.size(); ++i) {
      f.days[i] = static_cast<std::int32_t>(h[i].time_since_epoch().count());
    }
    f.valid = h.valid();
    return f;
  }
  /// The holidays of @p f; not valid when @p f is not.
  [[nodiscard]] static constexpr holiday_list decode(const type& f) noexcept {
    holiday_list h;
    for (std::size_t i = 0; i < f.size && i < holiday_list::capacity; ++i) {
      h.add(std::chrono::year_month_day{std::chrono::local_days{std::chrono::days{f.days[i]}}});
    }
    if (!f.valid) {
      h.add(std::chrono::year_month_day{});  // refused
    }
    return h;
  }
};

/// @brief A zone in a template argument: its kind, offset and name. A named
/// zone is held unresolved (a template argument cannot point into a
/// time-zone database); a zone that is not valid stays one.
template <>
struct structural_form<time_zone> {
  /// The zone's fields.
  struct type {
    zone_kind kind;                         ///< UTC, a fixed offset or a named zone
    std::chrono::seconds::rep offset;       ///< the fixed offset, in seconds
    char name[time_zone::max_name];         ///< the name of a named zone
    std::uint8_t size;                      ///< the length of the name
  };
  /// The fields of @p z.
  [[nodiscard]] static constexpr type encode(const time_zone& z) noexcept {
    type f{};
    f.kind = z.kind();
    f.offset = z.offset().count();
    if (z.kind() == zone_kind::named) {
      const std::string_view n = z.name();
      f.size = static_cast<std::uint8_t>(n.size());
      for (std::size_t i = 0; i < n.size(); ++i) {
        f.name[i] = n[i];
      }
    }
    return f;
  }
  /// The zone of fields @p f (a named zone not resolved).
  [[nodiscard]] static constexpr time_zone decode(const type& f) noexcept {
    switch (f.kind) {
      case zone_kind::utc: return time_zone::utc();
      case zone_kind::fixed_offset: return time_zone::fixed(std::chrono::seconds{f.offset});
      case zone_kind::named: return time_zone::named(std::string_view{f.name, f.size});
    }
    return time_zone::named(std::string_view{});  // not valid
  }
};

// --- terms -----------------------------------------------------------------------------

/// @brief What a support tier commits to: a regular `constexpr` value.
///
/// An aggregate, so an application declares its own tiers with designated
/// initializers:
/// @snippet tickets.cpp custom_tier
struct support_terms {
  channel_set channels{};                                 ///< Where customers reach the team.
  first_response_targets first_response{};                ///< Target per priority.
  designated_contact contact = designated_contact::none;  ///< Who looks after the account.
  business_calendar calendar{};                           ///< What business-time targets count on.

  /// Equal when every member is.
  friend constexpr bool operator==(const support_terms&, const support_terms&) = default;
};

/// @brief What `check_support_terms` found wrong with support terms.
enum class support_terms_fault : unsigned char {
  none,                 ///< nothing: the terms can give deadlines
  invalid_hours,        ///< the weekly hours refused an interval
  invalid_holidays,     ///< the holiday list refused a date
  invalid_zone,         ///< a fixed offset of a day or more, or a malformed zone name
  invalid_target,       ///< a target's clock is unknown, a time is given with no clock, or it is longer than `response_target::max_time`
  no_target,            ///< a priority's target on a clock is zero or negative
  business_without_hours  ///< a target counts business time, but the weekly hours are empty
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `support_terms_fault` values.
template <>
struct enum_traits<support_terms_fault> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "none",          "invalid_hours", "invalid_holidays",      "invalid_zone",
      "invalid_target", "no_target",    "business_without_hours"};
};
/// @endcond

/// @brief Every problem of @p t, one bit per fault: bit `i` is set when
/// the fault whose value is `i` is found (`none`, bit 0, never is). Zero
/// when the terms can give deadlines: weekly hours and holidays that were
/// all accepted, a valid zone, for every priority no target
/// (`response_target::none()`) or a known clock and a positive target of at
/// most `response_target::max_time`, and opening
/// hours if any target counts business time. A named zone need not be
/// resolved here.
[[nodiscard]] constexpr std::uint32_t support_terms_faults(const support_terms& t) noexcept {
  const auto bit = [](support_terms_fault f) {
    return std::uint32_t{1} << static_cast<unsigned>(f);
  };
  std::uint32_t out = 0;
  if (!t.calendar.hours.valid()) {
    out |= bit(support_terms_fault::invalid_hours);
  }
  if (!t.calendar.holidays.valid()) {
    out |= bit(support_terms_fault::invalid_holidays);
  }
  if (!t.calendar.zone.valid()) {
    out |= bit(support_terms_fault::invalid_zone);
  }
  bool business = false;
  for (const response_target& r : {t.first_response.urgent, t.first_response.high,
                                   t.first_response.normal, t.first_response.low}) {
    if (r.clock == response_clock::none) {
      if (r.time.count() != 0) {
        out |= bit(support_terms_fault::invalid_target);
      }
      continue;
    }
    if ((r.clock != response_clock::calendar && r.clock != response_clock::business) ||
        r.time > response_target::max_time) {
      out |= bit(support_terms_fault::invalid_target);
    }
    if (r.time.count() <= 0) {
      out |= bit(support_terms_fault::no_target);
    }
    business = business || r.clock == response_clock::business;
  }
  if (business && t.calendar.hours.empty()) {
    out |= bit(support_terms_fault::business_without_hours);
  }
  return out;
}

/// @brief Whether @p t commits to something that can be computed (see
/// `support_terms_faults`, which reports every problem).
/// @returns `support_terms_fault::none`, or the first problem in the order
/// of `support_terms_fault`.
[[nodiscard]] constexpr support_terms_fault check_support_terms(const support_terms& t) noexcept {
  const std::uint32_t faults = support_terms_faults(t);
  for (unsigned i = 1; i < enum_count_v<support_terms_fault>; ++i) {
    if ((faults & (std::uint32_t{1} << i)) != 0) {
      return static_cast<support_terms_fault>(i);
    }
  }
  return support_terms_fault::none;
}

/// @brief The terms of the support dimension, each a field of a profile
/// whose key in the text form is its `name`. A field left unspecified holds
/// the default of the support tier (`support_terms_for`).
namespace terms {

/// @brief The channels a tier answers on (`channels=email+chat+phone`).
struct channels final {
  /// Its value.
  using value_type = channel_set;
  /// Its key in the text form.
  static constexpr std::string_view name = "channels";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.channels; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept { t.channels = v; }
};

/// @brief The first-response target per priority
/// (`first_response=urgent:15m:calendar+high:1h:calendar+normal:4h:business+low:8h:business`).
struct first_response final {
  /// Its value.
  using value_type = first_response_targets;
  /// Its key in the text form.
  static constexpr std::string_view name = "first_response";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.first_response; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept {
    t.first_response = v;
  }
};

/// @brief Who looks after the account (`contact=technical_account_manager`).
struct contact final {
  /// Its value.
  using value_type = designated_contact;
  /// Its key in the text form.
  static constexpr std::string_view name = "contact";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.contact; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept { t.contact = v; }
};

/// @brief The weekly local opening hours (`hours=mon-fri/09:00-17:00+sat/10:00-14:00`).
struct hours final {
  /// Its value.
  using value_type = weekly_hours;
  /// Its key in the text form.
  static constexpr std::string_view name = "hours";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.calendar.hours; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept {
    t.calendar.hours = v;
  }
};

/// @brief The zone of the opening hours (`zone=Europe/Berlin`, `zone=+05:30`, `zone=UTC`).
struct zone final {
  /// Its value.
  using value_type = time_zone;
  /// Its key in the text form.
  static constexpr std::string_view name = "zone";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.calendar.zone; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept {
    t.calendar.zone = v;
  }
};

/// @brief Local dates on which the calendar is closed (`holidays=2026-12-25+2027-01-01`).
struct holidays final {
  /// Its value.
  using value_type = holiday_list;
  /// Its key in the text form.
  static constexpr std::string_view name = "holidays";
  /// The term in @p t.
  static constexpr value_type get(const support_terms& t) noexcept { return t.calendar.holidays; }
  /// Sets the term in @p t.
  static constexpr void set(support_terms& t, const value_type& v) noexcept {
    t.calendar.holidays = v;
  }
};

}  // namespace terms

}  // namespace clientele

#endif  // CLIENTELE_CATALOGUE_SUPPORT_TERMS_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The text of the terms a profile holds as they are (billing and
/// support terms): one `text_codec` per term, with the grammar of each value.
/// See the page @ref runtime for the whole grammar.

#ifndef CLIENTELE_RUNTIME_TERM_TEXT_HPP
#define CLIENTELE_RUNTIME_TERM_TEXT_HPP

#include <clientele/catalogue/billing.hpp>
#include <clientele/catalogue/support.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clientele {

template <class F>
struct text_codec;

/// @cond CLIENTELE_DETAIL
namespace detail::text {

// Reads an unsigned decimal number of at most `max_digits` digits at `at`.
inline bool read_number(std::string_view w, std::size_t& at, std::uint64_t& out,
                        std::size_t max_digits = 9) noexcept {
  const std::size_t from = at;
  out = 0;
  while (at < w.size() && at - from < max_digits && w[at] >= '0' && w[at] <= '9') {
    out = out * 10 + static_cast<std::uint64_t>(w[at] - '0');
    ++at;
  }
  return at != from && (at == w.size() || w[at] < '0' || w[at] > '9');
}

inline void append_two(std::string& out, std::uint64_t n) {
  out += static_cast<char>('0' + (n / 10) % 10);
  out += static_cast<char>('0' + n % 10);
}

// Splits `w` at each `sep`, calling `f(part, inner)` until it returns
// false. On a refusal, `bad` is the offset in
// `w` of the part refused, plus what `f` sets `inner` to (an offset within
// the part).
template <class F>
bool each_part_at(std::string_view w, char sep, std::size_t& bad, F f) {
  std::size_t from = 0;
  for (;;) {
    const std::size_t cut = w.find(sep, from);
    const std::string_view part =
        w.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from);
    std::size_t inner = 0;
    if (!f(part, inner)) {
      bad = from + inner;
      return false;
    }
    if (cut == std::string_view::npos) {
      return true;
    }
    from = cut + 1;
  }
}

// An enumerator by name.
template <class E>
bool read_enum(std::string_view w, E& out) noexcept {
  for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
    if (enum_traits<E>::names[i] == w) {
      out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}

template <class E>
std::string enum_choices() {
  std::string out = "one of ";
  for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
    out += i == 0 ? "" : ", ";
    out += enum_traits<E>::names[i];
  }
  return out;
}

template <class E>
void print_enum(std::string& out, E e) {
  const std::string_view n = name_of(e);
  out += n.empty() ? std::string_view{"?"} : n;
}

// `N_unit` or `N_units`, as periods are written.
inline bool read_count_unit(std::string_view w, std::uint64_t& count, period_unit& unit) noexcept {
  std::size_t at = 0;
  if (!read_number(w, at, count, 6) || at == w.size() || w[at] != '_') {
    return false;
  }
  const std::string_view u = w.substr(at + 1);
  for (std::size_t i = 0; i < enum_count_v<period_unit>; ++i) {
    const std::string_view n = enum_traits<period_unit>::names[i];
    if (u == n || (u.size() == n.size() + 1 && u.substr(0, n.size()) == n && u.back() == 's')) {
      unit = static_cast<period_unit>(i);
      return true;
    }
  }
  return false;
}

inline void print_count_unit(std::string& out, std::uint64_t count, period_unit unit) {
  out += std::to_string(count);
  out += '_';
  out += name_of(unit);
  out += count == 1 ? "" : "s";
}

// A date as YYYY-MM-DD; a year past 9999 with five digits (`10000-01-01`),
// a year before 0000 with a minus sign (`-0001-12-31`), so that every date
// `std::chrono::year` holds has one text (no `+`: it joins dates).
inline bool read_date(std::string_view w, std::chrono::year_month_day& out) noexcept {
  const bool negative = !w.empty() && w.front() == '-';
  if (negative) {
    w.remove_prefix(1);
  }
  std::size_t at = 0;
  std::uint64_t y = 0;
  std::uint64_t m = 0;
  std::uint64_t d = 0;
  if (!read_number(w, at, y, 5) || at < 4 || (at == 5 && w[0] == '0') || at == w.size() ||
      w[at] != '-') {
    return false;
  }
  const std::size_t year_digits = at;
  // One text per date: no leading zero in five digits, no year -0000.
  if ((negative && y == 0) || y > 32767) {
    return false;
  }
  ++at;
  if (!read_number(w, at, m, 2) || at != year_digits + 3 || at == w.size() || w[at] != '-') {
    return false;
  }
  ++at;
  if (!read_number(w, at, d, 2) || at != year_digits + 6 || at != w.size()) {
    return false;
  }
  const int year = negative ? -static_cast<int>(y) : static_cast<int>(y);
  out = std::chrono::year{year} / std::chrono::month{static_cast<unsigned>(m)} /
        std::chrono::day{static_cast<unsigned>(d)};
  return out.ok();
}

inline void print_date(std::string& out, const std::chrono::year_month_day& d) {
  const int y = static_cast<int>(d.year());
  if (!d.ok()) {
    out += '?';
    return;
  }
  if (y < 0 || y > 9999) {
    out += y < 0 ? "-" : "";
    const auto magnitude = static_cast<std::uint64_t>(y < 0 ? -y : y);
    if (magnitude >= 10000) {
      out += static_cast<char>('0' + magnitude / 10000);
    }
    append_two(out, magnitude / 100 % 100);
    append_two(out, magnitude % 100);
  } else {
    append_two(out, static_cast<std::uint64_t>(y) / 100);
    append_two(out, static_cast<std::uint64_t>(y) % 100);
  }
  out += '-';
  append_two(out, static_cast<unsigned>(d.month()));
  out += '-';
  append_two(out, static_cast<unsigned>(d.day()));
}

// A length of time as `1d2h30m15s` (each part optional, in that order, at
// least one, of at most seven digits), `0s` for zero, a leading `-` for a
// negative length; at most `response_target::max_time` either way, the
// longest length whose text (as print_length writes it) reads back.
inline bool read_length(std::string_view w, std::chrono::seconds& out) noexcept {
  bool negative = false;
  if (!w.empty() && w.front() == '-') {
    negative = true;
    w.remove_prefix(1);
  }
  constexpr std::string_view units = "dhms";
  constexpr std::int64_t scale[] = {86400, 3600, 60, 1};
  std::size_t next_unit = 0;
  std::size_t at = 0;
  std::int64_t total = 0;
  if (w.empty()) {
    return false;
  }
  while (at < w.size()) {
    std::uint64_t n = 0;
    if (!read_number(w, at, n, 7) || at == w.size()) {
      return false;
    }
    const std::size_t u = units.find(w[at], next_unit);
    if (u == std::string_view::npos) {
      return false;
    }
    total += static_cast<std::int64_t>(n) * scale[u];
    next_unit = u + 1;
    ++at;
  }
  if (total > response_target::max_time.count()) {
    return false;
  }
  out = std::chrono::seconds{negative ? -total : total};
  return true;
}

// With `days` false, whole days are written as hours (`24h`, not `1d`),
// unless the hours would not fit the seven digits a part may have.
inline void print_length(std::string& out, std::chrono::seconds s, bool days = true) {
  const std::int64_t count = s.count();
  if (count == 0) {
    out += "0s";
    return;
  }
  if (count < 0) {
    out += '-';
  }
  // The magnitude in unsigned arithmetic: the most negative count has none
  // as a signed number.
  std::uint64_t n = count < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(count)
                              : static_cast<std::uint64_t>(count);
  constexpr char units[] = {'d', 'h', 'm', 's'};
  constexpr std::uint64_t scale[] = {86400, 3600, 60, 1};
  const bool hours_fit = n / 3600 <= 9'999'999;
  for (std::size_t i = (days || !hours_fit) ? 0 : 1; i < 4; ++i) {
    if (n >= scale[i]) {
      out += std::to_string(n / scale[i]);
      out += units[i];
      n %= scale[i];
    }
  }
}

// A time of day as HH:MM or HH:MM:SS, 00:00 to 24:00.
inline bool read_clock(std::string_view w, std::chrono::seconds& out) noexcept {
  std::size_t at = 0;
  std::uint64_t h = 0;
  std::uint64_t m = 0;
  std::uint64_t s = 0;
  if (!read_number(w, at, h, 2) || at != 2 || at == w.size() || w[at] != ':') {
    return false;
  }
  ++at;
  if (!read_number(w, at, m, 2) || at != 5 || m > 59) {
    return false;
  }
  if (at < w.size()) {
    if (w[at] != ':') {
      return false;
    }
    ++at;
    if (!read_number(w, at, s, 2) || at != 8 || s > 59 || at != w.size()) {
      return false;
    }
  }
  const std::uint64_t total = h * 3600 + m * 60 + s;
  if (total > 86400) {
    return false;
  }
  out = std::chrono::seconds{static_cast<std::int64_t>(total)};
  return true;
}

inline void print_clock(std::string& out, std::int64_t secs) {
  append_two(out, static_cast<std::uint64_t>(secs / 3600));
  out += ':';
  append_two(out, static_cast<std::uint64_t>(secs / 60 % 60));
  if (secs % 60 != 0) {
    out += ':';
    append_two(out, static_cast<std::uint64_t>(secs % 60));
  }
}

// Weekdays in the order the text writes them, Monday first.
inline constexpr std::string_view day_names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

inline std::chrono::weekday iso_day(std::size_t i) noexcept {
  return std::chrono::weekday{static_cast<unsigned>((i + 1) % 7)};
}

inline bool read_day(std::string_view w, std::size_t& out) noexcept {
  for (std::size_t i = 0; i < 7; ++i) {
    if (day_names[i] == w) {
      out = i;
      return true;
    }
  }
  return false;
}

// A set of words joined by `+`: each word an enumerator of E.
template <class E, class Set>
bool read_set(std::string_view w, Set& out, std::size_t& bad) {
  Set s{};
  if (w == "none") {
    out = s;
    return true;
  }
  const bool ok = each_part_at(w, '+', bad, [&](std::string_view part, std::size_t&) {
    E e{};
    if (!read_enum(part, e) || s.contains(e)) {
      return false;
    }
    s.insert(e);
    return true;
  });
  if (ok) {
    out = s;
  }
  return ok;
}

template <class E, class Set>
void print_set(std::string& out, const Set& s) {
  bool first = true;
  for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
    if (s.contains(static_cast<E>(i))) {
      out += first ? "" : "+";
      first = false;
      out += enum_traits<E>::names[i];
    }
  }
  if (first) {
    out += "none";
  }
}

// A term whose value is an enumeration.
template <class E>
struct enum_term_codec {
  static void print(std::string& out, E e) { print_enum(out, e); }
  static bool parse(std::string_view w, E& out) noexcept { return read_enum(w, out); }
  static std::string expected() { return enum_choices<E>(); }
};

}  // namespace detail::text
/// @endcond

/// @brief `timing=in_advance` or `timing=in_arrears`.
template <>
struct text_codec<terms::timing> : detail::text::enum_term_codec<invoice_timing> {};

/// @brief `contact=none`, `team` or `technical_account_manager`.
template <>
struct text_codec<terms::contact> : detail::text::enum_term_codec<designated_contact> {};

/// @brief `offset=-3_days`, `offset=1_day`.
template <>
struct text_codec<terms::offset> {
  /// @brief Writes an offset.
  static void print(std::string& out, std::chrono::days d) {
    const std::int64_t n = d.count();
    out += n < 0 ? "-" : "";
    const std::uint64_t magnitude = n < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(n)
                                          : static_cast<std::uint64_t>(n);
    out += std::to_string(magnitude);
    out += magnitude == 1 ? "_day" : "_days";
  }
  /// @brief Reads an offset; false when @p w names none.
  static bool parse(std::string_view w, std::chrono::days& out) noexcept {
    const bool negative = !w.empty() && w.front() == '-';
    if (negative) {
      w.remove_prefix(1);
    }
    std::uint64_t n = 0;
    period_unit unit{};
    if (!detail::text::read_count_unit(w, n, unit) || unit != period_unit::day) {
      return false;
    }
    const auto v = static_cast<std::int64_t>(n);
    out = std::chrono::days{negative ? -v : v};
    return true;
  }
  /// @brief What an offset looks like, for a message.
  static std::string expected() {
    return "a number of days, negative for earlier, such as -3_days or 1_day";
  }
};

/// @brief `trial=30_days`, `trial=1_month`, `trial=none`.
template <>
struct text_codec<terms::trial> {
  /// @brief Writes a trial.
  static void print(std::string& out, const free_trial& t) {
    if (static_cast<std::size_t>(t.unit) >= enum_count_v<period_unit>) {
      out += '?';  // no text names the unit, even of no trial: refused, as check_terms refuses it
      return;
    }
    if (t.count == 0) {
      out += "none";
      return;
    }
    detail::text::print_count_unit(out, t.count, t.unit);
  }
  /// @brief Reads a trial; false when @p w names none.
  static bool parse(std::string_view w, free_trial& out) noexcept {
    if (w == "none") {
      out = free_trial{};
      return true;
    }
    std::uint64_t n = 0;
    period_unit unit{};
    if (!detail::text::read_count_unit(w, n, unit) || n == 0 || n > free_trial::max_count) {
      return false;
    }
    out = free_trial{static_cast<std::uint16_t>(n), unit};
    return true;
  }
  /// @brief What a trial looks like, for a message.
  static std::string expected() {
    return "none, or a count from 1 to " + std::to_string(free_trial::max_count) +
           " and a unit, such as 14_days, 2_weeks or 1_month";
  }
};

/// @brief `term=evergreen`, `term=12_periods_expire`, `term=1_period_renew`.
template <>
struct text_codec<terms::term> {
  /// @brief Writes a term.
  static void print(std::string& out, const contract_term& t) {
    if (static_cast<std::size_t>(t.at_end) >= enum_count_v<term_end>) {
      out += '?';  // no text names the end action, even of an evergreen term
      return;
    }
    if (t.periods == 0) {
      out += "evergreen";
      return;
    }
    out += std::to_string(t.periods);
    out += t.periods == 1 ? "_period_" : "_periods_";
    detail::text::print_enum(out, t.at_end);
  }
  /// @brief Reads a term; false when @p w names none.
  static bool parse(std::string_view w, contract_term& out) noexcept {
    if (w == "evergreen") {
      out = contract_term::evergreen();
      return true;
    }
    std::size_t at = 0;
    std::uint64_t n = 0;
    if (!detail::text::read_number(w, at, n, 5) || n == 0 || n > 65535) {
      return false;
    }
    std::string_view rest = w.substr(at);
    const std::string_view word = n == 1 ? "_period_" : "_periods_";
    if (rest.substr(0, word.size()) != word) {
      return false;
    }
    rest.remove_prefix(word.size());
    term_end end{};
    if (!detail::text::read_enum(rest, end)) {
      return false;
    }
    out = contract_term::fixed(static_cast<std::uint16_t>(n), end);
    return true;
  }
  /// @brief What a term looks like, for a message.
  static std::string expected() {
    return "evergreen, or a number of periods and what happens at the end, such as "
           "12_periods_renew or 1_period_expire";
  }
};

/// @brief `anchor=start`, `anchor=day_15`, `anchor=2027-01-31`.
template <>
struct text_codec<terms::anchor> {
  /// @brief Writes an anchor.
  static void print(std::string& out, const billing_anchor& a) {
    switch (a.kind) {
      case anchor_kind::start: out += "start"; return;
      case anchor_kind::cycle_day: out += "day_" + std::to_string(a.day); return;
      case anchor_kind::date: detail::text::print_date(out, a.date); return;
    }
    out += '?';
  }
  /// @brief Reads an anchor; false when @p w names none.
  static bool parse(std::string_view w, billing_anchor& out) noexcept {
    if (w == "start") {
      out = billing_anchor::start();
      return true;
    }
    if (w.substr(0, 4) == "day_") {
      std::size_t at = 4;
      std::uint64_t d = 0;
      if (!detail::text::read_number(w, at, d, 2) || at != w.size() || d < 1 || d > 31) {
        return false;
      }
      out = billing_anchor::cycle_day(static_cast<unsigned>(d));
      return true;
    }
    std::chrono::year_month_day date{};
    if (!detail::text::read_date(w, date)) {
      return false;
    }
    out = billing_anchor::first_date(date);
    return true;
  }
  /// @brief What an anchor looks like, for a message.
  static std::string expected() {
    return "start, a billing-cycle day from day_1 to day_31, or a first anchor date such as "
           "2027-01-31";
  }
};

/// @brief `alignment=anniversary`, `calendar` (weeks from Monday),
/// `calendar_sun` (weeks from another day), `end_of_month`, `drifting`.
template <>
struct text_codec<terms::alignment> {
  /// @brief Writes an alignment.
  static void print(std::string& out, const billing_alignment& a) {
    detail::text::print_enum(out, a.rule);
    if (a.rule == alignment_rule::calendar && !a.week_start.ok()) {
      out += "_?";  // no text names it: the text is refused, as the terms are
    } else if (a.rule == alignment_rule::calendar && a.week_start != std::chrono::Monday) {
      out += '_';
      out += detail::text::day_names[(a.week_start.c_encoding() + 6) % 7];
    }
  }
  /// @brief Reads an alignment; false when @p w names none.
  static bool parse(std::string_view w, billing_alignment& out) noexcept {
    alignment_rule rule{};
    if (detail::text::read_enum(w, rule)) {
      out = billing_alignment{rule, std::chrono::Monday};
      return true;
    }
    constexpr std::string_view calendar = "calendar_";
    std::size_t day = 0;
    if (w.substr(0, calendar.size()) != calendar ||
        !detail::text::read_day(w.substr(calendar.size()), day)) {
      return false;
    }
    out = billing_alignment::calendar(detail::text::iso_day(day));
    return true;
  }
  /// @brief What an alignment looks like, for a message.
  static std::string expected() {
    return detail::text::enum_choices<alignment_rule>() +
           ", or calendar_ and the first day of a week (calendar_sun)";
  }
};

/// @brief `charges=setup+usage`, `charges=none`.
template <>
struct text_codec<terms::charges> {
  /// @brief Writes charges.
  static void print(std::string& out, const charge_set& s) {
    detail::text::print_set<charge_kind>(out, s);
  }
  /// @brief Reads charges; false when @p w names none.
  static bool parse(std::string_view w, charge_set& out) {
    std::size_t bad = 0;
    return parse(w, out, bad);
  }
  /// @brief Reads charges; on a refusal, @p bad is the offset of the word refused.
  static bool parse(std::string_view w, charge_set& out, std::size_t& bad) {
    return detail::text::read_set<charge_kind>(w, out, bad);
  }
  /// @brief What charges look like, for a message.
  static std::string expected() {
    return "none, or charges joined by '+' from setup, recurring and usage, each once";
  }
};

/// @brief `channels=email+chat+phone`, `channels=none`.
template <>
struct text_codec<terms::channels> {
  /// @brief Writes channels.
  static void print(std::string& out, const channel_set& s) {
    detail::text::print_set<channel>(out, s);
  }
  /// @brief Reads channels; false when @p w names none.
  static bool parse(std::string_view w, channel_set& out) {
    std::size_t bad = 0;
    return parse(w, out, bad);
  }
  /// @brief Reads channels; on a refusal, @p bad is the offset of the word refused.
  static bool parse(std::string_view w, channel_set& out, std::size_t& bad) {
    return detail::text::read_set<channel>(w, out, bad);
  }
  /// @brief What channels look like, for a message.
  static std::string expected() {
    return "none, or channels joined by '+' from email, chat, phone, in_person and portal, "
           "each once";
  }
};

/// @brief `first_response=urgent:15m:calendar+high:1h:calendar+normal:4h:business+low:1d:business`:
/// every priority once, each with a length (`1d2h30m15s`) and a clock, or
/// `none` for no target (`low:none`).
template <>
struct text_codec<terms::first_response> {
  /// @brief Writes targets.
  static void print(std::string& out, const first_response_targets& t) {
    for (std::size_t i = 0; i < enum_count_v<priority>; ++i) {
      const auto p = static_cast<priority>(i);
      out += i == 0 ? "" : "+";
      out += enum_traits<priority>::names[i];
      out += ':';
      if (t[p].is_none()) {
        out += "none";
        continue;
      }
      // On a business clock a day of open time would read as a working
      // day: the length is written in open hours (24h, not 1d), and 1d is
      // still read as 24 open hours.
      detail::text::print_length(out, t[p].time, t[p].clock != response_clock::business);
      out += ':';
      detail::text::print_enum(out, t[p].clock);
    }
  }
  /// @brief Reads targets; false when @p w does not name one per priority.
  static bool parse(std::string_view w, first_response_targets& out) {
    std::size_t bad = 0;
    return parse(w, out, bad);
  }
  /// @brief Reads targets; on a refusal, @p bad is the offset of the target
  /// refused (the end of the text when a priority is missing).
  static bool parse(std::string_view w, first_response_targets& out, std::size_t& bad) {
    first_response_targets t{};
    unsigned seen = 0;
    const bool ok = detail::text::each_part_at(w, '+', bad, [&](std::string_view part,
                                                                std::size_t&) {
      const std::size_t a = part.find(':');
      const std::size_t b = a == std::string_view::npos ? a : part.find(':', a + 1);
      priority p{};
      response_target r{};
      if (a != std::string_view::npos && b == std::string_view::npos &&
          part.substr(a + 1) == "none") {
        r = response_target::none();
      } else if (b == std::string_view::npos) {
        return false;
      }
      if (!detail::text::read_enum(part.substr(0, a), p) ||
          (!r.is_none() &&
           (!detail::text::read_length(part.substr(a + 1, b - a - 1), r.time) ||
            !detail::text::read_enum(part.substr(b + 1), r.clock)))) {
        return false;
      }
      const unsigned bit = 1U << static_cast<unsigned>(p);
      if ((seen & bit) != 0) {
        return false;
      }
      seen |= bit;
      switch (p) {
        case priority::urgent: t.urgent = r; break;
        case priority::high: t.high = r; break;
        case priority::normal: t.normal = r; break;
        case priority::low: t.low = r; break;
      }
      return true;
    });
    if (!ok) {
      return false;
    }
    if (seen != (1U << enum_count_v<priority>) - 1) {
      bad = w.size();
      return false;
    }
    out = t;
    return true;
  }
  /// @brief What targets look like, for a message.
  static std::string expected() {
    return "a target for each of urgent, high, normal and low, joined by '+', each "
           "priority:length:clock with a length such as 15m, 4h or 1d2h (at most "
           "9999999d23h59m59s) and a clock calendar or business, or priority:none for no "
           "target (urgent:15m:calendar+high:1h:calendar+normal:4h:business+low:none)";
  }
};

/// @brief `hours=mon-fri/09:00-12:00/13:00-17:00+sat/10:00-14:00`, `hours=closed`.
template <>
struct text_codec<terms::hours> {
  /// @brief Writes weekly hours, runs of days with equal hours as ranges.
  static void print(std::string& out, const weekly_hours& w) {
    namespace t = detail::text;
    bool first = true;
    std::size_t d = 0;
    while (d < 7) {
      const day_hours& h = w.on(t::iso_day(d));
      std::size_t last = d;
      while (last + 1 < 7 && w.on(t::iso_day(last + 1)) == h) {
        ++last;
      }
      if (!h.empty()) {
        out += first ? "" : "+";
        first = false;
        out += t::day_names[d];
        if (last != d) {
          out += '-';
          out += t::day_names[last];
        }
        for (const open_interval& i : h) {
          out += '/';
          t::print_clock(out, i.from.count());
          out += '-';
          t::print_clock(out, i.to.count());
        }
      }
      d = last + 1;
    }
    if (!w.valid()) {
      // Hours that refused an interval: no text names them, so the text is
      // refused as the hours are, rather than read as the intervals kept.
      out += first ? "?" : "+?";
    } else if (first) {
      out += "closed";
    }
  }
  /// @brief Reads weekly hours; false when @p w names none or an interval is refused.
  static bool parse(std::string_view w, weekly_hours& out) {
    std::size_t bad = 0;
    return parse(w, out, bad);
  }
  /// @brief Reads weekly hours; on a refusal, @p bad is the offset of the
  /// days or the interval refused. A day's intervals come in increasing
  /// order, apart or touching.
  static bool parse(std::string_view w, weekly_hours& out, std::size_t& bad) {
    namespace t = detail::text;
    weekly_hours hours{};
    if (w == "closed") {
      out = hours;
      return true;
    }
    unsigned days_seen = 0;
    const bool ok = t::each_part_at(w, '+', bad, [&](std::string_view group,
                                                     std::size_t& inner) {
      const std::size_t slash = group.find('/');
      if (slash == std::string_view::npos) {
        return false;
      }
      const std::string_view days = group.substr(0, slash);
      std::size_t from = 0;
      std::size_t to = 0;
      const std::size_t dash = days.find('-');
      if (dash == std::string_view::npos) {
        if (!t::read_day(days, from)) {
          return false;
        }
        to = from;
      } else if (!t::read_day(days.substr(0, dash), from) ||
                 !t::read_day(days.substr(dash + 1), to) || to < from) {
        return false;
      }
      for (std::size_t d = from; d <= to; ++d) {
        if ((days_seen & (1U << d)) != 0) {
          return false;
        }
        days_seen |= 1U << d;
      }
      std::chrono::seconds previous_end{0};
      std::size_t in_group = 0;
      const bool intervals_ok = t::each_part_at(
          group.substr(slash + 1), '/', in_group, [&](std::string_view interval, std::size_t&) {
        const std::size_t cut = interval.find('-');
        std::chrono::seconds a{};
        std::chrono::seconds b{};
        if (cut == std::string_view::npos || !t::read_clock(interval.substr(0, cut), a) ||
            !t::read_clock(interval.substr(cut + 1), b) || a < previous_end) {
          return false;
        }
        previous_end = b;
        for (std::size_t d = from; d <= to; ++d) {
          if (!hours.add(t::iso_day(d), a, b)) {
            return false;
          }
        }
        return true;
      });
      if (!intervals_ok) {
        inner = slash + 1 + in_group;
      }
      return intervals_ok;
    });
    if (!ok) {
      return false;
    }
    out = hours;
    return true;
  }
  /// @brief What weekly hours look like, for a message.
  static std::string expected() {
    return "closed, or groups joined by '+', each a day or a range of days (mon to sun) and "
           "its intervals, such as mon-fri/09:00-12:00/13:00-17:00+sat/10:00-14:00 (at most " +
           std::to_string(weekly_hours::max_intervals_per_day) +
           " intervals a day, in increasing order, apart or touching, 24:00 allowed as an end)";
  }
};

/// @brief `zone=UTC`, `zone=+05:30`, `zone=Europe/Berlin`.
template <>
struct text_codec<terms::zone> {
  /// @brief Writes a zone.
  static void print(std::string& out, const time_zone& z) {
    if (!z.valid()) {
      out += '?';  // an offset of a day or more, or a malformed name: no text names it
      return;
    }
    if (z.kind() != zone_kind::fixed_offset) {
      const std::string_view n = z.name();
      out += n.empty() ? std::string_view{"?"} : n;
      return;
    }
    const std::int64_t s = z.offset().count();
    out += s < 0 ? '-' : '+';
    detail::text::print_clock(out, s < 0 ? -s : s);
  }
  /// @brief Reads a zone; false when @p w names none.
  static bool parse(std::string_view w, time_zone& out) noexcept {
    if (w == "UTC") {
      out = time_zone::utc();
      return true;
    }
    if (!w.empty() && (w.front() == '+' || w.front() == '-')) {
      std::chrono::seconds s{};
      if (!detail::text::read_clock(w.substr(1), s) || s >= std::chrono::hours{24}) {
        return false;
      }
      out = time_zone::fixed(w.front() == '-' ? -s : s);
      return true;
    }
    const time_zone z = time_zone::named(w);
    if (!z.valid()) {
      return false;
    }
    out = z;
    return true;
  }
  /// @brief What a zone looks like, for a message.
  static std::string expected() {
    return "UTC, an offset under a day such as +05:30 or -03:00, or an IANA zone name such as "
           "Europe/Berlin (not a zone of the host such as localtime: ask "
           "clientele::tz::current_zone() for it and store its name)";
  }
};

/// @brief `holidays=2026-12-25+2027-01-01`, `holidays=none`.
template <>
struct text_codec<terms::holidays> {
  /// @brief Writes holidays in date order.
  static void print(std::string& out, const holiday_list& h) {
    for (std::size_t i = 0; i < h.size(); ++i) {
      out += i == 0 ? "" : "+";
      detail::text::print_date(out, std::chrono::year_month_day{h[i]});
    }
    if (!h.valid()) {
      // A list that refused a date: no text names it, so the text is refused
      // as the list is, rather than read as the dates kept.
      out += h.empty() ? "?" : "+?";
    } else if (h.empty()) {
      out += "none";
    }
  }
  /// @brief Reads holidays; false when @p w names none, a date twice, or too many.
  static bool parse(std::string_view w, holiday_list& out) {
    std::size_t bad = 0;
    return parse(w, out, bad);
  }
  /// @brief Reads holidays; on a refusal, @p bad is the offset of the date refused.
  static bool parse(std::string_view w, holiday_list& out, std::size_t& bad) {
    holiday_list h{};
    if (w == "none") {
      out = h;
      return true;
    }
    const bool ok = detail::text::each_part_at(w, '+', bad, [&](std::string_view part,
                                                                std::size_t&) {
      std::chrono::year_month_day d{};
      return detail::text::read_date(part, d) && !h.contains(d) && h.add(d);
    });
    if (!ok) {
      return false;
    }
    out = h;
    return true;
  }
  /// @brief What holidays look like, for a message.
  static std::string expected() {
    return "none, or dates joined by '+', each once, such as 2026-12-25+2027-01-01 (at most " +
           std::to_string(holiday_list::capacity) + ")";
  }
};

}  // namespace clientele

#endif  // CLIENTELE_RUNTIME_TERM_TEXT_HPP

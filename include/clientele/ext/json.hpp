// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Profiles, billing terms and support terms as JSON documents of
/// nlohmann::json: the optional component `clientele::json` (pkg-config
/// `clientele-json`).
///
/// `nlohmann::json j = p;` and `j.get<clientele::profile>()` work through
/// the `to_json` and `from_json` found by argument-dependent lookup. A
/// profile's document is an object keyed by the names of its fields (the
/// catalogue's dimensions and terms, the keys of the text form), each
/// unspecified field left out:
///
///     {"duration": "ongoing", "billing": "recurring", "period": "monthly",
///      "trial": {"count": 14, "unit": "day"},
///      "channels": ["email", "phone"],
///      "first_response": {"urgent": {"seconds": 1800, "clock": "calendar"}, ...},
///      "hours": {"mon": [{"from": 28800, "to": 64800}], ...},
///      "zone": {"kind": "fixed_offset", "offset": -18000},
///      "holidays": ["2026-03-09"]}
///
/// An enumeration is its name; a billing period its name (`"monthly"`) or,
/// without one, `{"count": 3, "unit": "week"}`; a term a structured value
/// (an object, an array or a number, never the text form in a string):
/// `offset` a number of days; `trial` `{count, unit}`; `term` `{periods,
/// at_end}`; `anchor` `{kind}` with `day` (1 to 31) for `cycle_day` or `date`
/// (ISO 8601) for `date`; `alignment` `{rule}` with `week_start` (`"mon"` to
/// `"sun"`) for `calendar`; `charges` and `channels` arrays of names;
/// `first_response` an object keyed by priority of `{seconds, clock}`;
/// `hours` an object keyed by weekday (`"mon"` to `"sun"`, open days only) of
/// arrays of `{from, to}` in seconds after local midnight; `zone` `{kind}`
/// with `offset` in seconds for `fixed_offset` or `name` for `named`;
/// `holidays` an array of ISO 8601 dates. `billing_terms` and
/// `support_terms` are objects of every one of their terms, keyed the same
/// way. The JSON Schema of a profile's document is installed with the
/// package, as `share/clientele/profile.schema.json`.
///
/// A document that does not fit is refused with nlohmann's exception types:
/// `nlohmann::json::type_error` (302) for a value of the wrong JSON type,
/// `nlohmann::json::out_of_range` (401) for a number out of its range, and
/// `nlohmann::json::other_error` (501) for an unknown key or name; the
/// message names the key and what was expected there. Without exceptions,
/// `read_profile_json` and `parse_profile_json` return a `result` with the
/// same message instead.

#ifndef CLIENTELE_EXT_JSON_HPP
#define CLIENTELE_EXT_JSON_HPP

#include <clientele/catalogue/profile_terms.hpp>
#include <clientele/runtime/result.hpp>
#include <clientele/runtime/text.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace clientele {

/// @brief Why a JSON document is not a profile or terms: nlohmann's kind of
/// error and a message that names the key and what was expected.
struct json_error {
  /// @brief Which of nlohmann's exception types a throwing conversion raises.
  enum class kind : unsigned char {
    syntax,        ///< the text is not JSON (`nlohmann::json::parse_error`)
    type,          ///< a value of the wrong JSON type (`nlohmann::json::type_error`)
    out_of_range,  ///< a number outside its range (`nlohmann::json::out_of_range`)
    other          ///< an unknown key or name (`nlohmann::json::other_error`)
  };
  /// The kind of error.
  kind what = kind::other;
  /// The key and what was expected there.
  std::string message;
  /// For a syntax error, the offset in the text where it was found; 0 otherwise.
  std::size_t position = 0;

  /// Equal when every member is.
  friend bool operator==(const json_error&, const json_error&) = default;
};

/// @brief What `read_profile_json` and `parse_profile_json` return.
using json_profile_result = result<profile, json_error>;

/// @cond CLIENTELE_DETAIL
namespace detail::json_io {

using json = nlohmann::json;

// Writes the name of an enumerator, or its number for a value outside the
// enumeration (which the reader refuses, as the text form does).
template <CatalogueEnum E>
json write_enum(E e) {
  const std::string_view n = name_of(e);
  if (n.empty()) {
    return static_cast<unsigned>(e);
  }
  return std::string{n};
}

inline std::string iso_date(const std::chrono::year_month_day& d) {
  const int y = static_cast<int>(d.year());
  std::string out = y < 0 ? "-" : "";
  std::string year = std::to_string(y < 0 ? -y : y);
  out += std::string(year.size() < 4 ? 4 - year.size() : 0, '0') + year;
  const auto two = [&](unsigned v) {
    out += '-';
    out += static_cast<char>('0' + v / 10);
    out += static_cast<char>('0' + v % 10);
  };
  two(static_cast<unsigned>(d.month()));
  two(static_cast<unsigned>(d.day()));
  return out;
}

inline constexpr std::string_view day_names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

inline std::chrono::weekday day_at(std::size_t i) noexcept {  // Monday first
  return std::chrono::weekday{static_cast<unsigned>((i + 1) % 7)};
}

// A reader: the first failure it meets, with the path of keys to it.
struct reader {
  std::optional<json_error> error;

  bool fail(json_error::kind k, std::string_view key, const std::string& expected,
            const json& found) {
    if (!error) {
      std::string found_text = found.dump();
      if (found_text.size() > 60) {
        found_text = found_text.substr(0, 57) + "...";
      }
      error = json_error{k,
                         "clientele: key '" + std::string{key} + "': expected " + expected +
                             ", found " + found_text,
                         0};
    }
    return false;
  }

  template <CatalogueEnum E>
  bool read_enum(const json& j, std::string_view key, E& out) {
    if (!j.is_string()) {
      return fail(json_error::kind::type, key, "a string, " + names<E>(), j);
    }
    const std::string& s = j.get_ref<const std::string&>();
    for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
      if (enum_traits<E>::names[i] == s) {
        out = static_cast<E>(i);
        return true;
      }
    }
    return fail(json_error::kind::other, key, names<E>(), j);
  }

  template <CatalogueEnum E>
  static std::string names() {
    std::string out = "one of ";
    for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
      out += i == 0 ? "\"" : ", \"";
      out += enum_traits<E>::names[i];
      out += '"';
    }
    return out;
  }

  template <class I>
  bool read_int(const json& j, std::string_view key, std::int64_t lo, std::int64_t hi, I& out) {
    if (!j.is_number_integer()) {
      return fail(json_error::kind::type, key, "an integer", j);
    }
    // A non-negative number may be held unsigned, beyond the signed range.
    const bool too_big =
        j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(hi);
    const std::int64_t v = too_big ? hi : j.get<std::int64_t>();
    if (too_big || v < lo || v > hi) {
      return fail(json_error::kind::out_of_range, key,
                  "an integer from " + std::to_string(lo) + " to " + std::to_string(hi), j);
    }
    out = static_cast<I>(v);
    return true;
  }

  bool object(const json& j, std::string_view key, std::string_view members) {
    return j.is_object() ||
           fail(json_error::kind::type, key, "an object with " + std::string{members}, j);
  }

  // Member `name` of object j, or a failure naming key.name.
  const json* member(const json& j, std::string_view key, std::string_view name) {
    const auto it = j.find(std::string{name});
    if (it == j.end()) {
      fail(json_error::kind::other, key, "a member \"" + std::string{name} + "\"", j);
      return nullptr;
    }
    return &*it;
  }

  // Refuses a member of j other than the names given.
  bool only(const json& j, std::string_view key, std::initializer_list<std::string_view> names) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool known = false;
      for (std::string_view n : names) {
        known = known || it.key() == n;
      }
      if (!known) {
        std::string list;
        for (std::string_view n : names) {
          list += list.empty() ? "" : ", ";
          list += '"';
          list += n;
          list += '"';
        }
        return fail(json_error::kind::other, std::string{key} + "." + it.key(),
                    "no other member than " + list, it.value());
      }
    }
    return true;
  }

  bool date(const json& j, std::string_view key, std::chrono::year_month_day& out) {
    const auto bad = [&] {
      return fail(json_error::kind::type, key, "an ISO 8601 date such as \"2026-03-09\"", j);
    };
    if (!j.is_string()) {
      return bad();
    }
    const std::string& s = j.get_ref<const std::string&>();
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
      return bad();
    }
    int parts[3] = {0, 0, 0};
    const std::size_t from[3] = {0, 5, 8};
    const std::size_t len[3] = {4, 2, 2};
    for (std::size_t p = 0; p < 3; ++p) {
      for (std::size_t i = 0; i < len[p]; ++i) {
        const char c = s[from[p] + i];
        if (c < '0' || c > '9') {
          return bad();
        }
        parts[p] = parts[p] * 10 + (c - '0');
      }
    }
    out = std::chrono::year_month_day{std::chrono::year{parts[0]},
                                      std::chrono::month{static_cast<unsigned>(parts[1])},
                                      std::chrono::day{static_cast<unsigned>(parts[2])}};
    return out.ok() || fail(json_error::kind::out_of_range, key, "a date of the calendar", j);
  }

  bool weekday(const json& j, std::string_view key, std::size_t& out) {
    if (j.is_string()) {
      for (std::size_t i = 0; i < 7; ++i) {
        if (day_names[i] == j.get_ref<const std::string&>()) {
          out = i;
          return true;
        }
      }
    }
    return fail(j.is_string() ? json_error::kind::other : json_error::kind::type, key,
                "a weekday, one of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"",
                j);
  }
};

// --- the value of each field -------------------------------------------------------------

// Each field's value type: to JSON (write) and from JSON (read).
inline json write(const billing_period& p) {
  if (const std::string_view n = name_of(p); !n.empty()) {
    return std::string{n};
  }
  return json{{"count", p.count}, {"unit", write_enum(p.unit)}};
}
inline bool read(reader& r, const json& j, std::string_view key, billing_period& out) {
  if (j.is_string()) {
    for (const named_period& n : named_periods) {
      if (n.name == j.get_ref<const std::string&>()) {
        out = n.period;
        return true;
      }
    }
  }
  if (!j.is_object()) {
    std::string names = "a named period (";
    for (const named_period& n : named_periods) {
      names += &n == named_periods ? "\"" : ", \"";
      names += n.name;
      names += '"';
    }
    return r.fail(j.is_string() ? json_error::kind::other : json_error::kind::type, key,
                  names + ") or an object {\"count\", \"unit\"}", j);
  }
  const std::string k{key};
  const json* count = r.member(j, key, "count");
  const json* unit = r.member(j, key, "unit");
  return count != nullptr && unit != nullptr && r.only(j, key, {"count", "unit"}) &&
         r.read_int(*count, k + ".count", 1, billing_period::max_count, out.count) &&
         r.read_enum(*unit, k + ".unit", out.unit);
}

inline json write(std::chrono::days d) { return d.count(); }
inline bool read(reader& r, const json& j, std::string_view key, std::chrono::days& out) {
  std::int64_t n = 0;
  if (!r.read_int(j, key, -billing_terms::max_offset.count(), billing_terms::max_offset.count(), n)) {
    return false;
  }
  out = std::chrono::days{n};
  return true;
}

inline json write(const free_trial& t) {
  return json{{"count", t.count}, {"unit", write_enum(t.unit)}};
}
inline bool read(reader& r, const json& j, std::string_view key, free_trial& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"count\" (0 for none) and \"unit\"") ||
      !r.only(j, key, {"count", "unit"})) {
    return false;
  }
  const json* count = r.member(j, key, "count");
  const json* unit = r.member(j, key, "unit");
  return count != nullptr && unit != nullptr &&
         r.read_int(*count, k + ".count", 0, free_trial::max_count, out.count) &&
         r.read_enum(*unit, k + ".unit", out.unit);
}

inline json write(const contract_term& t) {
  return json{{"periods", t.periods}, {"at_end", write_enum(t.at_end)}};
}
inline bool read(reader& r, const json& j, std::string_view key, contract_term& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"periods\" (0 for evergreen) and \"at_end\"") ||
      !r.only(j, key, {"periods", "at_end"})) {
    return false;
  }
  const json* periods = r.member(j, key, "periods");
  const json* at_end = r.member(j, key, "at_end");
  return periods != nullptr && at_end != nullptr &&
         r.read_int(*periods, k + ".periods", 0, 65535, out.periods) &&
         r.read_enum(*at_end, k + ".at_end", out.at_end);
}

inline json write(const billing_anchor& a) {
  json j{{"kind", write_enum(a.kind)}};
  if (a.kind == anchor_kind::cycle_day) {
    j["day"] = a.day;
  } else if (a.kind == anchor_kind::date) {
    j["date"] = iso_date(a.date);
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, billing_anchor& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"kind\", and \"day\" or \"date\"")) {
    return false;
  }
  const json* kind = r.member(j, key, "kind");
  anchor_kind ak{};
  if (kind == nullptr || !r.read_enum(*kind, k + ".kind", ak)) {
    return false;
  }
  switch (ak) {
    case anchor_kind::start:
      out = billing_anchor::start();
      return r.only(j, key, {"kind"});
    case anchor_kind::cycle_day: {
      const json* day = r.member(j, key, "day");
      unsigned d = 0;
      if (day == nullptr || !r.only(j, key, {"kind", "day"}) ||
          !r.read_int(*day, k + ".day", 1, 31, d)) {
        return false;
      }
      out = billing_anchor::cycle_day(d);
      return true;
    }
    case anchor_kind::date: {
      const json* date = r.member(j, key, "date");
      std::chrono::year_month_day d{};
      if (date == nullptr || !r.only(j, key, {"kind", "date"}) || !r.date(*date, k + ".date", d)) {
        return false;
      }
      out = billing_anchor::first_date(d);
      return true;
    }
  }
  return false;
}

inline json write(const billing_alignment& a) {
  json j{{"rule", write_enum(a.rule)}};
  if (a.rule == alignment_rule::calendar) {
    j["week_start"] = std::string{day_names[(a.week_start.c_encoding() + 6) % 7]};
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, billing_alignment& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"rule\", and \"week_start\" for a calendar alignment")) {
    return false;
  }
  const json* rule = r.member(j, key, "rule");
  alignment_rule ar{};
  if (rule == nullptr || !r.read_enum(*rule, k + ".rule", ar)) {
    return false;
  }
  out = billing_alignment{ar, std::chrono::Monday};
  if (ar != alignment_rule::calendar) {
    return r.only(j, key, {"rule"});
  }
  if (!r.only(j, key, {"rule", "week_start"})) {
    return false;
  }
  if (const auto it = j.find("week_start"); it != j.end()) {
    std::size_t d = 0;
    if (!r.weekday(*it, k + ".week_start", d)) {
      return false;
    }
    out.week_start = day_at(d);
  }
  return true;
}

// A set of enumerators as an array of names.
template <class E, class Set>
json write_set(const Set& s) {
  json j = json::array();
  for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
    if (s.contains(static_cast<E>(i))) {
      j.push_back(std::string{enum_traits<E>::names[i]});
    }
  }
  return j;
}
template <class E, class Set>
bool read_set(reader& r, const json& j, std::string_view key, Set& out) {
  if (!j.is_array()) {
    return r.fail(json_error::kind::type, key, "an array of names, each " + reader::names<E>(), j);
  }
  Set s{};
  std::size_t i = 0;
  for (const json& e : j) {
    E v{};
    if (!r.read_enum(e, std::string{key} + "[" + std::to_string(i++) + "]", v)) {
      return false;
    }
    s.insert(v);
  }
  out = s;
  return true;
}

inline json write(const charge_set& s) { return write_set<charge_kind>(s); }
inline bool read(reader& r, const json& j, std::string_view key, charge_set& out) {
  return read_set<charge_kind>(r, j, key, out);
}
inline json write(const channel_set& s) { return write_set<channel>(s); }
inline bool read(reader& r, const json& j, std::string_view key, channel_set& out) {
  return read_set<channel>(r, j, key, out);
}

inline json write(const response_target& t) {
  return json{{"seconds", t.time.count()}, {"clock", write_enum(t.clock)}};
}
inline bool read(reader& r, const json& j, std::string_view key, response_target& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"seconds\" and \"clock\"") || !r.only(j, key, {"seconds", "clock"})) {
    return false;
  }
  const json* secs = r.member(j, key, "seconds");
  const json* clock = r.member(j, key, "clock");
  std::int64_t s = 0;
  if (secs == nullptr || clock == nullptr ||
      !r.read_int(*secs, k + ".seconds", 0, std::int64_t{1} << 40, s) ||
      !r.read_enum(*clock, k + ".clock", out.clock)) {
    return false;
  }
  out.time = std::chrono::seconds{s};
  return true;
}

inline json write(const first_response_targets& t) {
  json j = json::object();
  for (std::size_t i = 0; i < enum_count_v<priority>; ++i) {
    const auto p = static_cast<priority>(i);
    j[std::string{name_of(p)}] = write(t[p]);
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, first_response_targets& out) {
  if (!r.object(j, key, "a member per priority (\"urgent\", \"high\", \"normal\", \"low\")") ||
      !r.only(j, key, {"urgent", "high", "normal", "low"})) {
    return false;
  }
  first_response_targets t{response_target::none(), response_target::none(),
                           response_target::none(), response_target::none()};
  response_target* slots[] = {&t.urgent, &t.high, &t.normal, &t.low};
  for (std::size_t i = 0; i < enum_count_v<priority>; ++i) {
    const std::string name{enum_traits<priority>::names[i]};
    if (const auto it = j.find(name); it != j.end() &&
                                      !read(r, *it, std::string{key} + "." + name, *slots[i])) {
      return false;
    }
  }
  out = t;
  return true;
}

inline json write(const weekly_hours& w) {
  json j = json::object();
  for (std::size_t d = 0; d < 7; ++d) {
    const day_hours& h = w.on(day_at(d));
    if (h.empty()) {
      continue;
    }
    json intervals = json::array();
    for (const open_interval& i : h) {
      intervals.push_back(json{{"from", i.from.count()}, {"to", i.to.count()}});
    }
    j[std::string{day_names[d]}] = std::move(intervals);
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, weekly_hours& out) {
  if (!r.object(j, key, "a member per open weekday (\"mon\" to \"sun\")") ||
      !r.only(j, key, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})) {
    return false;
  }
  weekly_hours w;
  for (std::size_t d = 0; d < 7; ++d) {
    const auto it = j.find(std::string{day_names[d]});
    if (it == j.end()) {
      continue;
    }
    const std::string k = std::string{key} + "." + std::string{day_names[d]};
    if (!it->is_array()) {
      return r.fail(json_error::kind::type, k, "an array of {\"from\", \"to\"}", *it);
    }
    std::size_t n = 0;
    for (const json& i : *it) {
      const std::string ik = k + "[" + std::to_string(n++) + "]";
      if (!r.object(i, ik, "\"from\" and \"to\", in seconds after midnight") ||
          !r.only(i, ik, {"from", "to"})) {
        return false;
      }
      const json* from = r.member(i, ik, "from");
      const json* to = r.member(i, ik, "to");
      std::int64_t f = 0;
      std::int64_t t = 0;
      if (from == nullptr || to == nullptr || !r.read_int(*from, ik + ".from", 0, 86399, f) ||
          !r.read_int(*to, ik + ".to", 1, 86400, t)) {
        return false;
      }
      if (!w.add(day_at(d), std::chrono::seconds{f}, std::chrono::seconds{t})) {
        return r.fail(json_error::kind::out_of_range, ik,
                      "an interval that ends after it starts, overlaps no other, at most " +
                          std::to_string(weekly_hours::max_intervals_per_day) + " a day",
                      i);
      }
    }
  }
  out = w;
  return true;
}

inline json write(const time_zone& z) {
  json j{{"kind", write_enum(z.kind())}};
  if (z.kind() == zone_kind::fixed_offset) {
    j["offset"] = z.offset().count();
  } else if (z.kind() == zone_kind::named) {
    j["name"] = std::string{z.name()};
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, time_zone& out) {
  const std::string k{key};
  if (!r.object(j, key, "\"kind\", and \"offset\" or \"name\"")) {
    return false;
  }
  const json* kind = r.member(j, key, "kind");
  zone_kind zk{};
  if (kind == nullptr || !r.read_enum(*kind, k + ".kind", zk)) {
    return false;
  }
  switch (zk) {
    case zone_kind::utc:
      out = time_zone::utc();
      return r.only(j, key, {"kind"});
    case zone_kind::fixed_offset: {
      const json* offset = r.member(j, key, "offset");
      std::int64_t s = 0;
      if (offset == nullptr || !r.only(j, key, {"kind", "offset"}) ||
          !r.read_int(*offset, k + ".offset", -86399, 86399, s)) {
        return false;
      }
      out = time_zone::fixed(std::chrono::seconds{s});
      return true;
    }
    case zone_kind::named: {
      const json* name = r.member(j, key, "name");
      if (name == nullptr || !r.only(j, key, {"kind", "name"})) {
        return false;
      }
      const std::string expected = "an IANA zone name such as \"Europe/Berlin\" (at most " +
                                   std::to_string(time_zone::max_name) + " characters)";
      if (!name->is_string()) {
        return r.fail(json_error::kind::type, k + ".name", expected, *name);
      }
      const time_zone z = time_zone::named(name->get_ref<const std::string&>());
      if (!z.valid()) {
        return r.fail(json_error::kind::other, k + ".name", expected, *name);
      }
      out = z;
      return true;
    }
  }
  return false;
}

inline json write(const holiday_list& h) {
  json j = json::array();
  for (std::size_t i = 0; i < h.size(); ++i) {
    j.push_back(iso_date(std::chrono::year_month_day{h[i]}));
  }
  return j;
}
inline bool read(reader& r, const json& j, std::string_view key, holiday_list& out) {
  if (!j.is_array()) {
    return r.fail(json_error::kind::type, key, "an array of ISO 8601 dates", j);
  }
  if (j.size() > holiday_list::capacity) {
    return r.fail(json_error::kind::out_of_range, key,
                  "at most " + std::to_string(holiday_list::capacity) + " dates", j);
  }
  holiday_list h;
  std::size_t i = 0;
  for (const json& e : j) {
    std::chrono::year_month_day d{};
    if (!r.date(e, std::string{key} + "[" + std::to_string(i++) + "]", d)) {
      return false;
    }
    h.add(d);
  }
  out = h;
  return true;
}

template <CatalogueEnum E>
json write(E e) {
  return write_enum(e);
}
template <CatalogueEnum E>
bool read(reader& r, const json& j, std::string_view key, E& out) {
  return r.read_enum(j, key, out);
}

template <class T>
concept json_value = requires(const T& v, reader& r, const json& j, T& out) {
  { write(v) } -> std::same_as<json>;
  { read(r, j, std::string_view{}, out) } -> std::same_as<bool>;
};

// --- profiles and terms -------------------------------------------------------------------

template <class F>
inline constexpr std::string_view key_v = F::name;

template <class C, class... Fs>
void write_profile(json& j, const basic_profile<C>& p, type_list<Fs...>) {
  j = json::object();
  const auto one = [&](auto tag) {
    using F = typename decltype(tag)::type;
    static_assert(json_value<typename F::value_type>,
                  "clientele/ext/json.hpp: a field of this profile has a value type with no JSON "
                  "form (an enumeration with enum_traits, or a term of the library's catalogue)");
    if (const auto& v = get<F>(p); v.has_value()) {
      j[std::string{key_v<F>}] = write(*v);
    }
  };
  (one(std::type_identity<Fs>{}), ...);
}

template <class C>
std::string profile_keys() {
  std::string out;
  for (const text::key_info<C>& k : text::keys<C>) {
    out += out.empty() ? "one of " : ", ";
    out += k.name;
  }
  return out;
}

// Reads the value of field F into p.
template <class C, class F>
bool read_field(reader& r, const json& v, basic_profile<C>& p) {
  typename F::value_type x{};
  if (!read(r, v, key_v<F>, x)) {
    return false;
  }
  get<F>(p) = x;
  return true;
}

template <class C>
struct field_reader {
  std::string_view key;
  bool (*read)(reader&, const json&, basic_profile<C>&);
};

// One pass over the document's members, each sent to its field's reader.
template <class C, class... Fs>
bool read_profile(reader& r, const json& j, basic_profile<C>& out, type_list<Fs...>) {
  static constexpr field_reader<C> fields[] = {{key_v<Fs>, &read_field<C, Fs>}...};
  if (!j.is_object()) {
    return r.fail(json_error::kind::type, "(document)",
                  "an object keyed by the profile's dimensions and terms", j);
  }
  basic_profile<C> p{};
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    const field_reader<C>* field = nullptr;
    for (const field_reader<C>& f : fields) {
      if (f.key == key) {
        field = &f;
        break;
      }
    }
    if (field == nullptr) {
      return r.fail(json_error::kind::other, key,
                    "a key of the profile (" + profile_keys<C>() + ")", it.value());
    }
    if (!field->read(r, it.value(), p)) {
      return false;
    }
  }
  out = p;
  return true;
}

template <class F, class Terms>
constexpr typename F::value_type term_of(const Terms& t) noexcept {
  if constexpr (std::is_same_v<F, terms::period>) {
    return t.period;
  } else {
    return F::get(t);
  }
}
template <class F, class Terms>
constexpr void set_term(Terms& t, const typename F::value_type& v) noexcept {
  if constexpr (std::is_same_v<F, terms::period>) {
    t.period = v;
  } else {
    F::set(t, v);
  }
}

template <class Terms, class... Fs>
json write_terms(const Terms& t, type_list<Fs...>) {
  json j = json::object();
  ((j[std::string{key_v<Fs>}] = write(term_of<Fs>(t))), ...);
  return j;
}

// Every term must be there: terms are whole values (a profile leaves out
// what it does not specify; terms have no unspecified member).
template <class Terms, class... Fs>
bool read_terms(reader& r, const json& j, Terms& out, type_list<Fs...>) {
  std::string all;
  ((all += (all.empty() ? "" : ", ") + std::string{key_v<Fs>}), ...);
  if (!r.object(j, "(document)", "every term: " + all)) {
    return false;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!((it.key() == key_v<Fs>) || ...)) {
      return r.fail(json_error::kind::other, it.key(), "a term (" + all + ")", it.value());
    }
  }
  Terms t{};
  bool ok = true;
  const auto one = [&](auto tag) {
    using F = typename decltype(tag)::type;
    if (!ok) {
      return;
    }
    const json* m = r.member(j, "(document)", key_v<F>);
    typename F::value_type v{};
    ok = m != nullptr && read(r, *m, key_v<F>, v);
    if (ok) {
      set_term<F>(t, v);
    }
  };
  (one(std::type_identity<Fs>{}), ...);
  if (ok) {
    out = t;
  }
  return ok;
}


// --- the JSON Schema -----------------------------------------------------------------------

template <CatalogueEnum E>
json enum_schema() {
  json names = json::array();
  for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
    names.push_back(std::string{enum_traits<E>::names[i]});
  }
  return json{{"type", "string"}, {"enum", std::move(names)}};
}

inline json integer_schema(std::int64_t lo, std::int64_t hi) {
  return json{{"type", "integer"}, {"minimum", lo}, {"maximum", hi}};
}

inline json object_schema(json properties, json required) {
  return json{{"type", "object"},
              {"properties", std::move(properties)},
              {"required", std::move(required)},
              {"additionalProperties", false}};
}

inline json date_schema() {
  return json{{"type", "string"},
              {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
              {"description", "an ISO 8601 date"}};
}

inline json weekday_schema() {
  json names = json::array();
  for (std::string_view d : day_names) {
    names.push_back(std::string{d});
  }
  return json{{"type", "string"}, {"enum", std::move(names)}};
}

// The schema of each value type, beside its reader and writer above.
template <class T>
json schema_of() {
  if constexpr (CatalogueEnum<T>) {
    return enum_schema<T>();
  } else if constexpr (std::is_same_v<T, billing_period>) {
    json names = json::array();
    for (const named_period& n : named_periods) {
      names.push_back(std::string{n.name});
    }
    return json{{"oneOf",
                 {json{{"type", "string"}, {"enum", std::move(names)}},
                  object_schema({{"count", integer_schema(1, billing_period::max_count)},
                                 {"unit", enum_schema<period_unit>()}},
                                {"count", "unit"})}}};
  } else if constexpr (std::is_same_v<T, std::chrono::days>) {
    return integer_schema(-billing_terms::max_offset.count(), billing_terms::max_offset.count());
  } else if constexpr (std::is_same_v<T, free_trial>) {
    return object_schema({{"count", integer_schema(0, free_trial::max_count)},
                          {"unit", enum_schema<period_unit>()}},
                         {"count", "unit"});
  } else if constexpr (std::is_same_v<T, contract_term>) {
    return object_schema({{"periods", integer_schema(0, 65535)},
                          {"at_end", enum_schema<term_end>()}},
                         {"periods", "at_end"});
  } else if constexpr (std::is_same_v<T, billing_anchor>) {
    return object_schema({{"kind", enum_schema<anchor_kind>()},
                          {"day", integer_schema(1, 31)},
                          {"date", date_schema()}},
                         {"kind"});
  } else if constexpr (std::is_same_v<T, billing_alignment>) {
    return object_schema({{"rule", enum_schema<alignment_rule>()}, {"week_start", weekday_schema()}},
                         {"rule"});
  } else if constexpr (std::is_same_v<T, charge_set>) {
    return json{{"type", "array"}, {"items", enum_schema<charge_kind>()}};
  } else if constexpr (std::is_same_v<T, channel_set>) {
    return json{{"type", "array"}, {"items", enum_schema<channel>()}};
  } else if constexpr (std::is_same_v<T, first_response_targets>) {
    const json target = object_schema(
        {{"seconds", integer_schema(0, std::int64_t{1} << 40)}, {"clock", enum_schema<response_clock>()}},
        {"seconds", "clock"});
    json properties = json::object();
    for (std::size_t i = 0; i < enum_count_v<priority>; ++i) {
      properties[std::string{enum_traits<priority>::names[i]}] = target;
    }
    return object_schema(std::move(properties), json::array());
  } else if constexpr (std::is_same_v<T, weekly_hours>) {
    const json interval =
        object_schema({{"from", integer_schema(0, 86399)}, {"to", integer_schema(1, 86400)}},
                      {"from", "to"});
    json properties = json::object();
    for (std::string_view d : day_names) {
      properties[std::string{d}] = json{{"type", "array"},
                                        {"items", interval},
                                        {"maxItems", weekly_hours::max_intervals_per_day}};
    }
    return object_schema(std::move(properties), json::array());
  } else if constexpr (std::is_same_v<T, time_zone>) {
    return object_schema({{"kind", enum_schema<zone_kind>()},
                          {"offset", integer_schema(-86399, 86399)},
                          {"name", json{{"type", "string"},
                                        {"pattern", "^[A-Za-z0-9/_+-]+$"},
                                        {"maxLength", time_zone::max_name}}}},
                         {"kind"});
  } else if constexpr (std::is_same_v<T, holiday_list>) {
    return json{{"type", "array"}, {"items", date_schema()}, {"maxItems", holiday_list::capacity}};
  } else {
    static_assert(sizeof(T) == 0,
                  "clientele/ext/json.hpp: a term of the catalogue has no JSON form; give it a "
                  "write, a read and a schema_of here");
  }
}

template <class... Fs>
json profile_properties(type_list<Fs...>) {
  json properties = json::object();
  ((properties[std::string{key_v<Fs>}] = schema_of<typename Fs::value_type>()), ...);
  return properties;
}

template <class... Fs>
json terms_schema(type_list<Fs...> list) {
  json required = json::array();
  (required.push_back(std::string{key_v<Fs>}), ...);
  return object_schema(profile_properties(list), std::move(required));
}

// Throws nlohmann's exception for a failure; without exceptions (or with
// JSON_NOEXCEPTION), ends the program as nlohmann's own conversions do.
[[noreturn]] inline void raise(const json& j, const json_error& e) {
#if defined(__cpp_exceptions) && !defined(JSON_NOEXCEPTION)
  switch (e.what) {
    case json_error::kind::type: throw json::type_error::create(302, e.message, &j);
    case json_error::kind::out_of_range: throw json::out_of_range::create(401, e.message, &j);
    case json_error::kind::syntax: throw json::parse_error::create(101, e.position, e.message, &j);
    case json_error::kind::other: break;
  }
  throw json::other_error::create(501, e.message, &j);
#else
  (void)j;
  std::fputs(e.message.c_str(), stderr);
  std::fputc('\n', stderr);
  std::abort();
#endif
}

// Builds a document from text and records where a syntax error is: a SAX
// handler that keeps nlohmann's own DOM builder and refuses to throw.
struct dom_builder : nlohmann::detail::json_sax_dom_parser<json> {
  explicit dom_builder(json& j) : json_sax_dom_parser<json>(j, false) {}
  std::optional<json_error> error;
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& /*token*/, const Exception& e) {
    error = json_error{json_error::kind::syntax,
                       "clientele: the text is not JSON: " + std::string{e.what()}, position};
    return false;
  }
};

}  // namespace detail::json_io
/// @endcond

/// @brief *Effects:* @p j becomes the document of profile @p p: an object
/// keyed by field name, unspecified fields left out.
template <class C>
void to_json(nlohmann::json& j, const basic_profile<C>& p) {
  detail::json_io::write_profile(j, p, fields_t<C>{});
}

/// @brief *Effects:* @p p becomes the profile of document @p j.
/// *Throws:* `nlohmann::json::type_error`, `out_of_range` or `other_error`
/// when @p j is not a profile's document, with a message that names the key
/// and what was expected; @p p is then unchanged.
template <class C>
void from_json(const nlohmann::json& j, basic_profile<C>& p) {
  detail::json_io::reader r;
  if (!detail::json_io::read_profile(r, j, p, fields_t<C>{})) {
    detail::json_io::raise(j, *r.error);
  }
}

/// @brief *Effects:* @p j becomes the document of billing terms @p t: an
/// object of every billing term.
inline void to_json(nlohmann::json& j, const billing_terms& t) {
  j = detail::json_io::write_terms(t, typename dimensions::billing::terms{});
}

/// @brief *Effects:* @p t becomes the billing terms of document @p j, which
/// must give every billing term. *Throws:* as `from_json` of a profile.
inline void from_json(const nlohmann::json& j, billing_terms& t) {
  detail::json_io::reader r;
  if (!detail::json_io::read_terms(r, j, t, typename dimensions::billing::terms{})) {
    detail::json_io::raise(j, *r.error);
  }
}

/// @brief *Effects:* @p j becomes the document of support terms @p t: an
/// object of every support term.
inline void to_json(nlohmann::json& j, const support_terms& t) {
  j = detail::json_io::write_terms(t, typename dimensions::support::terms{});
}

/// @brief *Effects:* @p t becomes the support terms of document @p j, which
/// must give every support term. *Throws:* as `from_json` of a profile.
inline void from_json(const nlohmann::json& j, support_terms& t) {
  detail::json_io::reader r;
  if (!detail::json_io::read_terms(r, j, t, typename dimensions::support::terms{})) {
    detail::json_io::raise(j, *r.error);
  }
}

/// @brief Reads a profile from document @p j, without throwing: the profile,
/// or the error `from_json` would throw, with the same message.
[[nodiscard]] inline json_profile_result read_profile_json(const nlohmann::json& j) {
  detail::json_io::reader r;
  profile p{};
  if (!detail::json_io::read_profile(r, j, p, fields_t<catalogue>{})) {
    return json_profile_result{std::move(*r.error)};
  }
  return json_profile_result{p};
}

/// @brief Reads a profile from the JSON text @p text, without throwing: the
/// profile, or why there is none (a syntax error with its offset in
/// @p text, or the error of `read_profile_json`).
[[nodiscard]] inline json_profile_result parse_profile_json(std::string_view text) {
  nlohmann::json j;
  detail::json_io::dom_builder builder{j};
  const bool parsed = nlohmann::json::sax_parse(text, &builder, nlohmann::json::input_format_t::json,
                                                true);
  if (!parsed || builder.error) {
    if (builder.error) {
      // nlohmann counts the end of the input as a character read.
      builder.error->position = std::min(builder.error->position, text.size());
      return json_profile_result{std::move(*builder.error)};
    }
    return json_profile_result{
        json_error{json_error::kind::syntax, "clientele: the text is not JSON", 0}};
  }
  return read_profile_json(j);
}

/// @brief The JSON Schema (draft 2020-12) of a profile's document, built
/// from the catalogue's fields: every key the document may hold, with the
/// form of its value; `$defs` holds the schemas of `billing_terms` and
/// `support_terms` documents. The package installs it, generated by this
/// function, as `share/clientele/profile.schema.json`.
[[nodiscard]] inline nlohmann::json profile_json_schema() {
  namespace io = detail::json_io;
  nlohmann::json schema = io::object_schema(io::profile_properties(fields_t<catalogue>{}),
                                            nlohmann::json::array());
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["title"] = "clientele profile";
  schema["description"] =
      "A client or customer relationship's profile: the catalogue's dimensions and their terms, "
      "each key optional (an unspecified field is left out).";
  schema["$defs"] = {{"billing_terms", io::terms_schema(typename dimensions::billing::terms{})},
                     {"support_terms", io::terms_schema(typename dimensions::support::terms{})}};
  return schema;
}

}  // namespace clientele

#endif  // CLIENTELE_EXT_JSON_HPP

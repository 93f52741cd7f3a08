// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Named IANA time zones for business calendars: the optional
/// component `clientele::tz` (`find_package(clientele COMPONENTS tz)`).
///
/// `clientele::tz::locate_zone("Europe/Berlin")` gives a `clientele::time_zone`
/// that reads the zone's rules from a time-zone database; the deadline engine
/// takes it like any other zone. The database is the standard library's
/// (`std::chrono::get_tzdb()`) where it has one (`__cpp_lib_chrono >=
/// 201907L`), and otherwise Howard Hinnant's date/tz library reading the
/// system's tzdata (`/usr/share/zoneinfo`; Debian packages
/// `libhowardhinnant-date-dev` and `tzdata`; link `date::date-tz`, which
/// defines `USE_OS_TZDB=1`). The CMake target `clientele::tz` makes the
/// choice when the package is built and says it with
/// `CLIENTELE_TZ_USE_STD` or `CLIENTELE_TZ_USE_DATE`; define one of them
/// to choose without CMake. Without CMake, date/tz needs `-DUSE_OS_TZDB=1`
/// (the definition its library was built with on Debian; without it the
/// program reads its database with the layout of another build and
/// crashes), so this header refuses to compile without it, with a message
/// that names it. Nothing is downloaded. date/tz reads the
/// transitions the system's files list, which end in 2037; later instants
/// keep the last offset listed.
///
/// Nothing here throws. With exceptions enabled, a database that cannot be
/// read gives `deadline_error::no_zone_database` and a zone whose rules
/// cannot be read gives `deadline_error::invalid_zone`; with exceptions
/// disabled, the adapter checks that the zoneinfo directory exists before the
/// date library first reads it, and a file of it that cannot be read ends
/// the program inside that library.

#ifndef CLIENTELE_EXT_TZ_HPP
#define CLIENTELE_EXT_TZ_HPP

#include <clientele/runtime/validate.hpp>
#include <clientele/support/calendar.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string_view>
#include <vector>
#include <version>

/// @cond CLIENTELE_DETAIL
#if defined(CLIENTELE_TZ_USE_STD) && defined(CLIENTELE_TZ_USE_DATE)
#error "clientele/ext/tz.hpp: define CLIENTELE_TZ_USE_STD or CLIENTELE_TZ_USE_DATE, not both"
#endif
#if !defined(CLIENTELE_TZ_USE_STD) && !defined(CLIENTELE_TZ_USE_DATE)
#if defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
#define CLIENTELE_TZ_USE_STD 1
#else
#define CLIENTELE_TZ_USE_DATE 1
#endif
#endif

#if defined(CLIENTELE_TZ_USE_DATE)
// <date/tz.h> defaults USE_OS_TZDB to 0, a build that reads a downloaded
// database with a layout of its own; the library libdate-tz of a system's
// package is built with USE_OS_TZDB=1. A program compiled without it links,
// then crashes at its first zone lookup: refuse it here instead.
#if !defined(USE_OS_TZDB)
#error "clientele/ext/tz.hpp: the date/tz library needs USE_OS_TZDB=1: compile with -DUSE_OS_TZDB=1 (the definition its library libdate-tz was built with; CMake's date::date-tz and clientele::tz targets add it)."
#elif USE_OS_TZDB != 1
#error "clientele/ext/tz.hpp: USE_OS_TZDB is not 1: clientele::tz reads the system's tzdata through date/tz built with USE_OS_TZDB=1; compile with -DUSE_OS_TZDB=1 (and include this header before <date/tz.h>, which defines it to 0 when it is not defined)."
#endif
#if defined(__GNUC__) && !defined(__clang__) && !defined(__cpp_exceptions)
// GCC refuses the throw expressions of <date/tz.h> when exceptions are
// disabled, even in functions that are never called.
#error "clientele/ext/tz.hpp: with GCC, Howard Hinnant's date/tz needs exceptions enabled. Build the code that names IANA time zones with exceptions, use Clang, or use UTC and fixed-offset calendars, which need no time-zone database."
#endif
#include <date/tz.h>
#endif
#if !defined(__cpp_exceptions) && defined(__unix__) && !defined(__APPLE__)
#include <sys/stat.h>
#include <unistd.h>
#endif
/// @endcond

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail {

#if defined(CLIENTELE_TZ_USE_STD)
namespace zone_db = std::chrono;
#else
namespace zone_db = date;
#endif

// The database, or null when it cannot be read.
inline const zone_db::tzdb* zone_database() noexcept {
#if defined(__cpp_exceptions)
  try {
    return &zone_db::get_tzdb();
  } catch (...) {
    return nullptr;
  }
#else
#if defined(CLIENTELE_TZ_USE_DATE) && defined(__unix__) && !defined(__APPLE__)
  // The directories the date library looks in; without them it would throw.
  struct stat info {};
  const bool found = (::stat("/usr/share/zoneinfo/uclibc", &info) == 0 && S_ISDIR(info.st_mode)) ||
                     (::stat("/usr/share/zoneinfo", &info) == 0 && S_ISDIR(info.st_mode));
  if (!found) {
    return nullptr;
  }
#endif
  return &zone_db::get_tzdb();
#endif
}

inline zone_era zone_era_of(const void* zone, std::chrono::sys_seconds t) noexcept {
  const auto* z = static_cast<const zone_db::time_zone*>(zone);
#if defined(__cpp_exceptions)
  try {
#endif
    const auto info = z->get_info(t);
    return zone_era{std::chrono::seconds{info.offset}, std::chrono::sys_seconds{info.begin},
                    std::chrono::sys_seconds{info.end}};
#if defined(__cpp_exceptions)
  } catch (...) {
    return zone_era{std::chrono::seconds{0}, t, t};  // an era that does not hold t: a failure
  }
#endif
}

inline std::string_view zone_name_of(const void* zone) noexcept {
  return std::string_view{static_cast<const zone_db::time_zone*>(zone)->name()};
}

inline constexpr zone_source database_zone_source{&zone_era_of, &zone_name_of};

// The entry named `name` among `entries`, sorted by name; null when absent.
template <class Entries>
auto find_by_name(const Entries& entries, std::string_view name) noexcept
    -> decltype(&*entries.begin()) {
  const auto it = std::lower_bound(
      entries.begin(), entries.end(), name,
      [](const auto& entry, std::string_view n) { return std::string_view{entry.name()} < n; });
  if (it == entries.end() || std::string_view{it->name()} != name) {
    return nullptr;
  }
  return &*it;
}

template <class Db>
const zone_db::time_zone* find_zone(const Db& db, std::string_view name) noexcept {
  if (const auto* zone = find_by_name(db.zones, name)) {
    return zone;
  }
  if constexpr (requires { db.links; }) {
    if (const auto* link = find_by_name(db.links, name)) {
      return find_by_name(db.zones, std::string_view{link->target()});
    }
  }
  return nullptr;
}

}  // namespace detail
/// @endcond

/// @brief Named IANA time zones: the optional component `clientele::tz`.
namespace tz {

/// @brief The zone called @p name in the time-zone database, such as
/// `"America/New_York"`; links (old names such as `"US/Eastern"`) are found
/// too. Names are case-sensitive.
///
/// Zones found under the same name are equal; the database lives as long as
/// the program, so the zone may be copied and kept freely.
/// @returns the zone, or `deadline_error::unknown_zone` when the database
/// has no such name (a name that `time_zone::named` refuses, such as the
/// host's `localtime`, is never found), `deadline_error::no_zone_database`
/// when no database could be read.
[[nodiscard]] inline deadline_result<time_zone> locate_zone(std::string_view name) noexcept {
  if (!time_zone::named(name).valid()) {
    // A malformed name, or one of the host's (localtime) that a system's
    // zoneinfo folder may list: not a zone of the database.
    return deadline_error::unknown_zone;
  }
  const auto* db = detail::zone_database();
  if (db == nullptr) {
    return deadline_error::no_zone_database;
  }
  const auto* zone = detail::find_zone(*db, name);
  if (zone == nullptr) {
    return deadline_error::unknown_zone;
  }
  return time_zone::named(detail::database_zone_source, zone, name);
}

/// @brief The zone the host is set to, resolved, under its name in the
/// time-zone database (such as `"Europe/Berlin"`, never `"localtime"`): for
/// an application that wants the server's own zone. Stored terms name a
/// zone of the database, so that they mean the same on every machine: store
/// the name this gives (`to_string` writes it), not the host's setting.
/// @returns the zone, or `deadline_error::unknown_zone` when the host's
/// setting names no zone of the database, `deadline_error::no_zone_database`
/// when no database could be read.
[[nodiscard]] inline deadline_result<time_zone> current_zone() noexcept {
  const auto* db = detail::zone_database();
  if (db == nullptr) {
    return deadline_error::no_zone_database;
  }
#if defined(__cpp_exceptions)
  try {
#if defined(CLIENTELE_TZ_USE_DATE)
    const auto* zone = date::current_zone();  // the member of tzdb is not in every build of it
#else
    const auto* zone = db->current_zone();
#endif
    if (zone == nullptr) {
      return deadline_error::unknown_zone;
    }
    return locate_zone(std::string_view{zone->name()});
  } catch (...) {
    return deadline_error::unknown_zone;
  }
#elif defined(__unix__) && !defined(__APPLE__)
  // Without exceptions the database's own lookup would end the program when
  // the setting cannot be read: read the link /etc/localtime here, whose
  // target ends in zoneinfo/<name>.
  char target[256] = {};
  const ::ssize_t n = ::readlink("/etc/localtime", target, sizeof target - 1);
  if (n <= 0) {
    return deadline_error::unknown_zone;
  }
  const std::string_view path{target, static_cast<std::size_t>(n)};
  constexpr std::string_view folder = "zoneinfo/";
  const std::size_t at = path.rfind(folder);
  if (at == std::string_view::npos) {
    return deadline_error::unknown_zone;
  }
  const deadline_result<time_zone> zone = locate_zone(path.substr(at + folder.size()));
  return zone ? zone : deadline_result<time_zone>{deadline_error::unknown_zone};
#else
  return deadline_error::unknown_zone;
#endif
}

/// @brief @p zone, resolved when it is a named zone: a zone that `time_zone::named`
/// gave by name alone (declared at compile time, or read from a profile's
/// text) reads its rules from the database afterwards. UTC and fixed offsets
/// come back unchanged.
/// @returns the zone, or the error of `locate_zone`, or
/// `deadline_error::invalid_zone` for an invalid zone.
[[nodiscard]] inline deadline_result<time_zone> resolve(const time_zone& zone) noexcept {
  if (!zone.valid()) {
    return deadline_error::invalid_zone;
  }
  if (zone.kind() != zone_kind::named) {
    return zone;
  }
  return locate_zone(zone.name());
}

/// @brief What `clientele::validate(p)` reports, and also a named zone that
/// the time-zone database does not have
/// (`consistency_rule::business_calendar_zone_known`), which only a database
/// can judge. A profile whose zone cannot be judged because no database could
/// be read gets no such violation: `resolve` reports `no_zone_database`.
[[nodiscard]] inline std::vector<violation> validate(const profile& p) {
  std::vector<violation> out = clientele::validate(p);
  if (!get<dimensions::support>(p).has_value()) {
    return out;
  }
  const time_zone zone = support_terms_from(p).calendar.zone;
  if (zone.valid() && zone.kind() == zone_kind::named &&
      resolve(zone).error() == deadline_error::unknown_zone) {
    constexpr auto rule = consistency_rule::business_calendar_zone_known;
    out.push_back(violation{rule, dimensions_of(rule), message_of(rule)});
  }
  return out;
}

/// @brief @p terms with the zone of their calendar resolved (see the
/// overload for a zone).
[[nodiscard]] inline deadline_result<support_terms> resolve(const support_terms& terms) noexcept {
  const deadline_result<time_zone> zone = resolve(terms.calendar.zone);
  if (!zone) {
    return zone.error();
  }
  support_terms out = terms;
  out.calendar.zone = *zone;
  return out;
}

/// @brief The version of the time-zone database, such as `"2025b"`
/// (`"unknown"` when the system's files do not say); an empty view when no
/// database could be read.
[[nodiscard]] inline std::string_view database_version() noexcept {
  const auto* db = detail::zone_database();
  return db == nullptr ? std::string_view{} : std::string_view{db->version};
}

}  // namespace tz

}  // namespace clientele

#endif  // CLIENTELE_EXT_TZ_HPP

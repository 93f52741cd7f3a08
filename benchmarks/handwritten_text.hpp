// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The baseline of the run-time benchmark: the text form of a profile written
// the way an application would write it without the library, with a switch
// per enumeration and an unordered_map per key. It reads and writes the same
// text as clientele::to_string and clientele::parse_profile, but reports no
// reason when it fails.

#ifndef CLIENTELE_BENCHMARKS_HANDWRITTEN_TEXT_HPP
#define CLIENTELE_BENCHMARKS_HANDWRITTEN_TEXT_HPP

#include <clientele/catalogue/profile.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace handwritten {

namespace cl = clientele;

inline const char* name(cl::duration_kind v) {
  switch (v) {
    case cl::duration_kind::one_time: return "one_time";
    case cl::duration_kind::repeat: return "repeat";
    case cl::duration_kind::ongoing: return "ongoing";
  }
  return "?";
}
inline const char* name(cl::offering_kind v) {
  switch (v) {
    case cl::offering_kind::goods: return "goods";
    case cl::offering_kind::standard_service: return "standard_service";
    case cl::offering_kind::professional_service: return "professional_service";
  }
  return "?";
}
inline const char* name(cl::personalization_level v) {
  switch (v) {
    case cl::personalization_level::standardized: return "standardized";
    case cl::personalization_level::recommendations: return "recommendations";
    case cl::personalization_level::tailored: return "tailored";
  }
  return "?";
}
inline const char* name(cl::engagement_level v) {
  switch (v) {
    case cl::engagement_level::transactional: return "transactional";
    case cl::engagement_level::responsive: return "responsive";
    case cl::engagement_level::collaborative: return "collaborative";
  }
  return "?";
}
inline const char* name(cl::advice_kind v) {
  switch (v) {
    case cl::advice_kind::none: return "none";
    case cl::advice_kind::advisory: return "advisory";
  }
  return "?";
}
inline const char* name(cl::billing_mode v) {
  switch (v) {
    case cl::billing_mode::per_transaction: return "per_transaction";
    case cl::billing_mode::recurring: return "recurring";
    case cl::billing_mode::retainer: return "retainer";
    case cl::billing_mode::milestone: return "milestone";
  }
  return "?";
}
inline const char* name(cl::support_tier v) {
  switch (v) {
    case cl::support_tier::self_service: return "self_service";
    case cl::support_tier::support_desk: return "support_desk";
    case cl::support_tier::dedicated_team: return "dedicated_team";
  }
  return "?";
}
inline const char* name(cl::dependency_level v) {
  switch (v) {
    case cl::dependency_level::low: return "low";
    case cl::dependency_level::high: return "high";
  }
  return "?";
}
inline const char* name(cl::agreement_kind v) {
  switch (v) {
    case cl::agreement_kind::none: return "none";
    case cl::agreement_kind::terms_of_sale: return "terms_of_sale";
    case cl::agreement_kind::service_contract: return "service_contract";
  }
  return "?";
}
inline const char* name(cl::party_kind v) {
  switch (v) {
    case cl::party_kind::individual: return "individual";
    case cl::party_kind::business: return "business";
    case cl::party_kind::government_agency: return "government_agency";
    case cl::party_kind::nonprofit: return "nonprofit";
  }
  return "?";
}
inline const char* name(cl::purpose_kind v) {
  switch (v) {
    case cl::purpose_kind::end_use: return "end_use";
    case cl::purpose_kind::on_behalf: return "on_behalf";
  }
  return "?";
}
inline const char* name(cl::knowledge_level v) {
  switch (v) {
    case cl::knowledge_level::minimal: return "minimal";
    case cl::knowledge_level::deep: return "deep";
  }
  return "?";
}
// A billing period: its name when it has one, otherwise its count and unit
// ("3_weeks").
inline std::string name(const cl::billing_period& v) {
  const std::uint16_t n = v.count;
  switch (v.unit) {
    case cl::period_unit::day:
      if (n == 1) return "daily";
      if (n == 30) return "thirty_days";
      return std::to_string(n) + "_days";
    case cl::period_unit::week:
      if (n == 1) return "weekly";
      if (n == 2) return "biweekly";
      return std::to_string(n) + "_weeks";
    case cl::period_unit::month:
      if (n == 1) return "monthly";
      if (n == 3) return "quarterly";
      if (n == 6) return "semiannual";
      return std::to_string(n) + "_months";
    case cl::period_unit::year:
      if (n == 1) return "annual";
      if (n == 2) return "biennial";
      return std::to_string(n) + "_years";
  }
  return "?";
}

template <class E>
void put(std::string& out, bool& first, const char* key, const cl::maybe<E>& m) {
  if (!m) {
    return;
  }
  out += first ? "" : ", ";
  first = false;
  out += key;
  out += '=';
  out += name(*m);
}

inline std::string to_string(const cl::profile& p) {
  namespace d = cl::dimensions;
  std::string out;
  out.reserve(160);
  out += '{';
  bool first = true;
  put(out, first, "duration", cl::get<d::duration>(p));
  put(out, first, "offering", cl::get<d::offering>(p));
  put(out, first, "personalization", cl::get<d::personalization>(p));
  put(out, first, "engagement", cl::get<d::engagement>(p));
  put(out, first, "advice", cl::get<d::advice>(p));
  put(out, first, "billing", cl::get<d::billing>(p));
  put(out, first, "period", cl::get<cl::terms::period>(p));
  put(out, first, "support", cl::get<d::support>(p));
  put(out, first, "dependency", cl::get<d::dependency>(p));
  put(out, first, "agreement", cl::get<d::agreement>(p));
  put(out, first, "party", cl::get<d::party>(p));
  put(out, first, "purpose", cl::get<d::purpose>(p));
  put(out, first, "knowledge", cl::get<d::knowledge>(p));
  out += '}';
  return out;
}

// One setter per key: reads a value name into its member of the profile.
using setter = bool (*)(cl::profile&, std::string_view);

template <class E>
bool assign(cl::maybe<E>& m, std::string_view value, std::initializer_list<std::string_view> names) {
  if (m) {
    return false;  // a key given twice
  }
  std::size_t i = 0;
  for (const std::string_view n : names) {
    if (n == value) {
      m = static_cast<E>(i);
      return true;
    }
    ++i;
  }
  return false;
}

// A billing period: a name (with the names of 0.1 and Kill Bill), or a count
// from 1 to 4095, '_' and a unit.
inline bool assign_period(cl::maybe<cl::billing_period>& m, std::string_view value) {
  if (m) {
    return false;  // a key given twice
  }
  static const std::unordered_map<std::string_view, cl::billing_period> names = {
      {"daily", {1, cl::period_unit::day}},        {"weekly", {1, cl::period_unit::week}},
      {"biweekly", {2, cl::period_unit::week}},    {"thirty_days", {30, cl::period_unit::day}},
      {"monthly", {1, cl::period_unit::month}},    {"quarterly", {3, cl::period_unit::month}},
      {"semiannual", {6, cl::period_unit::month}}, {"biannual", {6, cl::period_unit::month}},
      {"annual", {1, cl::period_unit::year}},      {"annually", {1, cl::period_unit::year}},
      {"biennial", {2, cl::period_unit::year}}};
  if (const auto it = names.find(value); it != names.end()) {
    m = it->second;
    return true;
  }
  const std::size_t underscore = value.find('_');
  if (underscore == 0 || underscore == std::string_view::npos || underscore > 4) {
    return false;
  }
  unsigned count = 0;
  for (const char c : value.substr(0, underscore)) {
    if (c < '0' || c > '9') {
      return false;
    }
    count = count * 10 + static_cast<unsigned>(c - '0');
  }
  if (count == 0 || count > 4095) {
    return false;
  }
  static const std::unordered_map<std::string_view, cl::period_unit> units = {
      {"day", cl::period_unit::day},     {"days", cl::period_unit::day},
      {"week", cl::period_unit::week},   {"weeks", cl::period_unit::week},
      {"month", cl::period_unit::month}, {"months", cl::period_unit::month},
      {"year", cl::period_unit::year},   {"years", cl::period_unit::year}};
  const auto unit = units.find(value.substr(underscore + 1));
  if (unit == units.end()) {
    return false;
  }
  m = cl::billing_period{static_cast<std::uint16_t>(count), unit->second};
  return true;
}

inline const std::unordered_map<std::string_view, setter>& setters() {
  namespace d = cl::dimensions;
  static const std::unordered_map<std::string_view, setter> table = {
      {"duration", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::duration>(p), v, {"one_time", "repeat", "ongoing"});
       }},
      {"offering", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::offering>(p), v, {"goods", "standard_service", "professional_service"});
       }},
      {"personalization", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::personalization>(p), v, {"standardized", "recommendations", "tailored"});
       }},
      {"engagement", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::engagement>(p), v, {"transactional", "responsive", "collaborative"});
       }},
      {"advice", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::advice>(p), v, {"none", "advisory"});
       }},
      {"billing", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::billing>(p), v, {"per_transaction", "recurring", "retainer", "milestone"});
       }},
      {"support", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::support>(p), v, {"self_service", "support_desk", "dedicated_team"});
       }},
      {"dependency", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::dependency>(p), v, {"low", "high"});
       }},
      {"agreement", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::agreement>(p), v, {"none", "terms_of_sale", "service_contract"});
       }},
      {"party", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::party>(p), v, {"individual", "business", "government_agency", "nonprofit"});
       }},
      {"purpose", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::purpose>(p), v, {"end_use", "on_behalf"});
       }},
      {"knowledge", [](cl::profile& p, std::string_view v) {
         return assign(cl::get<d::knowledge>(p), v, {"minimal", "deep"});
       }},
      {"period", [](cl::profile& p, std::string_view v) {
         return assign_period(cl::get<cl::terms::period>(p), v);
       }},
  };
  return table;
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

inline bool parse(std::string_view text, cl::profile& out) {
  text = trim(text);
  if (text.size() < 2 || text.front() != '{' || text.back() != '}') {
    return false;
  }
  text = trim(text.substr(1, text.size() - 2));
  cl::profile p{};
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    const std::string_view item = text.substr(0, comma);
    const std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) {
      return false;
    }
    const auto it = setters().find(trim(item.substr(0, eq)));
    if (it == setters().end() || !it->second(p, trim(item.substr(eq + 1)))) {
      return false;
    }
    text = comma == std::string_view::npos ? std::string_view{} : trim(text.substr(comma + 1));
  }
  out = p;
  return true;
}

}  // namespace handwritten

#endif  // CLIENTELE_BENCHMARKS_HANDWRITTEN_TEXT_HPP

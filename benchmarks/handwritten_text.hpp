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

#include <clientele/profile.hpp>

#include <cstddef>
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
inline const char* name(cl::billing_period v) {
  switch (v) {
    case cl::billing_period::weekly: return "weekly";
    case cl::billing_period::monthly: return "monthly";
    case cl::billing_period::quarterly: return "quarterly";
    case cl::billing_period::annually: return "annually";
    case cl::billing_period::custom: return "custom";
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
  std::string out;
  out.reserve(160);
  out += '{';
  bool first = true;
  put(out, first, "duration", p.duration);
  put(out, first, "offering", p.offering);
  put(out, first, "personalization", p.personalization);
  put(out, first, "engagement", p.engagement);
  put(out, first, "advice", p.advice);
  put(out, first, "billing", p.billing);
  put(out, first, "support", p.support);
  put(out, first, "dependency", p.dependency);
  put(out, first, "agreement", p.agreement);
  put(out, first, "party", p.party);
  put(out, first, "purpose", p.purpose);
  put(out, first, "knowledge", p.knowledge);
  put(out, first, "period", p.period);
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

inline const std::unordered_map<std::string_view, setter>& setters() {
  static const std::unordered_map<std::string_view, setter> table = {
      {"duration", [](cl::profile& p, std::string_view v) {
         return assign(p.duration, v, {"one_time", "repeat", "ongoing"});
       }},
      {"offering", [](cl::profile& p, std::string_view v) {
         return assign(p.offering, v, {"goods", "standard_service", "professional_service"});
       }},
      {"personalization", [](cl::profile& p, std::string_view v) {
         return assign(p.personalization, v, {"standardized", "recommendations", "tailored"});
       }},
      {"engagement", [](cl::profile& p, std::string_view v) {
         return assign(p.engagement, v, {"transactional", "responsive", "collaborative"});
       }},
      {"advice", [](cl::profile& p, std::string_view v) {
         return assign(p.advice, v, {"none", "advisory"});
       }},
      {"billing", [](cl::profile& p, std::string_view v) {
         return assign(p.billing, v, {"per_transaction", "recurring", "retainer", "milestone"});
       }},
      {"support", [](cl::profile& p, std::string_view v) {
         return assign(p.support, v, {"self_service", "support_desk", "dedicated_team"});
       }},
      {"dependency", [](cl::profile& p, std::string_view v) {
         return assign(p.dependency, v, {"low", "high"});
       }},
      {"agreement", [](cl::profile& p, std::string_view v) {
         return assign(p.agreement, v, {"none", "terms_of_sale", "service_contract"});
       }},
      {"party", [](cl::profile& p, std::string_view v) {
         return assign(p.party, v, {"individual", "business", "government_agency", "nonprofit"});
       }},
      {"purpose", [](cl::profile& p, std::string_view v) {
         return assign(p.purpose, v, {"end_use", "on_behalf"});
       }},
      {"knowledge", [](cl::profile& p, std::string_view v) {
         return assign(p.knowledge, v, {"minimal", "deep"});
       }},
      {"period", [](cl::profile& p, std::string_view v) {
         return assign(p.period, v, {"weekly", "monthly", "quarterly", "annually", "custom"});
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

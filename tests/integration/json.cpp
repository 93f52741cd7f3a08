// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The JSON documents of <clientele/ext/json.hpp>: their shape, their round
// trip (the same profiles as the text form's), the refusal of malformed
// documents with nlohmann's exception types and a message naming the key, the
// non-throwing readers, and the JSON Schema generated from the catalogue.

#include <clientele/clientele.hpp>
#include <clientele/ext/json.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cl = clientele;
using json = nlohmann::json;

namespace {

// Profiles with every term of the catalogue set, each to a value other than
// its default, in their text form (the text round trip's own examples).
const std::vector<std::string_view> texts{
    "{}",
    "{duration=ongoing, offering=professional_service, billing=retainer, period=monthly}",
    "{duration=ongoing, billing=recurring, period=3_weeks, timing=in_arrears, offset=-5_days, "
    "trial=14_days, term=12_periods_expire, anchor=day_15, alignment=calendar_sun, "
    "charges=setup+usage}",
    "{duration=ongoing, billing=recurring, period=monthly, anchor=2026-04-01, "
    "alignment=end_of_month, term=24_periods_renew, trial=2_months}",
    "{support=support_desk, channels=email+phone, "
    "first_response=urgent:30m:calendar+high:2h:business+normal:8h:business+low:1d:business, "
    "hours=mon-fri/08:00-18:00+sat/10:00-14:00, zone=-05:00, holidays=2026-03-09+2026-12-25, "
    "contact=technical_account_manager}",
    "{support=dedicated_team, zone=Europe/Berlin, hours=mon/09:00-12:00/13:00-17:00}",
    "{duration=one_time, offering=goods, personalization=standardized, engagement=transactional, "
    "advice=none, billing=per_transaction, support=self_service, dependency=low, "
    "agreement=terms_of_sale, party=individual, purpose=end_use, knowledge=minimal}",
};

cl::profile read_text(std::string_view text) {
  const cl::parse_result r = cl::parse_profile(text);
  INFO(text);
  REQUIRE(r);
  return *r;
}

json document(std::string_view text) { return json::parse(text); }

template <class... Fs>
std::size_t every_key_in(const json& properties, cl::type_list<Fs...>) {
  std::size_t found = 0;
  ((found += properties.contains(std::string{Fs::name}) ? 1 : 0), ...);
  CHECK(found == sizeof...(Fs));
  return sizeof...(Fs);
}

}  // namespace

TEST_CASE("json: a profile is an object keyed by field, unspecified fields left out", "[json]") {
  const cl::profile p = read_text(texts[2]);
  const json j = p;
  CHECK(j.is_object());
  CHECK(j.size() == 10);
  CHECK(j.at("duration") == "ongoing");
  CHECK(j.at("billing") == "recurring");
  CHECK(j.at("period") == json{{"count", 3}, {"unit", "week"}});
  CHECK(j.at("timing") == "in_arrears");
  CHECK(j.at("offset") == -5);
  CHECK(j.at("trial") == json{{"count", 14}, {"unit", "day"}});
  CHECK(j.at("term") == json{{"periods", 12}, {"at_end", "expire"}});
  CHECK(j.at("anchor") == json{{"kind", "cycle_day"}, {"day", 15}});
  CHECK(j.at("alignment") == json{{"rule", "calendar"}, {"week_start", "sun"}});
  CHECK(j.at("charges") == json{"setup", "usage"});
  CHECK_FALSE(j.contains("support"));
  CHECK(json(cl::profile{}) == json::object());

  const json s = read_text(texts[4]);
  CHECK(s.at("channels") == json{"email", "phone"});
  CHECK(s.at("first_response").at("urgent") == json{{"seconds", 1800}, {"clock", "calendar"}});
  CHECK(s.at("first_response").at("low") == json{{"seconds", 86400}, {"clock", "business"}});
  CHECK(s.at("hours").at("mon") == json::array({json{{"from", 28800}, {"to", 64800}}}));
  CHECK(s.at("hours").at("sat") == json::array({json{{"from", 36000}, {"to", 50400}}}));
  CHECK_FALSE(s.at("hours").contains("sun"));
  CHECK(s.at("zone") == json{{"kind", "fixed_offset"}, {"offset", -18000}});
  CHECK(s.at("holidays") == json{"2026-03-09", "2026-12-25"});
  CHECK(s.at("contact") == "technical_account_manager");
  CHECK(json(read_text(texts[5])).at("zone") == json{{"kind", "named"}, {"name", "Europe/Berlin"}});
  CHECK(json(read_text(texts[3])).at("anchor") == json{{"kind", "date"}, {"date", "2026-04-01"}});
  CHECK(json(read_text(texts[1])).at("period") == "monthly");
  // No term is ever its text form in a string.
  for (std::string_view text : texts) {
    const json d = read_text(text);
    for (const char* key : {"trial", "term", "anchor", "alignment", "first_response", "hours", "zone"}) {
      if (d.contains(key)) {
        CHECK(d.at(key).is_object());
      }
    }
  }
}

TEST_CASE("json: every example profile and its terms come back whole", "[json]") {
  for (std::string_view text : texts) {
    INFO(text);
    const cl::profile p = read_text(text);
    const json j = p;
    CHECK(j.get<cl::profile>() == p);
    CHECK(json::parse(j.dump()).get<cl::profile>() == p);
    const cl::json_profile_result r = cl::read_profile_json(j);
    REQUIRE(r);
    CHECK(*r == p);
    const cl::json_profile_result parsed = cl::parse_profile_json(j.dump());
    REQUIRE(parsed);
    CHECK(*parsed == p);

    const cl::billing_terms b = cl::billing_terms_from(p);
    CHECK(json(b).get<cl::billing_terms>() == b);
    const cl::support_terms s = cl::support_terms_from(p);
    CHECK(json(s).get<cl::support_terms>() == s);
  }
}

TEST_CASE("json: terms are objects of every term, each required", "[json]") {
  const cl::billing_terms b = cl::billing_terms_from(read_text(texts[2]));
  const json j = b;
  CHECK(j.size() == 8);
  CHECK(j.at("period") == json{{"count", 3}, {"unit", "week"}});
  json missing = j;
  missing.erase("trial");
  const cl::support_terms s = cl::support_terms_from(read_text(texts[4]));
  CHECK(json(s).size() == 6);
#if defined(__cpp_exceptions)
  CHECK_THROWS_AS(missing.get<cl::billing_terms>(), json::other_error);
  CHECK_THROWS_WITH(missing.get<cl::billing_terms>(), Catch::Contains("a member \"trial\""));
#endif
}

#if defined(__cpp_exceptions)
TEST_CASE("json: a malformed document is refused with nlohmann's exception and the key",
          "[json]") {
  CHECK_THROWS_AS(document(R"([1, 2])").get<cl::profile>(), json::type_error);
  CHECK_THROWS_AS(document(R"({"billing": 3})").get<cl::profile>(), json::type_error);
  CHECK_THROWS_WITH(document(R"({"billing": 3})").get<cl::profile>(),
                    Catch::Contains("key 'billing': expected a string, one of \"per_transaction\""));
  CHECK_THROWS_AS(document(R"({"billing": "monthly"})").get<cl::profile>(), json::other_error);
  CHECK_THROWS_WITH(document(R"({"billing": "monthly"})").get<cl::profile>(),
                    Catch::Contains("key 'billing'") && Catch::Contains("found \"monthly\""));
  CHECK_THROWS_AS(document(R"({"colour": "red"})").get<cl::profile>(), json::other_error);
  CHECK_THROWS_WITH(document(R"({"colour": "red"})").get<cl::profile>(),
                    Catch::Contains("key 'colour': expected a key of the profile"));
  CHECK_THROWS_AS(document(R"({"offset": 400})").get<cl::profile>(), json::out_of_range);
  CHECK_THROWS_WITH(document(R"({"offset": 400})").get<cl::profile>(),
                    Catch::Contains("key 'offset': expected an integer from -366 to 366"));
  CHECK_THROWS_WITH(document(R"({"trial": {"count": 14}})").get<cl::profile>(),
                    Catch::Contains("key 'trial': expected a member \"unit\""));
  CHECK_THROWS_WITH(document(R"({"trial": {"count": 14, "unit": "day", "x": 1}})").get<cl::profile>(),
                    Catch::Contains("key 'trial.x': expected no other member than"));
  CHECK_THROWS_WITH(document(R"({"hours": {"mon": [{"from": 5, "to": "x"}]}})").get<cl::profile>(),
                    Catch::Contains("key 'hours.mon[0].to': expected an integer"));
  CHECK_THROWS_WITH(document(R"({"hours": {"mon": [{"from": 500, "to": 5}]}})").get<cl::profile>(),
                    Catch::Contains("key 'hours.mon[0]': expected an interval that ends after it"));
  CHECK_THROWS_WITH(document(R"({"holidays": ["2026-02-30"]})").get<cl::profile>(),
                    Catch::Contains("key 'holidays[0]': expected a date of the calendar"));
  CHECK_THROWS_WITH(document(R"({"channels": ["email", "fax"]})").get<cl::profile>(),
                    Catch::Contains("key 'channels[1]'"));
  CHECK_THROWS_WITH(document(R"({"zone": {"kind": "named", "name": "no zone!"}})").get<cl::profile>(),
                    Catch::Contains("key 'zone.name': expected an IANA zone name"));
  CHECK_THROWS_WITH(document(R"({"period": {"count": 0, "unit": "day"}})").get<cl::profile>(),
                    Catch::Contains("key 'period.count': expected an integer from 1 to"));
  // The profile given is left as it was.
  cl::profile p = read_text(texts[1]);
  CHECK_THROWS(cl::from_json(document(R"({"billing": "monthly"})"), p));
  CHECK(p == read_text(texts[1]));
}
#endif

TEST_CASE("json: without exceptions, the readers return the same message", "[json]") {
  const cl::json_profile_result r = cl::read_profile_json(document(R"({"billing": "monthly"})"));
  REQUIRE_FALSE(r);
  CHECK(r.error().what == cl::json_error::kind::other);
  CHECK(r.error().message.find("key 'billing'") != std::string::npos);
#if defined(__cpp_exceptions)
  try {
    (void)document(R"({"billing": "monthly"})").get<cl::profile>();
    FAIL("no exception");
  } catch (const json::other_error& e) {
    CHECK(std::string{e.what()}.find(r.error().message) != std::string::npos);
  }
#endif
  const cl::json_profile_result t = cl::read_profile_json(document(R"({"offset": "3"})"));
  REQUIRE_FALSE(t);
  CHECK(t.error().what == cl::json_error::kind::type);

  constexpr std::string_view truncated = R"({"billing": "recurring",)";
  const cl::json_profile_result s = cl::parse_profile_json(truncated);
  REQUIRE_FALSE(s);
  CHECK(s.error().what == cl::json_error::kind::syntax);
  CHECK(s.error().position == truncated.size());  // where the text ends too soon
  const cl::json_profile_result bad = cl::parse_profile_json(R"({"billing": x})");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().position == 13);  // the 'x'
  CHECK(bad.error().message.find("syntax error") != std::string::npos);
  CHECK_FALSE(cl::parse_profile_json(""));
  CHECK_FALSE(cl::parse_profile_json("{} extra"));
}

TEST_CASE("json: the schema is generated from the catalogue", "[json]") {
  const json schema = cl::profile_json_schema();
  CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
  CHECK(schema.at("type") == "object");
  CHECK(schema.at("additionalProperties") == false);
  const json& properties = schema.at("properties");
  const std::size_t fields = every_key_in(properties, cl::fields_t<cl::catalogue>{});
  CHECK(properties.size() == fields);
  json billing_names = json::array();
  for (std::size_t i = 0; i < cl::enum_count_v<cl::billing_mode>; ++i) {
    billing_names.push_back(std::string{cl::name_of(static_cast<cl::billing_mode>(i))});
  }
  CHECK(properties.at("billing").at("enum") == billing_names);
  CHECK(schema.at("$defs").at("billing_terms").at("required").size() == 8);
  CHECK(schema.at("$defs").at("support_terms").at("required").size() == 6);
}

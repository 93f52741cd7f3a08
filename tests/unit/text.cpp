// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The text form: canonical output, tolerant input, every error with its
// message and position, and the round trip over every profile.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace cl = clientele;

namespace {

struct failure {
  std::string message;
  std::size_t position;
};

failure fails(std::string_view text) {
  const cl::parse_result r = cl::parse_profile(text);
  REQUIRE_FALSE(r);
  return {r.error().message, r.error().position};
}

}  // namespace

TEST_CASE("profiles print in canonical order", "[text]") {
  CHECK(cl::to_string(cl::profile{}) == "{}");
  CHECK(cl::to_string(cl::profile_of<cl::relationship<cl::billing::retainer<cl::period::annually>,
                                                      cl::duration::ongoing>>) ==
        "{duration=ongoing, billing=retainer, period=annual}");
  CHECK(cl::to_string(cl::profile_of<cl::customer>) ==
        "{duration=one_time, offering=goods, personalization=standardized, "
        "engagement=transactional, advice=none, billing=per_transaction, support=support_desk, "
        "dependency=low, agreement=terms_of_sale, party=individual, purpose=end_use, "
        "knowledge=minimal}");
  std::ostringstream os;
  os << cl::profile_of<cl::relationship<cl::support::self_service>>;
  CHECK(os.str() == "{support=self_service}");
}

TEST_CASE("input may come in any order, with white space", "[text]") {
  const auto r = cl::parse_profile(" \t{ period = monthly ,billing=recurring,\n duration =ongoing }\r\n");
  REQUIRE(r);
  CHECK(*r == cl::profile_of<cl::relationship<cl::duration::ongoing,
                                              cl::billing::recurring<cl::period::monthly>>>);
  CHECK(get<cl::dimensions::billing>(*r) == cl::billing_mode::recurring);
  REQUIRE(cl::parse_profile("{}"));
  CHECK(*cl::parse_profile("{ }") == cl::profile{});
}

TEST_CASE("every error has its own message and position", "[text]") {
  SECTION("empty and blank input") {
    CHECK(fails("").message.find("empty input") == 0);
    CHECK(fails("").position == 0);
    const failure blank = fails("   ");
    CHECK(blank.message.find("blank input") == 0);
    CHECK(blank.position == 3);
  }
  SECTION("no opening brace") {
    const failure f = fails("duration=ongoing");
    CHECK(f.message == "expected '{' to open the profile, found 'd'");
    CHECK(f.position == 0);
  }
  SECTION("truncated input") {
    CHECK(fails("{").message.find("truncated input: expected a key") == 0);
    CHECK(fails("{duration").message.find("truncated input: expected '=' after key 'duration'") == 0);
    CHECK(fails("{duration=").message.find("truncated input: expected a value for key 'duration'") == 0);
    const failure f = fails("{duration=ongoing");
    CHECK(f.message.find("truncated input: expected ',' or '}'") == 0);
    CHECK(f.position == 17);
  }
  SECTION("unknown key, listing the known ones") {
    const failure f = fails("{duration=ongoing, colour=blue}");
    CHECK(f.message.find("unknown key 'colour': expected one of duration, offering,") == 0);
    CHECK(f.message.find("period") != std::string::npos);
    CHECK(f.position == 19);
  }
  SECTION("unknown value, listing the valid ones") {
    const failure f = fails("{billing=monthly}");
    CHECK(f.message ==
          "unknown value 'monthly' for key 'billing': expected one of per_transaction, "
          "recurring, retainer, milestone, usage, time_and_materials, free");
    CHECK(f.position == 9);
    CHECK(fails("{billing=,}").message.find("missing value for key 'billing'") == 0);
  }
  SECTION("duplicate key") {
    const failure f = fails("{support=self_service, support=support_desk}");
    CHECK(f.message == "duplicate key 'support': each key may appear once");
    CHECK(f.position == 23);
  }
  SECTION("missing separators and trailing text") {
    CHECK(fails("{duration ongoing}").message == "expected '=' after key 'duration', found 'o'");
    CHECK(fails("{duration=ongoing offering=goods}").message.find("expected ',' or '}'") == 0);
    CHECK(fails("{duration=ongoing,}").message.find("expected a key") == 0);
    const failure f = fails("{} trailing");
    CHECK(f.message == "unexpected text after the closing '}': 'trailing'");
    CHECK(f.position == 3);
  }
  SECTION("hostile bytes are quoted, never echoed raw") {
    const failure f = fails(std::string_view{"{\x01\xff}", 4});
    // The key runs to the closing brace: both bytes are quoted, escaped.
    CHECK(f.message.find("'\\x01\\xff'") != std::string::npos);
    CHECK(f.message.find('\x01') == std::string::npos);
    CHECK(f.message.find('\xff') == std::string::npos);
    CHECK(fails(std::string(100000, '{')).position == 1);
  }
}

TEST_CASE("values outside their enumeration print as '?' and do not parse back", "[text]") {
  cl::profile p{};
  get<cl::dimensions::support>(p) = static_cast<cl::support_tier>(9);
  CHECK(cl::to_string(p) == "{support=?}");
  CHECK_FALSE(cl::parse_profile(cl::to_string(p)));
}

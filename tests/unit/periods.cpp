// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The billing period as a count and a unit at run time: its text form (names
// and counts, the names of 0.1 and of Kill Bill), the counts and units the
// text refuses, hashing, and the round trip.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cl = clientele;

namespace {

using unit = cl::period_unit;

template <class Period>
using subscription = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                                      cl::billing::recurring<Period>, cl::agreement::terms_of_sale>;

// A profile that holds nothing but period p.
cl::profile with_period(cl::billing_period p) {
  cl::profile out{};
  get<cl::terms::period>(out) = p;
  return out;
}

// The period that "{period=<word>}" reads as, or an unspecified one when the
// text does not parse.
cl::maybe<cl::billing_period> period_of(std::string_view word) {
  const cl::parse_result r = cl::parse_profile("{period=" + std::string{word} + "}");
  if (!r) {
    return std::nullopt;
  }
  return get<cl::terms::period>(*r);
}

const std::vector<std::pair<std::string, cl::billing_period>> named = {
    {"daily", cl::billing_period::daily},
    {"weekly", cl::billing_period::weekly},
    {"biweekly", cl::billing_period::biweekly},
    {"thirty_days", cl::billing_period::thirty_days},
    {"monthly", cl::billing_period::monthly},
    {"quarterly", cl::billing_period::quarterly},
    {"semiannual", cl::billing_period::semiannual},
    {"annual", cl::billing_period::annual},
    {"biennial", cl::billing_period::biennial}};

}  // namespace

TEST_CASE("a relationship's period prints after its billing, by name or by count",
          "[periods][text]") {
  CHECK(cl::to_string(cl::profile_of<subscription<cl::period::every<2, unit::week>>>) ==
        "{duration=ongoing, offering=standard_service, billing=recurring, period=biweekly, "
        "agreement=terms_of_sale}");
  CHECK(cl::to_string(cl::profile_of<subscription<cl::period::every<3, unit::week>>>) ==
        "{duration=ongoing, offering=standard_service, billing=recurring, period=3_weeks, "
        "agreement=terms_of_sale}");
  CHECK(cl::to_string(cl::profile_of<cl::client>) ==
        "{duration=ongoing, offering=professional_service, personalization=tailored, "
        "engagement=collaborative, advice=advisory, billing=retainer, period=monthly, "
        "support=dedicated_team, dependency=high, agreement=service_contract, party=business, "
        "purpose=end_use, knowledge=deep}");
  CHECK(cl::to_string(cl::profile_of<cl::relationship<cl::billing::retainer<cl::period::annually>>>) ==
        "{billing=retainer, period=annual}");
}

TEST_CASE("every named period prints as its name; any other as its count and unit",
          "[periods][text]") {
  for (const auto& [name, period] : named) {
    INFO(name);
    CHECK(cl::to_string(with_period(period)) == "{period=" + name + "}");
  }
  CHECK(cl::to_string(with_period({2, unit::week})) == "{period=biweekly}");
  CHECK(cl::to_string(with_period({30, unit::day})) == "{period=thirty_days}");
  CHECK(cl::to_string(with_period({3, unit::month})) == "{period=quarterly}");
  CHECK(cl::to_string(with_period({5, unit::day})) == "{period=5_days}");
  CHECK(cl::to_string(with_period({3, unit::week})) == "{period=3_weeks}");
  CHECK(cl::to_string(with_period({12, unit::month})) == "{period=12_months}");  // not annual
  CHECK(cl::to_string(with_period({3, unit::year})) == "{period=3_years}");
  CHECK(cl::to_string(with_period({4095, unit::day})) == "{period=4095_days}");
  // A period that no text names prints as '?'.
  CHECK(cl::to_string(with_period({0, unit::day})) == "{period=?}");
}

TEST_CASE("every named period parses, and so does its count and unit", "[periods][text]") {
  for (const auto& [name, period] : named) {
    INFO(name);
    CHECK(period_of(name) == period);
  }
  CHECK(period_of("30_days") == cl::billing_period::thirty_days);
  CHECK(period_of("thirty_days") == cl::billing_period::thirty_days);
  CHECK(period_of("3_months") == cl::billing_period::quarterly);
  CHECK(period_of("2_weeks") == cl::billing_period::biweekly);
  CHECK(period_of("1_day") == cl::billing_period::daily);
  CHECK(period_of("1_year") == cl::billing_period::annual);
  CHECK(period_of("12_months") == cl::billing_period{12, unit::month});
  CHECK(period_of("12_months") != cl::billing_period::annual);
  CHECK(period_of("4095_years") == cl::billing_period{4095, unit::year});
  // The name of 0.1, and Kill Bill's name for six months.
  CHECK(period_of("annually") == cl::billing_period::annual);
  CHECK(period_of("biannual") == cl::billing_period::semiannual);
  CHECK(cl::to_string(*cl::parse_profile("{period=annually}")) == "{period=annual}");
  CHECK(cl::to_string(*cl::parse_profile("{period=biannual}")) == "{period=semiannual}");
  CHECK(cl::to_string(*cl::parse_profile("{period=30_days}")) == "{period=thirty_days}");
}

TEST_CASE("counts outside 1 to 4095 and unknown units are refused, the word quoted whole",
          "[periods][text]") {
  const std::string expected =
      "for key 'period': expected a named period (daily, weekly, biweekly, thirty_days, monthly, "
      "quarterly, semiannual, annual, biennial) or a count from 1 to 4095 and a unit, such as "
      "2_weeks or 30_days";
  for (const std::string_view word :
       {"0_days", "4096_days", "2_fortnights", "99999_days", "3_", "_days", "days", "3days",
        "3__days", "custom", "fortnightly", "Monthly", "2-weeks", "-3_days"}) {
    INFO(word);
    const cl::parse_result r = cl::parse_profile("{period=" + std::string{word} + "}");
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "unknown value '" + std::string{word} + "' " + expected);
    CHECK(r.error().position == 8);
  }
  // Texts of 0.1 parse unless they name the custom period.
  CHECK(cl::parse_profile("{duration=ongoing, billing=recurring, period=annually}"));
  CHECK_FALSE(cl::parse_profile("{duration=ongoing, billing=recurring, period=custom}"));
}

TEST_CASE("profiles that differ only in the period hash apart; equal periods hash alike",
          "[periods][profile]") {
  const std::hash<cl::profile> hash;
  const cl::profile thirty = cl::profile_of<subscription<cl::period::thirty_days>>;
  const cl::profile month = cl::profile_of<subscription<cl::period::monthly>>;
  CHECK(thirty != month);
  CHECK(hash(thirty) != hash(month));
  CHECK(hash(cl::profile_of<subscription<cl::period::every<12, unit::month>>>) !=
        hash(cl::profile_of<subscription<cl::period::annual>>));
  CHECK(hash(cl::profile_of<subscription<cl::period::every<2, unit::week>>>) ==
        hash(cl::profile_of<subscription<cl::period::biweekly>>));
  std::unordered_set<cl::profile> seen;
  for (const auto& [name, period] : named) {
    cl::profile p = month;
    get<cl::terms::period>(p) = period;
    seen.insert(p);
    seen.insert(*cl::parse_profile(cl::to_string(p)));  // the same profile again
  }
  seen.insert(thirty);  // already there, as thirty_days
  CHECK(seen.size() == named.size());
  CHECK(seen.count(month) == 1);
}

TEST_CASE("every kind of period survives the round trip through text", "[periods][text]") {
  std::vector<cl::billing_period> periods;
  for (const auto& entry : named) {
    periods.push_back(entry.second);
  }
  for (std::size_t u = 0; u < cl::enum_count_v<unit>; ++u) {
    for (const std::uint16_t n : {std::uint16_t{1}, std::uint16_t{2}, std::uint16_t{7},
                                  std::uint16_t{30}, std::uint16_t{365}, std::uint16_t{4095}}) {
      periods.push_back({n, static_cast<unit>(u)});
    }
  }
  for (const cl::billing_period& period : periods) {
    INFO(period.count << " " << cl::name_of(period.unit));
    for (cl::profile p : {cl::profile_of<subscription<cl::period::monthly>>,
                          cl::profile_of<cl::client>, cl::profile{}}) {
      get<cl::terms::period>(p) = period;
      const std::string text = cl::to_string(p);
      const cl::parse_result r = cl::parse_profile(text);
      REQUIRE(r);
      CHECK(*r == p);
      CHECK(cl::to_string(*r) == text);
    }
  }
}

TEST_CASE("validate reports a period no profile can hold, and a period without its billing",
          "[periods][validate]") {
  cl::profile p = cl::profile_of<subscription<cl::period::monthly>>;
  CHECK(cl::validate(p).empty());
  get<cl::terms::period>(p) = cl::billing_period{0, unit::week};
  auto v = cl::validate(p);
  REQUIRE(v.size() == 1);
  CHECK(v[0].rule == cl::consistency_rule::values_in_range);
  CHECK_FALSE(cl::parse_profile(cl::to_string(p)));
  get<cl::terms::period>(p) = cl::billing_period{3, unit::week};
  CHECK(cl::validate(p).empty());
  get<cl::dimensions::billing>(p) = cl::billing_mode::per_transaction;
  v = cl::validate(p);
  REQUIRE(v.size() == 1);
  CHECK(v[0].rule == cl::consistency_rule::period_requires_periodic_billing);
}

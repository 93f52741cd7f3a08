// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The {fmt} formatters of <clientele/ext/fmt.hpp>: every type they cover,
// the profile's two forms, and that each agrees with the library's own text.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::string_view_literals;

namespace {

constexpr std::string_view retainer_text =
    "{duration=ongoing, offering=professional_service, billing=retainer, period=monthly}";

cl::profile retainer() { return *cl::parse_profile(retainer_text); }

template <cl::CatalogueEnum E>
void check_every_name() {
  for (std::size_t i = 0; i < cl::enum_count_v<E>; ++i) {
    const E e = static_cast<E>(i);
    CHECK(fmt::format("{}", e) == cl::name_of(e));
  }
}

}  // namespace

TEST_CASE("fmt: a profile in its canonical text form, and in lines with {:l}", "[fmt]") {
  const cl::profile p = retainer();
  CHECK(fmt::format("{}", p) == retainer_text);
  CHECK(fmt::format("{}", p) == cl::to_string(p));
  // One line per field; the values aligned one space after the longest key
  // of the catalogue (personalization).
  const auto line = [](std::string_view key, std::string_view value) {
    return std::string{key} + ':' + std::string("personalization"sv.size() - key.size() + 1, ' ') +
           std::string{value};
  };
  CHECK(fmt::format("{:l}", p) == line("duration", "ongoing") + '\n' +
                                      line("offering", "professional_service") + '\n' +
                                      line("billing", "retainer") + '\n' +
                                      line("period", "monthly"));
  const std::string lines = fmt::format("{:l}", p);
  CHECK(lines.find("duration:") == 0);
  CHECK(lines.find("\noffering:") != std::string::npos);
  CHECK(lines.find(" professional_service\n") != std::string::npos);
  CHECK(lines.find("\nperiod:") != std::string::npos);
  CHECK(lines.back() == 'y');  // no trailing newline: "monthly"
  CHECK(fmt::format("{}", cl::profile{}) == "{}");
  CHECK(fmt::format("{:l}", cl::profile{}) == "(nothing specified)");
  // Wide terms print as the text form writes them.
  const cl::profile with_terms = *cl::parse_profile(
      "{duration=ongoing, billing=recurring, period=monthly, timing=in_arrears, support=support_desk}");
  CHECK(fmt::format("{}", with_terms) == cl::to_string(with_terms));
  CHECK(fmt::format("{:l}", with_terms).find("timing:") != std::string::npos);
  CHECK(fmt::format("{:l}", with_terms).find(" in_arrears") != std::string::npos);
}

TEST_CASE("fmt: every enumeration with names prints its name", "[fmt]") {
  check_every_name<cl::duration_kind>();
  check_every_name<cl::offering_kind>();
  check_every_name<cl::personalization_level>();
  check_every_name<cl::engagement_level>();
  check_every_name<cl::advice_kind>();
  check_every_name<cl::billing_mode>();
  check_every_name<cl::support_tier>();
  check_every_name<cl::dependency_level>();
  check_every_name<cl::agreement_kind>();
  check_every_name<cl::party_kind>();
  check_every_name<cl::purpose_kind>();
  check_every_name<cl::knowledge_level>();
  check_every_name<cl::relationship_kind>();
  check_every_name<cl::leaning>();
  check_every_name<cl::market>();
  check_every_name<cl::repeat_business>();
  check_every_name<cl::loyalty>();
  check_every_name<cl::transaction_value>();
  check_every_name<cl::acquisition_strategy>();
  check_every_name<cl::service_model>();
  check_every_name<cl::revenue_profile>();
  check_every_name<cl::value_proposition>();
  check_every_name<cl::purchasing_cycle>();
  check_every_name<cl::tension_kind>();
  check_every_name<cl::consistency_rule>();
  check_every_name<cl::period_unit>();
  check_every_name<cl::invoice_timing>();
  check_every_name<cl::term_end>();
  check_every_name<cl::anchor_kind>();
  check_every_name<cl::alignment_rule>();
  check_every_name<cl::charge_kind>();
  check_every_name<cl::schedule_error>();
  check_every_name<cl::billing_terms_fault>();
  check_every_name<cl::zone_kind>();
  check_every_name<cl::channel>();
  check_every_name<cl::priority>();
  check_every_name<cl::response_clock>();
  check_every_name<cl::designated_contact>();
  check_every_name<cl::support_terms_fault>();
  check_every_name<cl::deadline_error>();
  // A value outside its enumeration is marked, never read out of bounds.
  CHECK(fmt::format("{}", static_cast<cl::billing_mode>(200)) == "?200");
}

TEST_CASE("fmt: maybe, billing periods and the values of terms", "[fmt]") {
  const cl::profile p = retainer();
  CHECK(fmt::format("{}", cl::get<cl::dimensions::billing>(p)) == "retainer");
  CHECK(fmt::format("{}", cl::get<cl::dimensions::support>(p)) == "unspecified");
  CHECK(fmt::format("{}", cl::billing_period::monthly) == "monthly");
  CHECK(fmt::format("{}", cl::billing_period{3, cl::period_unit::week}) == "3_weeks");
  CHECK(fmt::format("{}", cl::get<cl::terms::period>(p)) == "monthly");
  const cl::profile q = *cl::parse_profile(
      "{duration=ongoing, billing=recurring, period=monthly, trial=14_days, support=support_desk}");
  const cl::billing_terms b = cl::billing_terms_from(q);
  CHECK(fmt::format("{}", b.trial) == "14_days");
  CHECK(fmt::format("{}", *cl::get<cl::terms::trial>(q)) == "14_days");
  CHECK(fmt::format("{}", b.timing) == "in_advance");
}

TEST_CASE("fmt: billing and support terms print every term of theirs", "[fmt]") {
  const cl::billing_terms b = cl::billing_terms_from(retainer());
  CHECK(fmt::format("{}", b) ==
        "{period=monthly, timing=in_advance, offset=0_days, trial=none, term=evergreen, "
        "anchor=start, alignment=anniversary, charges=none}");
  const cl::profile desk = *cl::parse_profile("{support=support_desk}");
  const cl::support_terms s = cl::support_terms_from(desk);
  const std::string text = fmt::format("{}", s);
  CHECK(text.find("{channels=") == 0);
  CHECK(text.find(", first_response=") != std::string::npos);
  CHECK(text.find(", zone=") != std::string::npos);
  CHECK(text.back() == '}');
  CHECK(fmt::format("{}", s.channels) == cl::to_text(s.channels));
}

TEST_CASE("fmt: dates, service periods and invoices in ISO 8601", "[fmt]") {
  const year_month_day d{year{2024}, March, day{1}};
  CHECK(fmt::format("{}", d) == "2024-03-01");
  CHECK(fmt::format("{}", year_month_day{year{987}, January, day{9}}) == "0987-01-09");
  CHECK(fmt::format("{}", year_month_day{year{2023}, February, day{29}}) ==
        "2023-02-29 is not a valid date");
  const cl::service_period whole{d, year_month_day{year{2024}, April, day{1}}, days{31}};
  CHECK(fmt::format("{}", whole) == "[2024-03-01, 2024-04-01) 31 days");
  const cl::service_period stub{year_month_day{year{2024}, March, day{17}},
                                year_month_day{year{2024}, April, day{1}}, days{31}};
  CHECK(fmt::format("{}", stub) == "[2024-03-17, 2024-04-01) 15 of 31 days");
  CHECK(fmt::format("{}", cl::invoice{d, whole}) == "2024-03-01 for [2024-03-01, 2024-04-01) 31 days");

  const cl::billing_terms b = cl::billing_terms_from(retainer());
  const cl::schedule_result<cl::invoice> next = cl::next_invoice(b, d, d);
  REQUIRE(next.has_value());
  CHECK(fmt::format("{}", next) == fmt::format("{}", *next));
  const cl::schedule_result<cl::invoice> none{cl::schedule_error::invalid_date};
  CHECK(fmt::format("{}", none) == "error: invalid_date");
}

TEST_CASE("fmt: deadlines as ISO 8601 instants in UTC, and their errors", "[fmt]") {
  const cl::support_terms s = cl::support_terms_from(*cl::parse_profile("{support=dedicated_team}"));
  const sys_seconds opened = sys_days{year{2024} / March / day{4}} + hours{9} + minutes{30};
  const cl::deadline_result<sys_seconds> due = cl::first_response_due(s, cl::priority::urgent, opened);
  REQUIRE(due.has_value());
  const std::string text = fmt::format("{}", due);
  CHECK(text.size() == "2024-03-04T09:30:00Z"sv.size());
  CHECK(text[10] == 'T');
  CHECK(text.back() == 'Z');
  CHECK(fmt::format("{}", cl::deadline_result<sys_seconds>{opened}) == "2024-03-04T09:30:00Z");
  CHECK(fmt::format("{}", cl::deadline_result<sys_seconds>{cl::deadline_error::no_target}) ==
        "error: no_target");
  CHECK(fmt::format("{}", cl::deadline_result<seconds>{seconds{90}}) == "90s");
  CHECK(fmt::format("{}", cl::deadline_result<bool>{true}) == "yes");
}

TEST_CASE("fmt: the errors of every fallible function", "[fmt]") {
  const cl::parse_result bad = cl::parse_profile("{duration=forever}");
  REQUIRE_FALSE(bad.has_value());
  CHECK(fmt::format("{}", bad.error()) ==
        "at " + std::to_string(bad.error().position) + ": " + bad.error().message);
  CHECK(fmt::format("{}", bad) == "error: " + fmt::format("{}", bad.error()));
  CHECK(fmt::format("{}", cl::parse_profile(retainer_text)) == retainer_text);

  const cl::profile broken = *cl::parse_profile("{duration=one_time, billing=recurring, period=monthly}");
  const auto violations = cl::validate(broken);
  REQUIRE_FALSE(violations.empty());
  CHECK(fmt::format("{}", violations.front()) ==
        std::string{cl::name_of(violations.front().rule)} + ": " +
            std::string{violations.front().message});

  const cl::dispatch_error e{"no relationship type is registered under 'x'"};
  CHECK(fmt::format("{}", e) == e.message);
  CHECK(fmt::format("{}", cl::result<int, cl::dispatch_error>{e}) == "error: " + e.message);
}

TEST_CASE("fmt: explanations and the parts of a set", "[fmt]") {
  const cl::reasoned<cl::relationship_kind> why{cl::relationship_kind::client, 0,
                                                 "a professional's knowledge bought"};
  CHECK(fmt::format("{}", why) == "client: a professional's knowledge bought");
  const auto explained = cl::explain_kind(cl::profile_of<cl::client>);
  REQUIRE(explained.has_value());
  CHECK(fmt::format("{}", *explained) ==
        std::string{cl::name_of(explained->value)} + ": " + std::string{explained->why});
  CHECK(fmt::format("{}", cl::reasoned<bool>{true, 0, "it continues"}) == "yes: it continues");
  const cl::part_summary part{"hosting", cl::relationship_kind::customer,
                              cl::billing_mode::recurring, cl::billing_period::monthly,
                              cl::support_tier::support_desk, cl::profile{}};
  CHECK(fmt::format("{}", part) == "hosting: customer, billed recurring monthly, support support_desk");
  CHECK(fmt::format("{}", cl::part_summary{}) ==
        "(unnamed): unspecified, billed unspecified, support unspecified");
}

TEST_CASE("fmt: to_text is what an empty format spec gives", "[fmt]") {
  const cl::profile p = retainer();
  CHECK(cl::to_text(p) == fmt::format("{}", p));
  CHECK(cl::to_text(cl::billing_mode::usage) == "usage");
  CHECK(cl::to_text(cl::get<cl::dimensions::party>(p)) == "unspecified");
}

TEST_CASE("fmt: fill, alignment and width", "[fmt]") {
  CHECK(fmt::format("[{:10}]", cl::billing_mode::usage) == "[usage     ]");
  CHECK(fmt::format("[{:>10}]", cl::billing_mode::usage) == "[     usage]");
  CHECK(fmt::format("[{:*^9}]", cl::billing_mode::usage) == "[**usage**]");
  CHECK(fmt::format("[{:3}]", cl::billing_mode::usage) == "[usage]");
  CHECK(fmt::format("[{:>12}]", std::chrono::year_month_day{year{2024}, March, day{1}}) ==
        "[  2024-03-01]");
  const cl::profile p = retainer();
  CHECK(fmt::format("{:>100}", p) == std::string(100 - retainer_text.size(), ' ') + std::string{retainer_text});
  CHECK(fmt::format("{:>3l}", p) == fmt::format("{:l}", p));
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Exhaustive tests: properties checked over every representable profile.
// Built with optimisation whatever the build type, so the tens of millions of
// cases run in seconds.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include "profile_walk.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <type_traits>

namespace cl = clientele;

namespace {

bool round_trips(std::string& text, const cl::profile& p) {
  text.clear();
  cl::append_text(text, p);
  const cl::parse_result r = cl::parse_profile(text);
  return r && *r == p && cl::to_string(*r) == text;
}

}  // namespace

TEST_CASE("parse_profile(to_string(p)) == p for every profile", "[text][exhaustive]") {
  std::string text;
  text.reserve(256);
  std::size_t mismatches = 0;
  const std::size_t count = for_each_profile([&](const cl::profile& p) {
    text.clear();
    cl::append_text(text, p);
    const cl::parse_result r = cl::parse_profile(text);
    if (!r || *r != p) {
      ++mismatches;
    }
  });
  // Every setting of every dimension of the catalogue, unspecified included
  // (8,294,400 for the twelve dimensions), each with no period or a period:
  // 16,588,800 profiles.
  CHECK(count == profiles_in(cl::packed_fields_t<cl::catalogue>{}));
  CHECK(mismatches == 0);
}

TEST_CASE("every billing period a profile can hold round-trips, with its name or its count",
          "[text][exhaustive]") {
  std::string text;
  std::size_t periods = 0;
  std::size_t named = 0;
  std::size_t mismatches = 0;
  // Alone, and with recurring billing and an ongoing duration around it.
  cl::profile alone{};
  cl::profile billed{};
  cl::get<cl::dimensions::duration>(billed) = cl::duration_kind::ongoing;
  cl::get<cl::dimensions::billing>(billed) = cl::billing_mode::recurring;
  for (std::size_t u = 0; u < cl::enum_count_v<cl::period_unit>; ++u) {
    for (std::uint16_t n = 1; n <= cl::billing_period::max_count; ++n) {
      const cl::billing_period period{n, static_cast<cl::period_unit>(u)};
      REQUIRE(cl::is_valid(period));
      ++periods;
      cl::get<cl::terms::period>(alone) = period;
      cl::get<cl::terms::period>(billed) = period;
      if (!round_trips(text, alone) || !round_trips(text, billed) ||
          !cl::is_consistent(billed)) {
        ++mismatches;
      }
      // A named period prints as its name, any other as its count and unit.
      const std::string_view name = cl::name_of(period);
      std::string expected = "{period=";
      if (!name.empty()) {
        ++named;
        expected += name;
      } else {
        expected += std::to_string(n) + "_" + std::string{cl::name_of(period.unit)} + "s";
      }
      expected += '}';
      if (cl::to_string(alone) != expected) {
        ++mismatches;
      }
    }
  }
  CHECK(periods == 4 * 4095);
  CHECK(named == 9);
  CHECK(mismatches == 0);
}

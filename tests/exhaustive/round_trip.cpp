// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Exhaustive tests: properties checked over every representable profile.
// Built with optimisation whatever the build type, so the tens of millions of
// cases run in seconds.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <type_traits>

namespace cl = clientele;

namespace {

// The billing periods the walk over every profile combines with every value
// of every dimension: unspecified, every named period, and periods that only
// a count and a unit can name (the longest of each unit among them, and a
// count of months that is a year but not the named period `annual`). Every
// period a profile can hold is walked on its own below.
constexpr std::array<cl::billing_period, 12> representative_periods{
    cl::billing_period::daily,       cl::billing_period::weekly,
    cl::billing_period::biweekly,    cl::billing_period::thirty_days,
    cl::billing_period::monthly,     cl::billing_period::quarterly,
    cl::billing_period::semiannual,  cl::billing_period::annual,
    cl::billing_period::biennial,    cl::billing_period{3, cl::period_unit::week},
    cl::billing_period{12, cl::period_unit::month},
    cl::billing_period{cl::billing_period::max_count, cl::period_unit::day}};

// Visits every value of field F of p (unspecified first), then the next
// fields for each: every value of every enumeration of the catalogue, and
// the representative periods.
template <class F, class... Rest, class Visit>
void each_value(cl::profile& p, cl::type_list<F, Rest...>, Visit& visit) {
  const auto next = [&] {
    if constexpr (sizeof...(Rest) == 0) {
      visit(p);
    } else {
      each_value(p, cl::type_list<Rest...>{}, visit);
    }
  };
  auto& field = cl::get<F>(p);
  field = std::nullopt;
  next();
  if constexpr (std::is_same_v<F, cl::terms::period>) {
    // One period per profile, the representatives in turn, so that the walk
    // grows with the dimensions and not with the periods (each period a
    // profile can hold has a test of its own below).
    static std::size_t turn = 0;
    field = representative_periods[turn++ % representative_periods.size()];
    next();
  } else {
    using E = typename F::value_type;
    for (std::size_t i = 0; i < cl::enum_count_v<E>; ++i) {
      field = static_cast<E>(i);
      next();
    }
  }
  field = std::nullopt;
}

// Visits every representable profile: each dimension holds one of its values
// or is unspecified, and the period one of the representative periods or
// nothing. Returns how many profiles were visited.
template <class F>
std::size_t for_each_profile(F&& f) {
  std::size_t count = 0;
  cl::profile p{};
  auto visit = [&](const cl::profile& q) {
    f(q);
    ++count;
  };
  each_value(p, cl::packed_fields_t<cl::catalogue>{}, visit);
  return count;
}

// The number of settings of field F the walk visits, unspecified included.
template <class F>
constexpr std::size_t settings_of() {
  if constexpr (std::is_same_v<F, cl::terms::period>) {
    return 2;  // unspecified, or one of the representatives in turn
  } else {
    return cl::enum_count_v<typename F::value_type> + 1;
  }
}

// The number of profiles the walk visits, from the catalogue itself.
template <class... Fs>
constexpr std::size_t profiles_in(cl::type_list<Fs...>) {
  return (settings_of<Fs>() * ...);
}

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

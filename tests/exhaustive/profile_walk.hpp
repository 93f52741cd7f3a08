// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The walk over every profile the exhaustive round trips share (the text
// form's and the JSON document's): every setting of every dimension,
// unspecified included, each with no period or one of twelve representative
// periods. In an unnamed namespace, so that each test keeps its own turn of
// the periods.

#ifndef CLIENTELE_TESTS_EXHAUSTIVE_PROFILE_WALK_HPP
#define CLIENTELE_TESTS_EXHAUSTIVE_PROFILE_WALK_HPP

#include <clientele/clientele.hpp>

#include <array>
#include <cstddef>
#include <type_traits>

namespace {

namespace cl = clientele;

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

}  // namespace

#endif  // CLIENTELE_TESTS_EXHAUSTIVE_PROFILE_WALK_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Exhaustive tests: properties checked over every representable profile.
// Built with optimisation whatever the build type, so the tens of millions of
// cases run in seconds.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

namespace cl = clientele;

namespace {

// Visits every representable profile: each member holds one of its values or
// is unspecified.
template <class F>
std::size_t for_each_profile(F&& f) {
  std::size_t count = 0;
  cl::profile p{};
  const auto each = [](auto& member, std::size_t n, auto&& next) {
    using E = std::remove_cvref_t<decltype(*member)>;
    member = std::nullopt;
    next();
    for (std::size_t i = 0; i < n; ++i) {
      member = static_cast<E>(i);
      next();
    }
  };
  each(p.duration, 3, [&] {
  each(p.offering, 3, [&] {
  each(p.personalization, 3, [&] {
  each(p.engagement, 3, [&] {
  each(p.advice, 2, [&] {
  each(p.billing, 4, [&] {
  each(p.support, 3, [&] {
  each(p.dependency, 2, [&] {
  each(p.agreement, 3, [&] {
  each(p.party, 4, [&] {
  each(p.purpose, 2, [&] {
  each(p.knowledge, 2, [&] {
  each(p.period, 5, [&] {
    f(p);
    ++count;
  }); }); }); }); }); }); }); }); }); }); }); }); });
  return count;
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
  // (3+1)^4 * (2+1) * (4+1) * (3+1) * (2+1) * (3+1) * (4+1) * (2+1) * (2+1) * (5+1)
  CHECK(count == 49'766'400);
  CHECK(mismatches == 0);
}

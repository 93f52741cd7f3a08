// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The JSON document of every profile the text form's exhaustive round trip
// walks (every setting of every dimension, unspecified included, each with no
// period or a period) reads back to that profile; every billing period a
// profile can hold, with its name or its count, as well.

#include <clientele/clientele.hpp>
#include <clientele/ext/json.hpp>

#include <catch2/catch.hpp>

#include "profile_walk.hpp"

#include <array>
#include <cstddef>
#include <type_traits>

namespace cl = clientele;

// Under AddressSanitizer every allocation is checked, and a profile's document
// allocates for each of its keys: one profile in eleven still took over ten
// minutes there (every profile takes under a minute without it). A sanitized
// build reads back the document of one profile in 1009 (a prime, so the
// profiles read are spread over every field), some 214,000 documents; the gcc
// and clang presets read back every one.
#if defined(__SANITIZE_ADDRESS__)
#define CLIENTELE_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLIENTELE_TEST_SANITIZED 1
#endif
#endif
#if defined(CLIENTELE_TEST_SANITIZED)
constexpr std::size_t stride = 1009;
#else
constexpr std::size_t stride = 1;
#endif

TEST_CASE("the JSON document of every profile reads back to it", "[json][exhaustive]") {
  std::size_t mismatches = 0;
  std::size_t checked = 0;
  std::size_t visited = 0;
  nlohmann::json j;
  const std::size_t count = for_each_profile([&](const cl::profile& p) {
    if (visited++ % stride != 0) {
      return;
    }
    cl::to_json(j, p);
    const cl::json_profile_result r = cl::read_profile_json(j);
    if (!r || *r != p) {
      ++mismatches;
    }
    ++checked;
  });
  CHECK(count == profiles_in(cl::packed_fields_t<cl::catalogue>{}));
  CHECK(checked == (count + stride - 1) / stride);
  CHECK(mismatches == 0);
}

TEST_CASE("every billing period a profile can hold reads back from JSON", "[json][exhaustive]") {
  std::size_t periods = 0;
  std::size_t mismatches = 0;
  cl::profile p{};
  cl::get<cl::dimensions::duration>(p) = cl::duration_kind::ongoing;
  cl::get<cl::dimensions::billing>(p) = cl::billing_mode::recurring;
  for (std::size_t u = 0; u < cl::enum_count_v<cl::period_unit>; ++u) {
    for (std::uint16_t n = 1; n <= cl::billing_period::max_count; ++n) {
      cl::get<cl::terms::period>(p) = cl::billing_period{n, static_cast<cl::period_unit>(u)};
      const nlohmann::json j = p;
      const cl::json_profile_result r = cl::read_profile_json(j);
      mismatches += (!r || *r != p) ? 1 : 0;
      ++periods;
    }
  }
  CHECK(periods == cl::enum_count_v<cl::period_unit> * cl::billing_period::max_count);
  CHECK(mismatches == 0);
}

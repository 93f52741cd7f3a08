// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The hash of a profile (std::hash<profile>, and the key by which a registry
// finds a profile): no collisions by construction. Profiles that differ in
// which term they hold, or in one term's value, hash apart; every bit of the
// hash depends on the input.

#include <clientele/catalogue/period.hpp>
#include <clientele/runtime/hash.hpp>
#include <clientele/runtime/registry.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <set>
#include <vector>

namespace cl = clientele;

namespace {

cl::profile recurring() {
  cl::profile p{};
  get<cl::dimensions::billing>(p) = cl::billing_mode::recurring;
  get<cl::terms::period>(p) = cl::billing_period::monthly;
  return p;
}

cl::profile with_offset(int days) {
  cl::profile p = recurring();
  get<cl::terms::offset>(p) = std::chrono::days{days};
  return p;
}

// Profiles that each hold one term besides the billing mode, over a sweep of
// that term's values: every one different from the others.
std::vector<cl::profile> single_term_sweep() {
  std::vector<cl::profile> out{recurring()};
  for (const auto t : {cl::invoice_timing::in_advance, cl::invoice_timing::in_arrears}) {
    cl::profile p = recurring();
    get<cl::terms::timing>(p) = t;
    out.push_back(p);
  }
  for (int d = -366; d <= 366; ++d) {
    out.push_back(with_offset(d));
  }
  for (unsigned bits = 0; bits < 8; ++bits) {
    cl::charge_set cs{};
    for (unsigned k = 0; k < 3; ++k) {
      if ((bits >> k & 1U) != 0) {
        cs.insert(static_cast<cl::charge_kind>(k));
      }
    }
    cl::profile p = recurring();
    get<cl::terms::charges>(p) = cs;
    out.push_back(p);
  }
  for (std::uint16_t n = 0; n <= 400; ++n) {
    for (const auto u : {cl::period_unit::day, cl::period_unit::week, cl::period_unit::month}) {
      if (n == 0 && u != cl::period_unit::day) {
        continue;  // a trial of no length is one value whatever its unit
      }
      cl::profile p = recurring();
      get<cl::terms::trial>(p) = cl::free_trial{n, u};
      out.push_back(p);
    }
  }
  for (const auto c : {cl::designated_contact::none, cl::designated_contact::team,
                       cl::designated_contact::technical_account_manager}) {
    cl::profile p{};
    get<cl::dimensions::support>(p) = cl::support_tier::support_desk;
    get<cl::terms::contact>(p) = c;
    out.push_back(p);
  }
  return out;
}

}  // namespace

TEST_CASE("the audit's collisions: timing and offset, charges and offset hash apart",
          "[profile][hash]") {
  const std::hash<cl::profile> hash;
  cl::profile arrears = recurring();
  get<cl::terms::timing>(arrears) = cl::invoice_timing::in_arrears;
  CHECK(hash(arrears) != hash(with_offset(-64)));
  for (unsigned bits = 0; bits < 8; ++bits) {
    cl::charge_set cs{};
    for (unsigned k = 0; k < 3; ++k) {
      if ((bits >> k & 1U) != 0) {
        cs.insert(static_cast<cl::charge_kind>(k));
      }
    }
    cl::profile charged = recurring();
    get<cl::terms::charges>(charged) = cs;
    for (int d = -366; d <= 366; ++d) {
      INFO("charges bits " << bits << ", offset " << d);
      CHECK(hash(charged) != hash(with_offset(d)));
    }
  }
}

TEST_CASE("profiles that differ in one term, or in which term they hold, hash apart",
          "[profile][hash]") {
  const std::vector<cl::profile> profiles = single_term_sweep();
  const std::hash<cl::profile> hash;
  std::set<std::size_t> hashes;
  for (const cl::profile& p : profiles) {
    hashes.insert(hash(p));
  }
  CHECK(hashes.size() == profiles.size());
}

TEST_CASE("every bit of a profile's hash depends on the profile", "[profile][hash]") {
  // Over the sweep, each bit is set in about half of the hashes
  // (between 40% and 60% of 2,000 and more).
  const std::vector<cl::profile> profiles = single_term_sweep();
  const std::hash<cl::profile> hash;
  constexpr unsigned width = sizeof(std::size_t) * 8;
  std::size_t ones[width] = {};
  for (const cl::profile& p : profiles) {
    const std::size_t h = hash(p);
    for (unsigned b = 0; b < width; ++b) {
      ones[b] += (h >> b) & 1U;
    }
  }
  for (unsigned b = 0; b < width; ++b) {
    INFO("bit " << b);
    CHECK(ones[b] * 10 > profiles.size() * 4);
    CHECK(ones[b] * 10 < profiles.size() * 6);
  }
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The profile as a value type: copies, equality, hashing, and a Boost.Hana
// Struct whose members generic code walks by name.

#include <clientele/clientele.hpp>
#include <clientele/ext/hana.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/string.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cl = clientele;
namespace hana = boost::hana;

TEST_CASE("a profile is a regular value type", "[profile]") {
  cl::profile a = cl::profile_of<cl::client>;
  const cl::profile b = a;
  CHECK(a == b);
  get<cl::dimensions::support>(a) = cl::support_tier::support_desk;
  CHECK(a != b);
  get<cl::dimensions::support>(a).reset();
  CHECK_FALSE(get<cl::dimensions::support>(a).has_value());
  CHECK(get<cl::dimensions::support>(a) == std::nullopt);
  get<cl::dimensions::support>(a) = std::nullopt;
  CHECK(get<cl::dimensions::support>(a).value_or(cl::support_tier::self_service) ==
        cl::support_tier::self_service);
  // Unspecified settings are equal whatever was stored before.
  cl::profile c{};
  get<cl::dimensions::billing>(c) = cl::billing_mode::milestone;
  get<cl::dimensions::billing>(c).reset();
  CHECK(c == cl::profile{});
  get<cl::terms::period>(c) = cl::billing_period::thirty_days;
  get<cl::terms::period>(c).reset();
  CHECK(c == cl::profile{});
}

TEST_CASE("profiles hash with std::hash, equal profiles alike", "[profile]") {
  const std::hash<cl::profile> hash;
  CHECK(hash(cl::profile_of<cl::customer>) == hash(cl::profile_of<cl::consumer>));
  std::unordered_set<cl::profile> seen;
  seen.insert(cl::profile_of<cl::client>);
  seen.insert(cl::profile_of<cl::customer>);
  seen.insert(cl::profile_of<cl::consumer>);  // the same profile as customer
  seen.insert(cl::profile{});
  CHECK(seen.size() == 3);
  std::unordered_map<cl::profile, std::string> names{{cl::profile_of<cl::client>, "client"}};
  CHECK(names.at(cl::profile_of<cl::client>) == "client");
  // Profiles differing in one setting hash apart (for these, at least).
  CHECK(hash(cl::profile_of<cl::client>) !=
        hash(cl::profile_of<cl::client::with<cl::support::support_desk>>));
}

TEST_CASE("a profile is a Boost.Hana Struct, walked by member name", "[profile][reflection]") {
  const cl::profile p = cl::profile_of<cl::relationship<cl::duration::ongoing, cl::billing::recurring<cl::period::weekly>>>;
  std::map<std::string, std::string> settings;
  hana::for_each(hana::keys(p), [&](auto key) {
    const auto& setting = hana::at_key(p, key);
    if constexpr (requires { cl::name_of(*setting); }) {
      settings[hana::to<const char*>(key)] = setting ? std::string{cl::name_of(*setting)} : "-";
    } else {
      settings[hana::to<const char*>(key)] = setting ? "term" : "-";
    }
  });
  CHECK(settings.size() == cl::fields_t<cl::catalogue>::size);
  CHECK(settings.at("duration") == "ongoing");
  CHECK(settings.at("billing") == "recurring");
  CHECK(settings.at("period") == "weekly");
  CHECK(settings.at("support") == "-");
  CHECK(hana::at_key(p, BOOST_HANA_STRING("billing")) == cl::billing_mode::recurring);
}

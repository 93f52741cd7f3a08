// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Profiles of other catalogues at run time: the library's catalogue extended
// with an application's dimension, and a catalogue of thirteen dimensions of
// the application's own; each with get, its text form both ways, and
// std::hash. Also the entry points of the text form: a null C string, and a
// value that is not a word.

#include <clientele/clientele.hpp>

#include "../support/app_dimensions.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <type_traits>
#include <string_view>
#include <unordered_set>

namespace cl = clientele;

namespace app {

struct online final : cl::basic_policy<channel, channel_kind::online> {};

// The library's catalogue and the channel.
using catalogue = cl::extended_catalogue<channel>;
using profile = cl::basic_profile<catalogue>;

using my_profile = cl::basic_profile<my_catalogue>;

}  // namespace app

namespace {

// A profile of catalogue C with the library's dimensions of `p`.
template <class C>
cl::basic_profile<C> widen(const cl::profile& p) {
  cl::basic_profile<C> out{};
  [&]<class... Fs>(cl::type_list<Fs...>) {
    const auto copy = [&]<class F>(std::type_identity<F>) {
      if constexpr (cl::FieldOf<F, C>) {
        get<F>(out) = get<F>(p);
      }
    };
    (copy(std::type_identity<Fs>{}), ...);
  }(cl::fields_t<cl::catalogue>{});
  return out;
}

}  // namespace

TEST_CASE("an extended profile holds the application's dimension", "[catalogue][profile]") {
  app::profile p = widen<app::catalogue>(cl::profile_of<cl::customer>);
  CHECK_FALSE(get<app::channel>(p).has_value());
  get<app::channel>(p) = app::channel_kind::online;
  CHECK(get<app::channel>(p) == app::channel_kind::online);
  CHECK(get<cl::dimensions::billing>(p) == cl::billing_mode::per_transaction);
  CHECK(cl::specified_mask(p) == ((1u << 13) - 1));
  CHECK(cl::leaning_at(p, 12) == cl::leaning::customer);
  // The channel's value from a relationship type that names it.
  using shop = cl::customer::with<app::online>;
  get<app::channel>(p) = cl::value_v<shop, app::channel>;
  CHECK(get<app::channel>(p) == app::channel_kind::online);
}

TEST_CASE("an extended profile prints its dimension last and parses it back",
          "[catalogue][text]") {
  app::profile p{};
  get<cl::dimensions::duration>(p) = cl::duration_kind::ongoing;
  get<cl::dimensions::billing>(p) = cl::billing_mode::recurring;
  get<cl::terms::period>(p) = cl::billing_period::biweekly;
  get<app::channel>(p) = app::channel_kind::phone;
  const std::string text = cl::to_string(p);
  CHECK(text == "{duration=ongoing, billing=recurring, period=biweekly, channel=phone}");
  std::ostringstream os;
  os << p;
  CHECK(os.str() == text);

  cl::parse_error error{};
  const std::optional<app::profile> back = cl::parse_profile_of<app::catalogue>(text, &error);
  REQUIRE(back);
  CHECK(*back == p);
  const auto reordered =
      cl::parse_profile_of<app::catalogue>("{channel=phone, period=2_weeks, billing=recurring, "
                                           "duration=ongoing}");
  REQUIRE(reordered);
  CHECK(*reordered == p);

  SECTION("the whole library's profile, with the channel") {
    app::profile q = widen<app::catalogue>(cl::profile_of<cl::client>);
    get<app::channel>(q) = app::channel_kind::in_person;
    std::string expected = cl::to_string(cl::profile_of<cl::client>);
    expected.insert(expected.size() - 1, ", channel=in_person");
    CHECK(cl::to_string(q) == expected);
    CHECK(cl::parse_profile_of<app::catalogue>(cl::to_string(q)) == q);
  }
  SECTION("errors name the channel's key and values") {
    CHECK_FALSE(cl::parse_profile_of<app::catalogue>("{channel=carrier_pigeon}", &error));
    CHECK(error.message ==
          "unknown value 'carrier_pigeon' for key 'channel': expected one of in_person, phone, "
          "online");
    CHECK(error.position == 9);
    CHECK_FALSE(cl::parse_profile_of<app::catalogue>("{channel=phone, channel=online}", &error));
    CHECK(error.message == "duplicate key 'channel': each key may appear once");
    CHECK_FALSE(cl::parse_profile_of<app::catalogue>("{colour=blue}", &error));
    CHECK(error.message.find("unknown key 'colour': expected one of duration,") == 0);
    CHECK(error.message.find(", knowledge, channel") != std::string::npos);
    // Without a place for the error, the result alone says so.
    CHECK_FALSE(cl::parse_profile_of<app::catalogue>("{channel=}"));
  }
  SECTION("the library's profile has no channel") {
    const cl::parse_result r = cl::parse_profile("{channel=phone}");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("unknown key 'channel'") == 0);
  }
}

TEST_CASE("extended profiles hash with std::hash", "[catalogue][profile]") {
  const std::hash<app::profile> hash;
  app::profile a = widen<app::catalogue>(cl::profile_of<cl::client>);
  app::profile b = a;
  CHECK(hash(a) == hash(b));
  get<app::channel>(a) = app::channel_kind::phone;
  get<app::channel>(b) = app::channel_kind::online;
  CHECK(a != b);
  CHECK(hash(a) != hash(b));
  std::unordered_set<app::profile> seen{a, b, a, app::profile{}};
  CHECK(seen.size() == 3);
  CHECK(seen.count(*cl::parse_profile_of<app::catalogue>(cl::to_string(b))) == 1);
}

TEST_CASE("a catalogue of thirteen dimensions round-trips through text", "[catalogue][text]") {
  app::my_profile p = widen<app::my_catalogue>(cl::profile_of<cl::client>);
  get<app::region>(p) = app::region_kind::international;
  // The region's key comes at its place in the catalogue: after the billing
  // and its period, before the support.
  const std::string text = cl::to_string(p);
  CHECK(text ==
        "{duration=ongoing, offering=professional_service, personalization=tailored, "
        "engagement=collaborative, advice=advisory, billing=retainer, period=monthly, "
        "region=international, support=dedicated_team, dependency=high, "
        "agreement=service_contract, party=business, purpose=end_use, knowledge=deep}");
  cl::parse_error error{};
  const auto back = cl::parse_profile_of<app::my_catalogue>(text, &error);
  INFO(error.message);
  REQUIRE(back);
  CHECK(*back == p);
  CHECK(std::hash<app::my_profile>{}(*back) == std::hash<app::my_profile>{}(p));

  // Every value of the region, every other setting alone, and the period.
  for (std::size_t r = 0; r <= cl::enum_count_v<app::region_kind>; ++r) {
    app::my_profile q{};
    if (r < cl::enum_count_v<app::region_kind>) {
      get<app::region>(q) = static_cast<app::region_kind>(r);
    }
    for (const cl::billing_period period :
         {cl::billing_period::thirty_days, cl::billing_period{7, cl::period_unit::week}}) {
      get<cl::terms::period>(q) = period;
      const std::string t = cl::to_string(q);
      INFO(t);
      CHECK(cl::parse_profile_of<app::my_catalogue>(t) == q);
    }
  }
  CHECK(cl::to_string(app::my_profile{}) == "{}");
  CHECK_FALSE(cl::parse_profile_of<app::my_catalogue>("{region=mars}", &error));
  CHECK(error.message ==
        "unknown value 'mars' for key 'region': expected one of domestic, international");
  // The library's catalogue knows no region, the extended one neither.
  CHECK_FALSE(cl::parse_profile("{region=domestic}"));
  CHECK_FALSE(cl::parse_profile_of<app::catalogue>("{region=domestic}"));
}

namespace {
template <class T>
concept parsable = requires(T text) { cl::parse_profile(text); };
}  // namespace

TEST_CASE("a null C string is an error, and a null pointer constant does not compile",
          "[text]") {
  const cl::parse_result r = cl::parse_profile(static_cast<const char*>(nullptr));
  REQUIRE_FALSE(r);
  CHECK(r.error().message.find("null text") == 0);
  CHECK(r.error().position == 0);
  const char* text = "{support=self_service}";
  REQUIRE(cl::parse_profile(text));
  CHECK(*cl::parse_profile(text) == cl::profile_of<cl::relationship<cl::support::self_service>>);
  static_assert(parsable<const char*> && parsable<std::string_view> && parsable<std::string>);
  static_assert(!parsable<std::nullptr_t>);
}

TEST_CASE("a value runs to the next space or punctuation, and is quoted whole", "[text]") {
  const cl::parse_result r = cl::parse_profile("{billing=per-transaction}");
  REQUIRE_FALSE(r);
  CHECK(r.error().message ==
        "unknown value 'per-transaction' for key 'billing': expected one of per_transaction, "
        "recurring, retainer, milestone, usage, time_and_materials, free");
  CHECK(r.error().position == 9);
  const cl::parse_result spaced = cl::parse_profile("{billing=per transaction}");
  REQUIRE_FALSE(spaced);
  CHECK(spaced.error().message ==
        "unknown value 'per' for key 'billing': expected one of per_transaction, recurring, "
        "retainer, milestone, usage, time_and_materials, free");
  const cl::parse_result keyed = cl::parse_profile("{bill-ing=milestone}");
  REQUIRE_FALSE(keyed);
  CHECK(keyed.error().message.find("unknown key 'bill-ing'") == 0);
  CHECK(keyed.error().position == 1);
}

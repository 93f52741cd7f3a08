// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Dispatch from stored names and profiles to compile-time types. Builds with
// -fno-exceptions: no test relies on a throw.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace cl = clientele;

namespace {

using law_firm_retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                           cl::billing::retainer<cl::period::monthly>,
                                           cl::agreement::service_contract>;
using walk_in_customer = cl::customer;
using online_shopper =
    cl::relationship<cl::duration::repeat, cl::offering::goods, cl::billing::per_transaction,
                     cl::party::individual, cl::purpose::end_use>;

using small = cl::registry<cl::named<"law_firm_retainer", law_firm_retainer>,
                           cl::named<"walk_in_customer", walk_in_customer>,
                           cl::named<"online_shopper", online_shopper>>;

const auto billing = [](auto type) {
  using R = typename decltype(type)::type;
  return cl::billing_mode_v<R>;
};

// The profile of the type a dispatch found: what dispatch by profile must
// give back unchanged.
const auto profile_found = [](auto type) { return cl::profile_of<typename decltype(type)::type>; };

// Forty distinct relationship types, to exercise the binary search.
template <std::size_t I>
using generated = cl::relationship<
    std::tuple_element_t<I % 3, std::tuple<cl::duration::one_time, cl::duration::repeat, cl::duration::ongoing>>,
    std::tuple_element_t<(I / 3) % 3, std::tuple<cl::offering::goods, cl::offering::standard_service,
                                                 cl::offering::professional_service>>,
    std::tuple_element_t<(I / 9) % 4, std::tuple<cl::party::individual, cl::party::business,
                                                 cl::party::government_agency, cl::party::nonprofit>>,
    std::tuple_element_t<(I / 36) % 2, std::tuple<cl::knowledge::minimal, cl::knowledge::deep>>>;

using large = cl::registry<
    cl::named<"type_00", generated<0>>,
    cl::named<"type_01", generated<1>>,
    cl::named<"type_02", generated<2>>,
    cl::named<"type_03", generated<3>>,
    cl::named<"type_04", generated<4>>,
    cl::named<"type_05", generated<5>>,
    cl::named<"type_06", generated<6>>,
    cl::named<"type_07", generated<7>>,
    cl::named<"type_08", generated<8>>,
    cl::named<"type_09", generated<9>>,
    cl::named<"type_10", generated<10>>,
    cl::named<"type_11", generated<11>>,
    cl::named<"type_12", generated<12>>,
    cl::named<"type_13", generated<13>>,
    cl::named<"type_14", generated<14>>,
    cl::named<"type_15", generated<15>>,
    cl::named<"type_16", generated<16>>,
    cl::named<"type_17", generated<17>>,
    cl::named<"type_18", generated<18>>,
    cl::named<"type_19", generated<19>>,
    cl::named<"type_20", generated<20>>,
    cl::named<"type_21", generated<21>>,
    cl::named<"type_22", generated<22>>,
    cl::named<"type_23", generated<23>>,
    cl::named<"type_24", generated<24>>,
    cl::named<"type_25", generated<25>>,
    cl::named<"type_26", generated<26>>,
    cl::named<"type_27", generated<27>>,
    cl::named<"type_28", generated<28>>,
    cl::named<"type_29", generated<29>>,
    cl::named<"type_30", generated<30>>,
    cl::named<"type_31", generated<31>>,
    cl::named<"type_32", generated<32>>,
    cl::named<"type_33", generated<33>>,
    cl::named<"type_34", generated<34>>,
    cl::named<"type_35", generated<35>>,
    cl::named<"type_36", generated<36>>,
    cl::named<"type_37", generated<37>>,
    cl::named<"type_38", generated<38>>,
    cl::named<"type_39", generated<39>>>;

// A result that can be neither default-constructed, copied nor moved: a
// dispatch builds it in place.
struct pinned {
  explicit pinned(cl::billing_mode m) : mode{m} {}
  pinned(const pinned&) = delete;
  pinned& operator=(const pinned&) = delete;
  cl::billing_mode mode;
};

// --- static tests ---------------------------------------------------------

static_assert(std::is_same_v<decltype(small::dispatch("x", billing)),
                             cl::dispatch_result<cl::billing_mode>>);
static_assert(std::is_same_v<decltype(small::dispatch(cl::profile{}, [](auto) {})),
                             cl::dispatch_result<void>>);
static_assert(std::is_same_v<cl::dispatch_result<int>, cl::result<int, cl::dispatch_error>>);
// A function returning a const value gives a result of the value.
static_assert(std::is_same_v<decltype(small::dispatch("x", [](auto) -> const std::string { return "a"; })),
                             cl::dispatch_result<std::string>>);
static_assert(std::is_same_v<decltype(small::dispatch("x", [](auto) { return pinned{cl::billing_mode::retainer}; })),
                             cl::dispatch_result<pinned>>);
// Lookups are constant expressions.
static_assert(small::find("online_shopper") == 2);
static_assert(small::find(static_cast<const char*>(nullptr)) == small::size);
static_assert(small::find(cl::profile_of<online_shopper>) == 2);
static_assert(large::find(cl::profile_of<generated<39>>) == 39);
// fixed_name<N> counts the terminating null, as the literal's size does.
static_assert(std::is_same_v<cl::fixed_name<8>, cl::fixed_string<7>>);
static_assert(cl::fixed_string{"walk_in"}.view() == "walk_in");
static_assert(cl::named<"walk_in", walk_in_customer>::name == "walk_in");

}  // namespace

TEST_CASE("registry: dispatch by name calls the function with the registered type", "[registry]") {
  const auto r = small::dispatch("walk_in_customer", billing);
  REQUIRE(r);
  CHECK(*r == cl::billing_mode::per_transaction);
  CHECK(*small::dispatch("law_firm_retainer", billing) == cl::billing_mode::retainer);
  CHECK(*small::dispatch(std::string{"online_shopper"}, billing) == cl::billing_mode::per_transaction);
  CHECK(small::find("online_shopper") == 2);
  CHECK(small::name_at(0) == "law_firm_retainer");
  CHECK(small::name_at(3).empty());
}

TEST_CASE("registry: an unknown name is an error that quotes it", "[registry]") {
  const auto r = small::dispatch("wholesale", billing);
  REQUIRE_FALSE(r);
  CHECK(r.error().message ==
        "no relationship type is registered as 'wholesale'; registered names: "
        "law_firm_retainer, walk_in_customer, online_shopper");
  CHECK(r.value_or(cl::billing_mode::milestone) == cl::billing_mode::milestone);
  CHECK(small::find("") == small::size);
  CHECK(small::find("walk_in_customerX") == small::size);
}

TEST_CASE("registry: an unknown name is quoted safely, as parse errors are", "[registry]") {
  SECTION("control bytes, NUL, escape sequences and bytes above ASCII become \\xNN") {
    const std::string hostile{"a\0b\x1b[2J\n\r\t\x7f\xff", 12};
    const auto r = small::dispatch(hostile, billing);
    REQUIRE_FALSE(r);
    const std::string& m = r.error().message;
    CHECK(m.find("'a\\x00b\\x1b[2J\\x0a\\x0d\\x09\\x7f\\xff'; ") != std::string::npos);
    for (const char ch : m) {
      const auto u = static_cast<unsigned char>(ch);
      CHECK((u >= 0x20 && u < 0x7f));
    }
  }
  SECTION("a long name is cut after 40 bytes") {
    const std::string name = std::string(40, 'x') + "tail";
    const auto r = small::dispatch(name, billing);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("'" + std::string(40, 'x') + "'...;") != std::string::npos);
    CHECK(r.error().message.find("tail") == std::string::npos);
  }
  SECTION("a name of exactly 40 bytes is shown whole") {
    const std::string name(40, 'y');
    CHECK(small::dispatch(name, billing).error().message.find("'" + name + "';") !=
          std::string::npos);
  }
  SECTION("the registry quotes as the text form does") {
    const std::string input{"{\x01\xff}", 4};
    const auto parsed = cl::parse_profile(input);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().message.find(cl::detail::quote(input.substr(1, 2))) != std::string::npos);
    const std::string key(50, 'k');
    const auto long_key = cl::parse_profile("{" + key + "=v}");
    REQUIRE_FALSE(long_key);
    CHECK(long_key.error().message.find("unknown key " + cl::detail::quote(key) + ":") == 0);
    CHECK(small::dispatch(key, billing).error().message.find(cl::detail::quote(key) + ";") !=
          std::string::npos);
  }
}

TEST_CASE("registry: a null name is an error, not a crash", "[registry]") {
  const char* none = nullptr;
  const auto r = small::dispatch(none, billing);
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "no relationship type can be looked up: the name is a null pointer");
  CHECK(small::find(none) == small::size);
  int calls = 0;
  CHECK_FALSE(small::dispatch(none, [&](auto) { ++calls; }));
  CHECK(calls == 0);
  // A null-terminated name that is not null is looked up as usual.
  const char* name = "law_firm_retainer";
  CHECK(*small::dispatch(name, billing) == cl::billing_mode::retainer);
}

TEST_CASE("registry: dispatch by profile finds the type with that profile", "[registry]") {
  CHECK(*small::dispatch(cl::profile_of<law_firm_retainer>, billing) == cl::billing_mode::retainer);
  CHECK(small::find(cl::profile_of<walk_in_customer>) == 1);
  const auto parsed = cl::parse_profile("{duration=ongoing, offering=professional_service, "
                                        "billing=retainer, period=monthly, agreement=service_contract}");
  REQUIRE(parsed);
  CHECK(small::find(*parsed) == 0);
}

TEST_CASE("registry: an unmatched profile is an error that shows the profile", "[registry]") {
  const auto none = small::dispatch(cl::profile{}, billing);
  REQUIRE_FALSE(none);
  CHECK(none.error().message == "no registered relationship type has the profile {}");
  cl::profile p = cl::profile_of<law_firm_retainer>;
  cl::get<cl::terms::period>(p) = cl::billing_period::annual;
  CHECK(small::dispatch(p, billing).error().message ==
        "no registered relationship type has the profile " + cl::to_string(p));
  // A value outside its enumeration shows as '?', never as a raw byte.
  cl::get<cl::dimensions::support>(p) = static_cast<cl::support_tier>(200);
  CHECK(small::dispatch(p, billing).error().message.find("support=?") != std::string::npos);
}

TEST_CASE("registry: dispatch by profile never finds a type of another profile", "[registry]") {
  // Every registered profile, and each of them with one setting changed or
  // removed: whenever a type is found, its profile is the one given.
  std::array<cl::profile, 40> bases{};
  for (std::size_t i = 0; i < large::size; ++i) {
    bases[i] = *large::dispatch(large::name_at(i), profile_found);
  }
  std::size_t found = 0;
  std::size_t missed = 0;
  const auto check = [&](const cl::profile& p) {
    const auto r = large::dispatch(p, profile_found);
    if (r) {
      CHECK(*r == p);
      ++found;
    } else {
      CHECK(large::find(p) == large::size);
      ++missed;
    }
    const auto s = small::dispatch(p, profile_found);
    CHECK((!s || *s == p));
  };
  for (const cl::profile& base : bases) {
    check(base);
    for (int v = 0; v < 16; ++v) {
      cl::profile p = base;
      cl::get<cl::dimensions::duration>(p) = static_cast<cl::duration_kind>(v);
      check(p);
      p = base;
      cl::get<cl::dimensions::party>(p) = static_cast<cl::party_kind>(v);
      check(p);
      p = base;
      cl::get<cl::dimensions::knowledge>(p) = static_cast<cl::knowledge_level>(v);
      check(p);
      p = base;
      cl::get<cl::dimensions::support>(p) = static_cast<cl::support_tier>(v);
      check(p);
    }
    cl::profile p = base;
    cl::get<cl::dimensions::knowledge>(p).reset();
    check(p);
  }
  CHECK(found > 40);
  CHECK(missed > 40);
}

TEST_CASE("registry: a function returning nothing", "[registry]") {
  int calls = 0;
  const auto r = small::dispatch("online_shopper", [&](auto type) {
    using R = typename decltype(type)::type;
    calls += cl::ConsumerRelationship<R> ? 1 : 100;
  });
  CHECK(r);
  CHECK(calls == 1);
  const auto missing = small::dispatch("nobody", [&](auto) { ++calls; });
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message.find("'nobody'") != std::string::npos);
  CHECK(calls == 1);
}

TEST_CASE("registry: a result that can be neither default-constructed nor moved is built in place",
          "[registry]") {
  const auto r = small::dispatch("law_firm_retainer", [](auto type) {
    return pinned{cl::billing_mode_v<typename decltype(type)::type>};
  });
  REQUIRE(r);
  CHECK(r->mode == cl::billing_mode::retainer);
  const auto none = small::dispatch(cl::profile{}, [](auto) { return pinned{cl::billing_mode::milestone}; });
  CHECK_FALSE(none);
}

TEST_CASE("registry: a large registry finds every name and profile", "[registry]") {
  static_assert(large::size == 40);
  for (std::size_t i = 0; i < large::size; ++i) {
    const std::string name = "type_" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    INFO(name);
    CHECK(large::find(name) == i);
    CHECK(large::find(name.c_str()) == i);
    CHECK(large::name_at(i) == name);
    CHECK(large::find(*large::dispatch(name, profile_found)) == i);
  }
  const auto r = large::dispatch("type_31", [](auto type) {
    using R = typename decltype(type)::type;
    return cl::party_kind_v<R>;
  });
  REQUIRE(r);
  CHECK(*r == cl::party_kind::nonprofit);  // (31 / 9) % 4 == 3
  CHECK(large::find(cl::profile_of<generated<17>>) == 17);
  CHECK(large::find("type_40") == large::size);
  CHECK(large::find("type_") == large::size);
  // The list of registered names stops after eight.
  CHECK(large::dispatch("type_40", profile_found).error().message ==
        "no relationship type is registered as 'type_40'; registered names: type_00, type_01, "
        "type_02, type_03, type_04, type_05, type_06, type_07, ...");
}

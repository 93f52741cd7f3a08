// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Dispatch from stored names and profiles to compile-time types.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>
#include <utility>

namespace cl = clientele;

namespace {

using law_firm_retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                           cl::billing::retainer<cl::period::monthly>,
                                           cl::agreement::service_contract>;
using walk_in_customer = cl::customer;

using small = cl::registry<cl::named<"law_firm_retainer", law_firm_retainer>,
                           cl::named<"walk_in_customer", walk_in_customer>,
                           cl::named<"consumer", cl::consumer>>;

const auto billing = [](auto type) {
  using R = typename decltype(type)::type;
  return cl::billing_mode_v<R>;
};

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

}  // namespace

TEST_CASE("dispatch by name calls the function with the registered type", "[registry]") {
  const auto r = small::dispatch("walk_in_customer", billing);
  REQUIRE(r);
  CHECK(*r == cl::billing_mode::per_transaction);
  CHECK(*small::dispatch("law_firm_retainer", billing) == cl::billing_mode::retainer);
  CHECK(small::find("consumer") == 2);
  CHECK(small::name_at(0) == "law_firm_retainer");
  CHECK(small::name_at(3).empty());
}

TEST_CASE("an unknown name is an error the caller sees", "[registry]") {
  const auto r = small::dispatch("wholesale", billing);
  REQUIRE_FALSE(r);
  CHECK(r.error().message ==
        "no relationship type is registered as 'wholesale'; registered names: "
        "law_firm_retainer, walk_in_customer, consumer");
  CHECK(small::find("") == small::size);
  CHECK(small::find("walk_in_customerX") == small::size);
}

TEST_CASE("dispatch by profile finds the first type with that profile", "[registry]") {
  CHECK(*small::dispatch(cl::profile_of<law_firm_retainer>, billing) == cl::billing_mode::retainer);
  // customer and consumer share a profile: the one registered first wins.
  CHECK(small::find(cl::profile_of<cl::consumer>) == 1);
  const auto parsed = cl::parse_profile("{duration=ongoing, offering=professional_service, "
                                        "billing=retainer, period=monthly, agreement=service_contract}");
  REQUIRE(parsed);
  CHECK(small::find(*parsed) == 0);
  const auto none = small::dispatch(cl::profile{}, billing);
  REQUIRE_FALSE(none);
  CHECK(none.error().message == "no registered relationship type has this profile");
}

TEST_CASE("a function returning nothing", "[registry]") {
  int calls = 0;
  const auto r = small::dispatch("consumer", [&](auto type) {
    using R = typename decltype(type)::type;
    calls += cl::ConsumerRelationship<R> ? 1 : 100;
  });
  CHECK(r);
  CHECK(calls == 1);
  CHECK_FALSE(small::dispatch("nobody", [&](auto) { ++calls; }));
  CHECK(calls == 1);
}

TEST_CASE("a large registry finds every name and profile", "[registry]") {
  static_assert(large::size == 40);
  for (std::size_t i = 0; i < large::size; ++i) {
    const std::string name = "type_" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    INFO(name);
    CHECK(large::find(name) == i);
    CHECK(large::name_at(i) == name);
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
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Walking relationship types with Boost.Hana.

#include <clientele/clientele.hpp>
#include <clientele/ext/hana.hpp>

#include <boost/hana/equal.hpp>
#include <boost/hana/fold_left.hpp>
#include <boost/hana/length.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

namespace cl = clientele;
namespace hana = boost::hana;

namespace {

using pairs = std::vector<std::pair<std::string, std::string>>;

template <cl::Relationship R>
pairs dimension_policies() {
  pairs out;
  hana::for_each(cl::dimension_policies_c<R>, [&](auto pair) {
    using D = typename decltype(+hana::first(pair))::type;
    using P = typename decltype(+hana::second(pair))::type;
    out.emplace_back(std::string{D::name}, std::string{cl::policy_name_v<P>});
  });
  return out;
}

template <cl::Relationship R>
pairs derived_properties() {
  pairs out;
  hana::for_each(cl::all_properties_c, [&](auto property) {
    using P = typename decltype(property)::type;
    if constexpr (cl::derivable_v<R, P>) {
      const auto value = cl::derived_v<R, P>;
      if constexpr (std::is_same_v<decltype(value), const bool>) {
        out.emplace_back(std::string{P::name}, value ? "yes" : "no");
      } else {
        out.emplace_back(std::string{P::name}, std::string{cl::name_of(value)});
      }
    }
  });
  return out;
}

}  // namespace

TEST_CASE("the policies of a relationship, walked with hana::for_each", "[reflection]") {
  SECTION("the client preset, in the order of its policies") {
    CHECK(dimension_policies<cl::client>() ==
          pairs{{"duration", "ongoing"},       {"offering", "professional_service"},
                {"personalization", "tailored"}, {"engagement", "collaborative"},
                {"advice", "advisory"},        {"billing", "retainer"},
                {"support", "dedicated_team"}, {"dependency", "high"},
                {"agreement", "service_contract"}, {"party", "business"},
                {"purpose", "end_use"},        {"knowledge", "deep"}});
  }
  SECTION("a partial relationship, in another order") {
    using R = cl::relationship<cl::support::self_service, cl::billing::milestone, cl::duration::repeat>;
    CHECK(dimension_policies<R>() ==
          pairs{{"support", "self_service"}, {"billing", "milestone"}, {"duration", "repeat"}});
  }
  SECTION("an empty relationship has nothing to walk") {
    CHECK(dimension_policies<cl::relationship<>>().empty());
  }
  SECTION("policies_c holds the policy types themselves") {
    int count = 0;
    hana::for_each(cl::policies_c<cl::customer>, [&](auto) { ++count; });
    CHECK(count == 12);
  }
}

TEST_CASE("the catalogue's dimensions, in order", "[reflection]") {
  std::vector<std::string> names;
  hana::for_each(cl::all_dimensions_c, [&](auto d) {
    names.emplace_back(decltype(d)::type::name);
  });
  CHECK(names == std::vector<std::string>{"duration", "offering", "personalization", "engagement",
                                          "advice", "billing", "support", "dependency", "agreement",
                                          "party", "purpose", "knowledge"});
}

TEST_CASE("type lists, the catalogue's among them, are Hana Foldables of types", "[reflection]") {
  static_assert(hana::Foldable<decltype(cl::all_dimensions_c)>::value);
  static_assert(hana::Foldable<decltype(cl::all_properties_c)>::value);
  static_assert(hana::Foldable<cl::tensions_t<cl::customer>>::value);
  // A dedicated team for a one-time customer and high dependency: a team
  // for a one-off purchase (which stands for the support value too) and a
  // value unusual for a customer.
  static_assert(hana::length(cl::tensions_t<cl::customer::with<cl::support::dedicated_team,
                                                               cl::dependency::high>>{}) ==
                hana::size_c<2>);
  static_assert(hana::length(cl::all_dimensions_c) == hana::size_c<cl::catalogue::size>);
  static_assert(hana::length(cl::all_properties_c) == hana::size_c<11>);
  // Folding visits the types in order: the indices of the dimensions are
  // 0, 1, ..., 11, so a fold that checks each against a running count holds.
  constexpr auto in_order = hana::fold_left(cl::all_dimensions_c, std::size_t{0}, [](auto i, auto d) {
    return i == cl::detail::index_in<typename decltype(d)::type, cl::catalogue> ? i + 1
                                                                                : std::size_t{99};
  });
  static_assert(in_order == cl::catalogue::size);
  std::string names;
  hana::unpack(cl::all_properties_c, [&](auto... p) { ((names += decltype(p)::type::name, names += ' '), ...); });
  CHECK(names == "kind consumer market repeat_business loyalty transaction_value acquisition_strategy "
                 "service_model revenue_profile value_proposition purchasing_cycle ");
}

TEST_CASE("derived properties, walked for any relationship", "[reflection]") {
  CHECK(derived_properties<cl::customer>() ==
        pairs{{"kind", "customer"},
              {"consumer", "yes"},
              {"market", "b2c"},
              {"repeat_business", "possible"},
              {"loyalty", "satisfied"},
              {"transaction_value", "standard"},
              {"acquisition_strategy", "competitive_offer"},
              {"service_model", "customer_support_group"},
              {"revenue_profile", "volume_immediate"},
              {"value_proposition", "quality_price_convenience"},
              {"purchasing_cycle", "short"}});
  // Only what the relationship's dimensions allow is derived.
  CHECK(derived_properties<cl::relationship<cl::party::government_agency, cl::support::self_service>>() ==
        pairs{{"market", "b2g"}, {"service_model", "customer_support_group"}});
}

TEST_CASE("a provider's relationships, walked with Boost.Hana", "[reflection]") {
  namespace ar = cl::archetypes;
  using book = cl::provider<cl::named<"retained", ar::law_firm>, ar::occasional_legal_matter,
                            cl::named<"adviser", ar::insurance_advice>>;
  static_assert(hana::length(cl::parts_c<book>) == hana::size_c<3>);
  static_assert(hana::length(cl::client_parts_c<book>) == hana::size_c<2>);
  std::vector<std::string> kinds;
  hana::for_each(cl::parts_c<book>, [&](auto t) {
    kinds.emplace_back(cl::name_of(cl::kind_v<typename decltype(t)::type>));
  });
  CHECK(kinds == std::vector<std::string>{"client", "customer", "client"});
}

TEST_CASE("tensions, walked by name", "[reflection]") {
  std::vector<std::string> names;
  using R = cl::client::with<cl::support::self_service, cl::dependency::low>;
  hana::for_each(cl::tensions_c<R>, [&](auto t) { names.emplace_back(decltype(t)::type::name); });
  CHECK(names == std::vector<std::string>{
                     "client relationship with a support value unusual for a client",
                     "client relationship with a dependency value unusual for a client"});
}

TEST_CASE("run-time derivations agree with the compile-time queries", "[derive]") {
  const cl::profile p = cl::profile_of<cl::client>;
  CHECK(cl::derive<cl::properties::kind>(p) == cl::relationship_kind::client);
  CHECK(cl::derive<cl::properties::loyalty>(p) == cl::loyalty_v<cl::client>);
  CHECK(cl::derive<cl::properties::market>(p) == cl::market_v<cl::client>);
  cl::profile partial{};
  get<cl::dimensions::party>(partial) = cl::party_kind::individual;
  CHECK(cl::derive<cl::properties::market>(partial) == cl::market::b2c);
  CHECK_FALSE(cl::derive<cl::properties::consumer>(partial).has_value());
  CHECK(cl::tensions_of(cl::profile_of<cl::client::with<cl::support::self_service>>) ==
        cl::tension_set_v<cl::client::with<cl::support::self_service>>);
  CHECK(cl::tension_set_v<cl::client::with<cl::support::self_service>> != 0);
}

TEST_CASE("a stored profile says why: its kind, a derived property, its tensions", "[explain]") {
  // A tax preparer engaged every year, read back from storage.
  const auto stored = cl::parse_profile(
      "{duration=repeat, offering=professional_service, personalization=tailored, "
      "advice=advisory, billing=per_transaction, support=dedicated_team, dependency=high}");
  REQUIRE(stored);
  const auto kind = cl::explain<cl::properties::kind>(*stored);
  REQUIRE(kind.has_value());
  CHECK(kind->value == cl::relationship_kind::client);
  CHECK(cl::to_string(*kind, *stored) ==
        "client: a professional's knowledge and advice bought in a relationship that continues "
        "(duration=repeat, offering=professional_service, personalization=tailored, "
        "advice=advisory, dependency=high)");
  const auto revenue = cl::explain<cl::properties::revenue_profile>(*stored);
  REQUIRE(revenue.has_value());
  CHECK(cl::to_string(*revenue, *stored).rfind("recurring_stable: a client who keeps coming back", 0) == 0);
  CHECK(cl::tension_names(cl::tensions_of(*stored)).empty());
  // A one-time customer looked after by a dedicated team, with advice relied on.
  const auto pampered = cl::profile_of<cl::customer::with<cl::support::dedicated_team, cl::dependency::high>>;
  CHECK(cl::tension_names(cl::tensions_of(pampered)) ==
        std::vector<std::string_view>{
            "customer relationship with a dependency value unusual for a customer",
            "dedicated support team for a one-time relationship"});
  CHECK(cl::explain<cl::properties::kind>(cl::profile{}) == std::nullopt);
}

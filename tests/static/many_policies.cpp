// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of relationships with more than 16 arguments (the checks of a
// relationship's arguments take them 16 at a time): every catalogue
// dimension, a kind rule and four dimensions of an application.

#include <clientele/clientele.hpp>

namespace cl = clientele;

namespace many {

enum class level : unsigned char { low, high };

}  // namespace many

template <>
struct clientele::enum_traits<many::level> {
  static constexpr std::string_view names[] = {"low", "high"};
};

namespace many {

template <int I>
struct dim final : cl::enum_dimension<level> {
  static constexpr std::string_view name = "many";
};
template <int I>
struct high final : cl::basic_policy<dim<I>, level::high> {};
template <int I>
struct low final : cl::basic_policy<dim<I>, level::low> {};

// The catalogue's 12 dimensions, in an order of their own.
template <class... More>
using full = cl::relationship<
    cl::support::dedicated_team, cl::personalization::tailored, cl::purpose::end_use,
    cl::offering::professional_service, cl::advice::advisory, cl::engagement::collaborative,
    cl::duration::ongoing, cl::party::individual, cl::knowledge::deep, cl::dependency::high,
    cl::agreement::service_contract, More..., cl::billing::retainer<cl::period::monthly>>;

}  // namespace many

// 17 and 18 arguments: valid, and every query answers.
using seventeen = many::full<cl::kind_rules::by_offering, many::high<1>, many::high<2>,
                             many::low<3>, many::high<4>>;
static_assert(cl::policies_t<seventeen>::size == 17);
static_assert(cl::detail::well_formed_v<cl::kind_rules::by_offering, many::high<1>, many::high<2>,
                                        many::low<3>, many::high<4>>);
static_assert(sizeof(seventeen) == 1);
static_assert(cl::billing_mode_v<seventeen> == cl::billing_mode::retainer);
static_assert(cl::billing_period_v<seventeen> == cl::period::monthly::value);
static_assert(cl::support_tier_v<seventeen> == cl::support_tier::dedicated_team);
static_assert(cl::is_client_v<seventeen> && !cl::is_consumer_v<seventeen>);
static_assert(std::is_same_v<cl::kind_rule_t<seventeen>, cl::kind_rules::by_offering>);
static_assert(cl::value_v<seventeen, many::dim<3>> == many::level::low);
static_assert(cl::value_v<seventeen, many::dim<4>> == many::level::high);
template <class D>
using of_seventeen = cl::policy_t<seventeen, D>;
static_assert(
    cl::profile_of<seventeen> ==
    cl::profile_of<cl::relationship<
        of_seventeen<cl::dimensions::duration>, of_seventeen<cl::dimensions::offering>,
        of_seventeen<cl::dimensions::personalization>, of_seventeen<cl::dimensions::engagement>,
        of_seventeen<cl::dimensions::advice>, of_seventeen<cl::dimensions::billing>,
        of_seventeen<cl::dimensions::support>, of_seventeen<cl::dimensions::dependency>,
        of_seventeen<cl::dimensions::agreement>, of_seventeen<cl::dimensions::party>,
        of_seventeen<cl::dimensions::purpose>, of_seventeen<cl::dimensions::knowledge>>>);

using eighteen = many::full<cl::kind_rules::catalogue, many::high<1>, many::high<2>, many::low<3>,
                            many::high<4>, many::low<5>>;
static_assert(cl::policies_t<eighteen>::size == 18);
static_assert(cl::is_client_v<eighteen>);
static_assert(cl::value_v<eighteen, many::dim<5>> == many::level::low);

// What the arguments past the 16th say counts: a dimension given twice, a
// type that is not a policy, a broken rule. Sixteen valid policies, and one more:
template <class Seventeenth>
inline constexpr bool well_formed_past_16 = cl::detail::well_formed_v<
    cl::support::dedicated_team, cl::personalization::tailored, cl::purpose::end_use,
    cl::offering::professional_service, cl::advice::advisory, cl::engagement::collaborative,
    cl::duration::ongoing, cl::party::individual, cl::knowledge::deep, cl::dependency::high,
    cl::agreement::service_contract, many::high<1>, many::high<2>, many::low<3>, many::high<4>,
    many::low<5>, Seventeenth>;
static_assert(well_formed_past_16<many::high<6>>);
static_assert(!well_formed_past_16<cl::support::self_service>);
static_assert(!well_formed_past_16<int>);
static_assert(!well_formed_past_16<many::low<2>>);
static_assert(cl::broken_rules_v<cl::support::dedicated_team, cl::personalization::tailored,
                                 cl::purpose::end_use, cl::offering::goods, cl::advice::advisory,
                                 cl::engagement::collaborative, cl::duration::ongoing,
                                 cl::party::individual, cl::knowledge::deep,
                                 cl::dependency::high, cl::agreement::service_contract,
                                 many::high<1>, many::high<2>, many::low<3>, many::high<4>,
                                 many::low<5>, cl::billing::retainer<cl::period::monthly>> ==
              (1u << static_cast<unsigned>(
                         cl::consistency_rule::retainer_requires_professional_service)));
static_assert(cl::detail::judge(cl::detail::marks_v<
                  cl::support::dedicated_team, cl::personalization::tailored,
                  cl::purpose::end_use, cl::offering::goods, cl::advice::advisory,
                  cl::engagement::collaborative, cl::duration::ongoing, cl::party::individual,
                  cl::knowledge::deep, cl::dependency::high, cl::agreement::service_contract,
                  many::high<1>, many::high<2>, many::low<3>, many::high<4>, many::low<5>,
                  cl::billing::retainer<cl::period::monthly>>) == cl::detail::verdict::invalid);

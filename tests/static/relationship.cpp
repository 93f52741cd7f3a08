// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of relationship<>: order independence, with<>, unspecified
// dimensions, profiles, and zero cost.

#include <clientele/clientele.hpp>

#include <type_traits>

namespace cl = clientele;

namespace {

// Every query a relationship answers, compared between two spellings.
template <class A, class B>
constexpr bool answer_alike() {
  return cl::equivalent_v<A, B> && cl::profile_of<A> == cl::profile_of<B> &&
         cl::billing_mode_v<A> == cl::billing_mode_v<B> &&
         cl::support_tier_v<A> == cl::support_tier_v<B> && cl::kind_v<A> == cl::kind_v<B> &&
         cl::is_consumer_v<A> == cl::is_consumer_v<B> && cl::market_v<A> == cl::market_v<B> &&
         cl::loyalty_v<A> == cl::loyalty_v<B> &&
         cl::revenue_profile_v<A> == cl::revenue_profile_v<B> &&
         cl::tension_set_v<A> == cl::tension_set_v<B> &&
         std::is_same_v<cl::billing_policy_t<A>, cl::billing_policy_t<B>> &&
         std::is_same_v<cl::kind_rule_t<A>, cl::kind_rule_t<B>>;
}

using a = cl::duration::ongoing;
using b = cl::offering::professional_service;
using c = cl::billing::recurring<cl::period::monthly>;
using d = cl::agreement::service_contract;
using e = cl::support::support_desk;
using f = cl::party::individual;
using g = cl::purpose::end_use;
using h = cl::engagement::collaborative;

}  // namespace

// --- order independence: several permutations answer every query alike ---
static_assert(answer_alike<cl::relationship<a, b, c, d, e, f, g, h>,
                           cl::relationship<h, g, f, e, d, c, b, a>>());
static_assert(answer_alike<cl::relationship<a, b, c, d, e, f, g, h>,
                           cl::relationship<c, a, e, g, b, d, f, h>>());
static_assert(answer_alike<cl::relationship<a, b, c, d, e, f, g, h>,
                           cl::relationship<d, h, b, f, a, e, c, g>>());
static_assert(answer_alike<cl::client, cl::relationship<cl::knowledge::deep, cl::purpose::end_use,
                                                        cl::party::business, cl::agreement::service_contract,
                                                        cl::dependency::high, cl::support::dedicated_team,
                                                        cl::billing::retainer<cl::period::monthly>,
                                                        cl::advice::advisory, cl::engagement::collaborative,
                                                        cl::personalization::tailored,
                                                        cl::offering::professional_service,
                                                        cl::duration::ongoing>>());
static_assert(!std::is_same_v<cl::relationship<a, b>, cl::relationship<b, a>>);
static_assert(cl::equivalent_v<cl::relationship<a, b>, cl::relationship<b, a>>);
static_assert(!cl::equivalent_v<cl::relationship<a, b>, cl::relationship<a>>);
static_assert(!cl::equivalent_v<cl::relationship<a, b>,
                                cl::relationship<a, b, cl::kind_rules::by_offering>>);

// --- with<> replaces and adds dimensions, and keeps the rest ---
using base = cl::relationship<a, b, cl::billing::milestone>;
using replaced = base::with<cl::billing::per_transaction, cl::support::dedicated_team>;
static_assert(cl::billing_mode_v<replaced> == cl::billing_mode::per_transaction);
static_assert(cl::support_tier_v<replaced> == cl::support_tier::dedicated_team);
static_assert(cl::duration_kind_v<replaced> == cl::duration_kind::ongoing);
static_assert(cl::offering_kind_v<replaced> == cl::offering_kind::professional_service);
static_assert(std::is_same_v<replaced, cl::relationship<a, b, cl::billing::per_transaction,
                                                        cl::support::dedicated_team>>);
static_assert(std::is_same_v<base::with<>, base>);
static_assert(std::is_same_v<cl::relationship<>::with<a>, cl::relationship<a>>);
static_assert(cl::equivalent_v<cl::customer::with<cl::party::business>::with<cl::party::individual>,
                               cl::customer>);
static_assert(cl::is_client_v<cl::customer::with<cl::duration::ongoing, cl::offering::professional_service,
                                                cl::advice::advisory, cl::dependency::high,
                                                cl::knowledge::deep>>);

// --- unspecified dimensions ---
using partial = cl::relationship<a>;
static_assert(cl::specifies_v<partial, cl::dimensions::duration>);
static_assert(!cl::specifies_v<partial, cl::dimensions::billing>);
static_assert(std::is_same_v<cl::policy_or_unspecified_t<partial, cl::dimensions::billing>,
                             cl::unspecified<cl::dimensions::billing>>);
static_assert(std::is_same_v<cl::policy_or_unspecified_t<partial, cl::dimensions::duration>, a>);
static_assert(!get<cl::dimensions::billing>(cl::profile_of<partial>).has_value());
static_assert(get<cl::dimensions::duration>(cl::profile_of<partial>) == cl::duration_kind::ongoing);
static_assert(cl::profile_of<cl::relationship<>> == cl::profile{});
static_assert(!cl::Policy<cl::unspecified<cl::dimensions::billing>>);

// --- profiles: every dimension and the period ---
static_assert(get<cl::terms::period>(cl::profile_of<cl::client>) == cl::billing_period::monthly);
static_assert(!get<cl::terms::period>(cl::profile_of<cl::customer>).has_value());
static_assert(get<cl::dimensions::billing>(cl::profile_of<cl::relationship<c>>) == cl::billing_mode::recurring);
static_assert(get<cl::terms::period>(cl::profile_of<cl::relationship<c>>) == cl::billing_period::monthly);
static_assert(cl::profile_of<cl::client> != cl::profile_of<cl::customer>);
static_assert(std::is_trivially_copyable_v<cl::profile>);
static_assert(std::is_same_v<cl::policies_t<cl::relationship<a, c>>, cl::type_list<a, c>>);

// --- zero cost: an empty type that carriers can hold for nothing ---
static_assert(std::is_empty_v<cl::client> && std::is_empty_v<cl::customer>);
static_assert(std::is_empty_v<cl::relationship<>>);
namespace {
struct account {
  [[no_unique_address]] cl::client relationship;
  int id;
};
}  // namespace
static_assert(sizeof(account) == sizeof(int));
static_assert(std::is_trivially_default_constructible_v<cl::client>);

// with<> keeps a kind rule that it does not replace.
namespace with_kind_rule {
using by_offering_goods =
    cl::relationship<cl::duration::one_time, cl::offering::goods, cl::kind_rules::by_offering>;
using with_party = by_offering_goods::with<cl::party::business>;
static_assert(cl::specifies_v<with_party, cl::dimensions::party>);
static_assert(std::is_same_v<cl::kind_rule_t<with_party>, cl::kind_rules::by_offering>);
static_assert(cl::equivalent_v<with_party,
                               cl::relationship<cl::party::business, cl::kind_rules::by_offering,
                                                cl::offering::goods, cl::duration::one_time>>);
}  // namespace with_kind_rule

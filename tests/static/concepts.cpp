// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the concepts, and "must not compile" checks done the
// mp-units way: a concept over a template template parameter wraps the
// attempt, so that a refused instantiation is a false constraint here rather
// than a hard error.

#include <clientele/clientele.hpp>

#include <chrono>
#include <type_traits>

namespace cl = clientele;

// A period whose value is declared but never defined: not a constant. (Out
// of the unnamed namespace, where a variable that is never defined draws a
// warning.)
namespace concepts_test {
struct changing_period {
  static const cl::billing_period value;
};
}  // namespace concepts_test

namespace {

using concepts_test::changing_period;

template <template <class> class Q, class T>
concept forms = requires { typename Q<T>; };

template <template <class, class> class Q, class T, class U>
concept forms2 = requires { typename Q<T, U>; };

template <class T>
concept has_billing_mode = requires { cl::billing_mode_v<T>; };

template <class T>
concept has_kind = requires { cl::kind_v<T>; };

template <class R, class D>
concept has_value = requires { cl::value_v<R, D>; };

template <class R, class D>
concept has_specifies = requires { cl::specifies_v<R, D>; };

struct not_a_policy {};
struct wrong_value {
  using dimension = cl::dimensions::billing;
  static constexpr cl::support_tier value = cl::support_tier::support_desk;
};
// A billing period needs a valid constant `billing_period value`: these are
// not periods (a count of zero or beyond 4095, a value of another type, a
// value that is not a constant).
struct no_days {
  static constexpr cl::billing_period value{0, cl::period_unit::day};
};
struct too_many_days {
  static constexpr cl::billing_period value{4096, cl::period_unit::day};
};
struct numbered_period {
  static constexpr int value = 2;
};
// A period of the application's own needs nothing more than its value.
struct fortnightly {
  static constexpr cl::billing_period value{2, cl::period_unit::week};
};

// Overloads constrained on the answers pick the right one.
template <cl::ClientRelationship R>
constexpr int route() {
  return 1;
}
template <cl::CustomerRelationship R>
constexpr int route() {
  return 2;
}
template <class R>
constexpr int support_route() {
  if constexpr (cl::DedicatedSupport<R>) {
    return 1;
  } else if constexpr (cl::SupportedBy<R, cl::support_tier::support_desk>) {
    return 2;
  } else {
    return 3;
  }
}

}  // namespace

// --- what the queries refuse, without a hard error ---
static_assert(forms<cl::billing_policy_t, cl::client>);
static_assert(!forms<cl::billing_policy_t, int>);
static_assert(!forms<cl::billing_policy_t, cl::billing::milestone>);
static_assert(forms<cl::policies_t, cl::customer>);
static_assert(!forms<cl::policies_t, cl::profile>);
static_assert(forms<cl::kind_rule_t, cl::client>);
static_assert(!forms<cl::kind_rule_t, cl::kind_rules::catalogue>);
static_assert(forms<cl::dimension_of_t, cl::support::support_desk>);
static_assert(!forms<cl::dimension_of_t, not_a_policy>);
static_assert(!forms<cl::dimension_of_t, wrong_value>);
static_assert(!forms<cl::dimension_of_t, cl::period::monthly>);
static_assert(forms2<cl::policy_or_unspecified_t, cl::client, cl::dimensions::billing>);
static_assert(!forms2<cl::policy_or_unspecified_t, cl::client, int>);
static_assert(!forms2<cl::policy_t, int, cl::dimensions::billing>);
static_assert(has_billing_mode<cl::client> && !has_billing_mode<int>);
static_assert(has_kind<cl::customer> && !has_kind<cl::support::dedicated_team>);
// The period and the kind rule's slot are not dimensions: the dimension
// queries refuse them (the period is read with billing_period_v).
static_assert(forms2<cl::policy_t, cl::client, cl::dimensions::billing> &&
              has_value<cl::client, cl::dimensions::billing> &&
              has_specifies<cl::client, cl::dimensions::billing>);
static_assert(!forms2<cl::policy_t, cl::client, cl::terms::period> &&
              !has_value<cl::client, cl::terms::period> &&
              !has_specifies<cl::client, cl::terms::period>);
static_assert(!forms2<cl::policy_t, cl::client, cl::dimensions::kind_rule> &&
              !has_value<cl::client, cl::dimensions::kind_rule> &&
              !has_specifies<cl::client, cl::dimensions::kind_rule>);
static_assert(!cl::Dimension<cl::terms::period> && !cl::Dimension<cl::dimensions::kind_rule>);

// --- Relationship, Policy, PolicyOf ---
static_assert(cl::Relationship<cl::client> && cl::Relationship<cl::relationship<>>);
static_assert(!cl::Relationship<int> && !cl::Relationship<cl::support::dedicated_team>);
// A class not yet defined is not a relationship either (the concept asks
// for a base, which an incomplete class cannot be asked for).
struct declared_only;
static_assert(!cl::Relationship<declared_only>);
// Nothing derives from a relationship type, which is final: the concept's
// test for the relationships' common base is exact.
static_assert(std::is_final_v<cl::relationship<cl::duration::ongoing>>);
static_assert(cl::Policy<cl::billing::milestone> && cl::Policy<cl::kind_rules::by_offering>);
static_assert(!cl::Policy<int> && !cl::Policy<not_a_policy> && !cl::Policy<wrong_value>);
static_assert(!cl::Policy<cl::period::monthly>);  // a period belongs to a billing policy
static_assert(cl::PolicyOf<cl::support::support_desk, cl::dimensions::support>);
static_assert(!cl::PolicyOf<cl::support::support_desk, cl::dimensions::billing>);
static_assert(cl::SupportPolicy<cl::support::self_service> && !cl::SupportPolicy<cl::billing::milestone>);
static_assert(cl::BillingPeriod<cl::period::annually> && !cl::BillingPeriod<cl::support::support_desk> &&
              !cl::BillingPeriod<int>);
static_assert(cl::BillingPeriod<fortnightly> && !cl::Policy<fortnightly>);
static_assert(!cl::BillingPeriod<no_days> && !cl::BillingPeriod<too_many_days> &&
              !cl::BillingPeriod<numbered_period> && !cl::BillingPeriod<changing_period>);
static_assert(!cl::BillingPeriod<cl::billing_period>);  // a value, not a period type
static_assert(cl::KindRule<cl::kind_rules::catalogue> && !cl::KindRule<cl::duration::ongoing>);
static_assert(cl::DerivedProperty<cl::properties::loyalty> && !cl::DerivedProperty<int>);
static_assert(cl::Dimension<cl::dimensions::party> && !cl::Dimension<int>);
static_assert(cl::CatalogueEnum<cl::support_tier> && !cl::CatalogueEnum<int>);

// --- kinds ---
static_assert(cl::ClientRelationship<cl::client> && !cl::ClientRelationship<cl::customer>);
static_assert(cl::CustomerRelationship<cl::customer> && !cl::CustomerRelationship<cl::client>);
static_assert(cl::ConsumerRelationship<cl::consumer> && !cl::ConsumerRelationship<cl::client>);
static_assert(cl::Classified<cl::client>);
static_assert(!cl::Classified<cl::relationship<cl::duration::ongoing>>);
static_assert(!cl::ClientRelationship<cl::relationship<cl::duration::ongoing>>);
static_assert(!cl::ClientRelationship<int>);
static_assert(route<cl::client>() == 1 && route<cl::customer>() == 2);

// --- billing and support ---
static_assert(cl::PeriodicBilling<cl::client> && !cl::PeriodicBilling<cl::customer>);
static_assert(cl::RetainerBilling<cl::client> && !cl::RecurringBilling<cl::client>);
static_assert(cl::RecurringBilling<cl::client::with<cl::billing::recurring<cl::period::weekly>>>);
static_assert(cl::BilledBy<cl::customer, cl::billing_mode::per_transaction>);
static_assert(!cl::PeriodicBilling<cl::relationship<>>);  // unspecified billing is not periodic
static_assert(cl::Specifies<cl::client, cl::dimensions::billing>);
static_assert(!cl::Specifies<cl::relationship<>, cl::dimensions::billing>);
static_assert(cl::DedicatedSupport<cl::client> && !cl::DedicatedSupport<cl::customer>);
static_assert(support_route<cl::client>() == 1 && support_route<cl::customer>() == 2 &&
              support_route<cl::relationship<>>() == 3);

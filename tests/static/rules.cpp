// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the consistency rules and of the tensions.

#include <clientele/clientele.hpp>

namespace cl = clientele;

namespace {
constexpr cl::profile make(cl::maybe<cl::duration_kind> d, cl::maybe<cl::offering_kind> o,
                           cl::maybe<cl::billing_mode> b, cl::maybe<cl::agreement_kind> a) {
  cl::profile p{};
  get<cl::dimensions::duration>(p) = d;
  get<cl::dimensions::offering>(p) = o;
  get<cl::dimensions::billing>(p) = b;
  get<cl::dimensions::agreement>(p) = a;
  return p;
}
constexpr auto none = std::nullopt;
using cr = cl::consistency_rule;
using dk = cl::duration_kind;
using ok = cl::offering_kind;
using bm = cl::billing_mode;
using ak = cl::agreement_kind;
}  // namespace

// --- periodic billing requires an ongoing duration ---
static_assert(cl::breaks(make(dk::one_time, none, bm::recurring, none), cr::periodic_billing_requires_ongoing_duration));
static_assert(cl::breaks(make(dk::repeat, none, bm::retainer, none), cr::periodic_billing_requires_ongoing_duration));
static_assert(!cl::breaks(make(dk::ongoing, none, bm::recurring, none), cr::periodic_billing_requires_ongoing_duration));
static_assert(!cl::breaks(make(dk::one_time, none, bm::milestone, none), cr::periodic_billing_requires_ongoing_duration));
static_assert(!cl::breaks(make(none, none, bm::recurring, none), cr::periodic_billing_requires_ongoing_duration));

// --- a retainer requires a professional service ---
static_assert(cl::breaks(make(none, ok::goods, bm::retainer, none), cr::retainer_requires_professional_service));
static_assert(cl::breaks(make(none, ok::standard_service, bm::retainer, none), cr::retainer_requires_professional_service));
static_assert(!cl::breaks(make(none, ok::professional_service, bm::retainer, none), cr::retainer_requires_professional_service));
static_assert(!cl::breaks(make(none, ok::goods, bm::recurring, none), cr::retainer_requires_professional_service));
static_assert(!cl::breaks(make(none, none, bm::retainer, none), cr::retainer_requires_professional_service));

// --- periodic billing requires an agreement ---
static_assert(cl::breaks(make(none, none, bm::recurring, ak::none), cr::periodic_billing_requires_agreement));
static_assert(cl::breaks(make(none, none, bm::retainer, ak::none), cr::periodic_billing_requires_agreement));
static_assert(!cl::breaks(make(none, none, bm::recurring, ak::terms_of_sale), cr::periodic_billing_requires_agreement));
static_assert(!cl::breaks(make(none, none, bm::per_transaction, ak::none), cr::periodic_billing_requires_agreement));
static_assert(!cl::breaks(make(none, none, bm::recurring, none), cr::periodic_billing_requires_agreement));

// --- a service contract requires an ongoing duration ---
static_assert(cl::breaks(make(dk::one_time, none, none, ak::service_contract), cr::service_contract_requires_ongoing_duration));
static_assert(cl::breaks(make(dk::repeat, none, none, ak::service_contract), cr::service_contract_requires_ongoing_duration));
static_assert(!cl::breaks(make(dk::ongoing, none, none, ak::service_contract), cr::service_contract_requires_ongoing_duration));
static_assert(!cl::breaks(make(none, none, none, ak::service_contract), cr::service_contract_requires_ongoing_duration));

// --- several at once, and none ---
static_assert(cl::broken_rules(make(dk::one_time, ok::goods, bm::retainer, ak::none)) == 0b100111);  // and no period
static_assert(cl::broken_rules(make(dk::one_time, ok::goods, bm::per_transaction, ak::service_contract)) == 0b1000);
static_assert(cl::is_consistent(cl::profile_of<cl::client>) && cl::is_consistent(cl::profile_of<cl::customer>));
static_assert(cl::is_consistent(cl::profile{}));

// --- the messages name the dimensions involved ---
static_assert(cl::message_of(cr::periodic_billing_requires_ongoing_duration).find("(dimensions: billing, duration)") != std::string_view::npos);
static_assert(cl::message_of(cr::retainer_requires_professional_service).find("(dimensions: billing, offering)") != std::string_view::npos);
static_assert(cl::message_of(cr::periodic_billing_requires_agreement).find("(dimensions: billing, agreement)") != std::string_view::npos);
static_assert(cl::message_of(cr::service_contract_requires_ongoing_duration).find("(dimensions: agreement, duration)") != std::string_view::npos);
static_assert(cl::dimensions_of(cr::retainer_requires_professional_service) ==
              cl::dimension_mask_v<cl::dimensions::billing, cl::dimensions::offering>);
static_assert(cl::name_of(cr::periodic_billing_requires_agreement) == "periodic_billing_requires_agreement");

// --- tensions: a client with values unusual for a client ---
namespace ten = cl::tensions;
using self_served_client = cl::client::with<cl::support::self_service>;
static_assert(std::is_same_v<cl::tensions_t<self_served_client>,
                             cl::type_list<ten::client_with_customer_value<cl::dimensions::support>>>);
// A front desk, billing per visit, no contract, little knowledge: ordinary
// for a client (a dentist's patient), so no tension.
static_assert(cl::tensions_t<cl::client::with<cl::support::support_desk, cl::billing::per_transaction,
                                              cl::agreement::none, cl::knowledge::minimal>>::size == 0);
using loose_client = cl::client::with<cl::personalization::standardized, cl::dependency::low,
                                      cl::knowledge::minimal>;
static_assert(cl::is_client_v<loose_client>);
static_assert(std::is_same_v<cl::tensions_t<loose_client>,
                             cl::type_list<ten::client_with_customer_value<cl::dimensions::personalization>,
                                           ten::client_with_customer_value<cl::dimensions::dependency>>>);
static_assert(cl::has_tension_v<loose_client, ten::client_with_customer_value<cl::dimensions::dependency>>);
static_assert(!cl::has_tension_v<loose_client, ten::client_with_customer_value<cl::dimensions::support>>);

// --- a customer with values unusual for a customer ---
using pampered = cl::customer::with<cl::support::dedicated_team, cl::advice::advisory,
                                    cl::dependency::high>;
static_assert(cl::is_customer_v<pampered>);
static_assert(cl::has_tension_v<pampered, ten::customer_with_client_value<cl::dimensions::dependency>>);
static_assert(cl::has_tension_v<pampered, ten::dedicated_team_for_one_time>);
static_assert(cl::has_tension_v<pampered, ten::advice_without_professional_service>);
// One fact, one tension: the pair tensions stand for their dimensions.
static_assert(!cl::has_tension_v<pampered, ten::customer_with_client_value<cl::dimensions::support>>);
static_assert(!cl::has_tension_v<pampered, ten::customer_with_client_value<cl::dimensions::advice>>);
static_assert(cl::tensions_t<pampered>::size == 3);
using desked = cl::customer::with<cl::duration::repeat, cl::support::dedicated_team>;
static_assert(std::is_same_v<cl::tensions_t<desked>,
                             cl::type_list<ten::customer_with_client_value<cl::dimensions::support>>>);

// --- the other tensions ---
static_assert(cl::has_tension_v<cl::relationship<cl::personalization::tailored, cl::engagement::transactional>,
                                ten::tailored_but_transactional>);
static_assert(!cl::has_tension_v<cl::relationship<cl::personalization::tailored, cl::engagement::responsive>,
                                 ten::tailored_but_transactional>);
static_assert(cl::has_tension_v<cl::relationship<cl::billing::milestone, cl::offering::goods>,
                                ten::milestone_without_professional_service>);
static_assert(!cl::has_tension_v<cl::relationship<cl::billing::milestone>,
                                 ten::milestone_without_professional_service>);
static_assert(!cl::has_tension_v<cl::relationship<cl::advice::advisory, cl::offering::professional_service>,
                                 ten::advice_without_professional_service>);
// Neutral values (recurring billing, responsive engagement, party, purpose) lean nowhere.
static_assert(cl::tensions_t<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                              cl::engagement::responsive, cl::party::business,
                                              cl::purpose::on_behalf>>::size == 0);
// A subscription, a membership under contract, a utility: staying, paying
// every period and signing a contract are ordinary for customers.
using subscription = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                                      cl::billing::recurring<cl::period::monthly>,
                                      cl::agreement::terms_of_sale>;
static_assert(cl::tensions_t<subscription>::size == 0);
static_assert(cl::tensions_t<cl::customer::with<cl::duration::fixed_term, cl::offering::standard_service,
                                                cl::billing::recurring<cl::period::monthly>,
                                                cl::agreement::service_contract,
                                                cl::personalization::recommendations>>::size == 0);
// With no kind known, only the tensions that do not depend on it are reported.
static_assert(cl::tensions_t<cl::relationship<cl::support::dedicated_team>>::size == 0);

// --- names and sets ---
static_assert(ten::client_with_customer_value<cl::dimensions::knowledge>::name ==
              "client relationship with a knowledge value unusual for a client");
static_assert(ten::customer_with_client_value<cl::dimensions::support>::name ==
              "customer relationship with a support value unusual for a customer");
static_assert(ten::tailored_but_transactional::kind == cl::tension_kind::tailored_but_transactional);
static_assert(cl::tension_set_v<self_served_client> == (cl::tension_set{1} << cl::detail::index_in<cl::dimensions::support, cl::catalogue>));
static_assert(cl::tensions_of(cl::profile_of<pampered>) == cl::tension_set_v<pampered>);

// --- the structural rules, which only a run-time profile can break ---
namespace {
constexpr cl::profile with_period(cl::maybe<cl::billing_mode> b, cl::maybe<cl::billing_period> period) {
  cl::profile p{};
  get<cl::dimensions::duration>(p) = dk::ongoing;
  get<cl::dimensions::offering>(p) = ok::professional_service;
  get<cl::dimensions::agreement>(p) = ak::service_contract;
  get<cl::dimensions::billing>(p) = b;
  get<cl::terms::period>(p) = period;
  return p;
}
}  // namespace
static_assert(cl::is_consistent(with_period(bm::retainer, cl::billing_period::monthly)));
static_assert(cl::broken_rules(with_period(bm::retainer, none)) ==
              1u << static_cast<unsigned>(cr::periodic_billing_requires_period));
static_assert(cl::broken_rules(with_period(bm::milestone, cl::billing_period::weekly)) ==
              1u << static_cast<unsigned>(cr::period_requires_periodic_billing));
static_assert(cl::broken_rules(with_period(none, cl::billing_period::weekly)) ==
              1u << static_cast<unsigned>(cr::period_requires_periodic_billing));
static_assert(cl::breaks(with_period(static_cast<bm>(9), none), cr::values_in_range));
static_assert([] {
  cl::profile p{};
  get<cl::dimensions::knowledge>(p) = static_cast<cl::knowledge_level>(200);
  return cl::breaks(p, cr::values_in_range) && !cl::breaks(cl::profile{}, cr::values_in_range);
}());
static_assert(cl::enum_count_v<cr> == 14);

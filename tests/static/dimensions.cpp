// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of every dimension: each library-provided policy obeys the
// laws of its dimension (a law test applied to every policy), and every value
// has the catalogue's name and leaning.

#include <clientele/clientele.hpp>

#include <chrono>
#include <iterator>
#include <ratio>
#include <type_traits>

namespace cl = clientele;

namespace {

// The laws every library-provided policy P of dimension D obeys.
template <class P, class D>
constexpr bool obeys_policy_laws() {
  using R = cl::relationship<P>;
  return cl::Policy<P> && cl::PolicyOf<P, D> && std::is_same_v<cl::dimension_of_t<P>, D> &&
         std::is_empty_v<P> && std::is_same_v<std::remove_cv_t<decltype(P::value)>, typename D::value_type> &&
         cl::specifies_v<R, D> && std::is_same_v<cl::policy_t<R, D>, P> &&
         cl::value_v<R, D> == P::value && cl::policy_name_v<P> == cl::name_of(P::value) &&
         !cl::name_of(P::value).empty() && cl::is_consistent(cl::profile_of<R>) &&
         std::is_same_v<typename R::template with<P>, R>;
}

template <class D, class... Ps>
constexpr bool all_obey() {
  return (obeys_policy_laws<Ps, D>() && ...);
}

// The laws every library-provided billing period obeys. Its duration is a
// std::chrono::duration of the same length as `Duration` (the same ratio;
// the representation is the library's own).
template <class P, cl::billing_period V, class Duration>
constexpr bool obeys_period_laws() {
  using recurring = cl::relationship<cl::billing::recurring<P>>;
  using retainer = cl::relationship<cl::billing::retainer<P>>;
  return cl::BillingPeriod<P> && !cl::Policy<P> && P::value == V && cl::is_valid(P::value) &&
         std::is_same_v<typename P::duration::period, typename Duration::period> &&
         typename P::duration{1} == Duration{1} &&
         std::is_same_v<typename P::duration, cl::period_duration_t<V>> &&
         cl::billing_period_v<recurring> == V && cl::billing_period_v<retainer> == V &&
         std::is_same_v<cl::billing_period_t<recurring>, P> &&
         std::is_same_v<cl::billing_interval_t<recurring>, typename P::duration> &&
         std::is_same_v<cl::billing_interval_t<retainer>, typename P::duration> &&
         cl::get<cl::terms::period>(cl::profile_of<recurring>) == V;
}

}  // namespace

// --- duration ---
static_assert(all_obey<cl::dimensions::duration, cl::duration::one_time, cl::duration::repeat, cl::duration::ongoing>());
static_assert(cl::dimensions::duration::name == "duration" && cl::detail::index_in<cl::dimensions::duration, cl::catalogue> == 0);
static_assert(cl::enum_count_v<cl::duration_kind> == 4);
static_assert(cl::leaning_of(cl::duration_kind::fixed_term) == cl::leaning::either);
static_assert(cl::duration::one_time::value == cl::duration_kind::one_time && cl::name_of(cl::duration_kind::one_time) == "one_time" && cl::leaning_of(cl::duration_kind::one_time) == cl::leaning::customer);
static_assert(cl::DurationPolicy<cl::duration::one_time>);
static_assert(cl::duration::repeat::value == cl::duration_kind::repeat && cl::name_of(cl::duration_kind::repeat) == "repeat" && cl::leaning_of(cl::duration_kind::repeat) == cl::leaning::customer);
static_assert(cl::DurationPolicy<cl::duration::repeat>);
static_assert(cl::duration::ongoing::value == cl::duration_kind::ongoing && cl::name_of(cl::duration_kind::ongoing) == "ongoing" && cl::leaning_of(cl::duration_kind::ongoing) == cl::leaning::client);
static_assert(cl::DurationPolicy<cl::duration::ongoing>);

// --- offering ---
static_assert(all_obey<cl::dimensions::offering, cl::offering::goods, cl::offering::standard_service, cl::offering::professional_service>());
static_assert(cl::dimensions::offering::name == "offering" && cl::detail::index_in<cl::dimensions::offering, cl::catalogue> == 1);
static_assert(cl::enum_count_v<cl::offering_kind> == 3);
static_assert(cl::offering::goods::value == cl::offering_kind::goods && cl::name_of(cl::offering_kind::goods) == "goods" && cl::leaning_of(cl::offering_kind::goods) == cl::leaning::customer);
static_assert(cl::OfferingPolicy<cl::offering::goods>);
static_assert(cl::offering::standard_service::value == cl::offering_kind::standard_service && cl::name_of(cl::offering_kind::standard_service) == "standard_service" && cl::leaning_of(cl::offering_kind::standard_service) == cl::leaning::customer);
static_assert(cl::OfferingPolicy<cl::offering::standard_service>);
static_assert(cl::offering::professional_service::value == cl::offering_kind::professional_service && cl::name_of(cl::offering_kind::professional_service) == "professional_service" && cl::leaning_of(cl::offering_kind::professional_service) == cl::leaning::client);
static_assert(cl::OfferingPolicy<cl::offering::professional_service>);

// --- personalization ---
static_assert(all_obey<cl::dimensions::personalization, cl::personalization::standardized, cl::personalization::recommendations, cl::personalization::tailored>());
static_assert(cl::dimensions::personalization::name == "personalization" && cl::detail::index_in<cl::dimensions::personalization, cl::catalogue> == 2);
static_assert(cl::enum_count_v<cl::personalization_level> == 3);
static_assert(cl::personalization::standardized::value == cl::personalization_level::standardized && cl::name_of(cl::personalization_level::standardized) == "standardized" && cl::leaning_of(cl::personalization_level::standardized) == cl::leaning::customer);
static_assert(cl::PersonalizationPolicy<cl::personalization::standardized>);
static_assert(cl::personalization::recommendations::value == cl::personalization_level::recommendations && cl::name_of(cl::personalization_level::recommendations) == "recommendations" && cl::leaning_of(cl::personalization_level::recommendations) == cl::leaning::customer);
static_assert(cl::PersonalizationPolicy<cl::personalization::recommendations>);
static_assert(cl::personalization::tailored::value == cl::personalization_level::tailored && cl::name_of(cl::personalization_level::tailored) == "tailored" && cl::leaning_of(cl::personalization_level::tailored) == cl::leaning::client);
static_assert(cl::PersonalizationPolicy<cl::personalization::tailored>);

// --- engagement ---
static_assert(all_obey<cl::dimensions::engagement, cl::engagement::transactional, cl::engagement::responsive, cl::engagement::collaborative>());
static_assert(cl::dimensions::engagement::name == "engagement" && cl::detail::index_in<cl::dimensions::engagement, cl::catalogue> == 3);
static_assert(cl::enum_count_v<cl::engagement_level> == 3);
static_assert(cl::engagement::transactional::value == cl::engagement_level::transactional && cl::name_of(cl::engagement_level::transactional) == "transactional" && cl::leaning_of(cl::engagement_level::transactional) == cl::leaning::customer);
static_assert(cl::EngagementPolicy<cl::engagement::transactional>);
static_assert(cl::engagement::responsive::value == cl::engagement_level::responsive && cl::name_of(cl::engagement_level::responsive) == "responsive" && cl::leaning_of(cl::engagement_level::responsive) == cl::leaning::either);
static_assert(cl::EngagementPolicy<cl::engagement::responsive>);
static_assert(cl::engagement::collaborative::value == cl::engagement_level::collaborative && cl::name_of(cl::engagement_level::collaborative) == "collaborative" && cl::leaning_of(cl::engagement_level::collaborative) == cl::leaning::client);
static_assert(cl::EngagementPolicy<cl::engagement::collaborative>);

// --- advice ---
static_assert(all_obey<cl::dimensions::advice, cl::advice::none, cl::advice::advisory>());
static_assert(cl::dimensions::advice::name == "advice" && cl::detail::index_in<cl::dimensions::advice, cl::catalogue> == 4);
static_assert(cl::enum_count_v<cl::advice_kind> == 2);
static_assert(cl::advice::none::value == cl::advice_kind::none && cl::name_of(cl::advice_kind::none) == "none" && cl::leaning_of(cl::advice_kind::none) == cl::leaning::customer);
static_assert(cl::AdvicePolicy<cl::advice::none>);
static_assert(cl::advice::advisory::value == cl::advice_kind::advisory && cl::name_of(cl::advice_kind::advisory) == "advisory" && cl::leaning_of(cl::advice_kind::advisory) == cl::leaning::client);
static_assert(cl::AdvicePolicy<cl::advice::advisory>);

// --- support ---
static_assert(all_obey<cl::dimensions::support, cl::support::self_service, cl::support::support_desk, cl::support::dedicated_team>());
static_assert(cl::dimensions::support::name == "support" && cl::detail::index_in<cl::dimensions::support, cl::catalogue> == 6);
static_assert(cl::enum_count_v<cl::support_tier> == 3);
static_assert(cl::support::self_service::value == cl::support_tier::self_service && cl::name_of(cl::support_tier::self_service) == "self_service" && cl::leaning_of(cl::support_tier::self_service) == cl::leaning::customer);
static_assert(cl::SupportPolicy<cl::support::self_service>);
static_assert(cl::support::support_desk::value == cl::support_tier::support_desk && cl::name_of(cl::support_tier::support_desk) == "support_desk" && cl::leaning_of(cl::support_tier::support_desk) == cl::leaning::customer);
static_assert(cl::SupportPolicy<cl::support::support_desk>);
static_assert(cl::support::dedicated_team::value == cl::support_tier::dedicated_team && cl::name_of(cl::support_tier::dedicated_team) == "dedicated_team" && cl::leaning_of(cl::support_tier::dedicated_team) == cl::leaning::client);
static_assert(cl::SupportPolicy<cl::support::dedicated_team>);

// --- dependency ---
static_assert(all_obey<cl::dimensions::dependency, cl::dependency::low, cl::dependency::high>());
static_assert(cl::dimensions::dependency::name == "dependency" && cl::detail::index_in<cl::dimensions::dependency, cl::catalogue> == 7);
static_assert(cl::enum_count_v<cl::dependency_level> == 2);
static_assert(cl::dependency::low::value == cl::dependency_level::low && cl::name_of(cl::dependency_level::low) == "low" && cl::leaning_of(cl::dependency_level::low) == cl::leaning::customer);
static_assert(cl::DependencyPolicy<cl::dependency::low>);
static_assert(cl::dependency::high::value == cl::dependency_level::high && cl::name_of(cl::dependency_level::high) == "high" && cl::leaning_of(cl::dependency_level::high) == cl::leaning::client);
static_assert(cl::DependencyPolicy<cl::dependency::high>);

// --- agreement ---
static_assert(all_obey<cl::dimensions::agreement, cl::agreement::none, cl::agreement::terms_of_sale, cl::agreement::service_contract>());
static_assert(cl::dimensions::agreement::name == "agreement" && cl::detail::index_in<cl::dimensions::agreement, cl::catalogue> == 8);
static_assert(cl::enum_count_v<cl::agreement_kind> == 3);
static_assert(cl::agreement::none::value == cl::agreement_kind::none && cl::name_of(cl::agreement_kind::none) == "none" && cl::leaning_of(cl::agreement_kind::none) == cl::leaning::customer);
static_assert(cl::AgreementPolicy<cl::agreement::none>);
static_assert(cl::agreement::terms_of_sale::value == cl::agreement_kind::terms_of_sale && cl::name_of(cl::agreement_kind::terms_of_sale) == "terms_of_sale" && cl::leaning_of(cl::agreement_kind::terms_of_sale) == cl::leaning::customer);
static_assert(cl::AgreementPolicy<cl::agreement::terms_of_sale>);
static_assert(cl::agreement::service_contract::value == cl::agreement_kind::service_contract && cl::name_of(cl::agreement_kind::service_contract) == "service_contract" && cl::leaning_of(cl::agreement_kind::service_contract) == cl::leaning::client);
static_assert(cl::AgreementPolicy<cl::agreement::service_contract>);

// --- party ---
static_assert(all_obey<cl::dimensions::party, cl::party::individual, cl::party::business, cl::party::government_agency, cl::party::nonprofit>());
static_assert(cl::dimensions::party::name == "party" && cl::detail::index_in<cl::dimensions::party, cl::catalogue> == 9);
static_assert(cl::enum_count_v<cl::party_kind> == 4);
static_assert(cl::party::individual::value == cl::party_kind::individual && cl::name_of(cl::party_kind::individual) == "individual" && cl::leaning_of(cl::party_kind::individual) == cl::leaning::either);
static_assert(cl::PartyPolicy<cl::party::individual>);
static_assert(cl::party::business::value == cl::party_kind::business && cl::name_of(cl::party_kind::business) == "business" && cl::leaning_of(cl::party_kind::business) == cl::leaning::either);
static_assert(cl::PartyPolicy<cl::party::business>);
static_assert(cl::party::government_agency::value == cl::party_kind::government_agency && cl::name_of(cl::party_kind::government_agency) == "government_agency" && cl::leaning_of(cl::party_kind::government_agency) == cl::leaning::either);
static_assert(cl::PartyPolicy<cl::party::government_agency>);
static_assert(cl::party::nonprofit::value == cl::party_kind::nonprofit && cl::name_of(cl::party_kind::nonprofit) == "nonprofit" && cl::leaning_of(cl::party_kind::nonprofit) == cl::leaning::either);
static_assert(cl::PartyPolicy<cl::party::nonprofit>);

// --- purpose ---
static_assert(all_obey<cl::dimensions::purpose, cl::purpose::end_use, cl::purpose::on_behalf>());
static_assert(cl::dimensions::purpose::name == "purpose" && cl::detail::index_in<cl::dimensions::purpose, cl::catalogue> == 10);
static_assert(cl::enum_count_v<cl::purpose_kind> == 2);
static_assert(cl::purpose::end_use::value == cl::purpose_kind::end_use && cl::name_of(cl::purpose_kind::end_use) == "end_use" && cl::leaning_of(cl::purpose_kind::end_use) == cl::leaning::either);
static_assert(cl::PurposePolicy<cl::purpose::end_use>);
static_assert(cl::purpose::on_behalf::value == cl::purpose_kind::on_behalf && cl::name_of(cl::purpose_kind::on_behalf) == "on_behalf" && cl::leaning_of(cl::purpose_kind::on_behalf) == cl::leaning::either);
static_assert(cl::PurposePolicy<cl::purpose::on_behalf>);

// --- knowledge ---
static_assert(all_obey<cl::dimensions::knowledge, cl::knowledge::minimal, cl::knowledge::deep>());
static_assert(cl::dimensions::knowledge::name == "knowledge" && cl::detail::index_in<cl::dimensions::knowledge, cl::catalogue> == 11);
static_assert(cl::enum_count_v<cl::knowledge_level> == 2);
static_assert(cl::knowledge::minimal::value == cl::knowledge_level::minimal && cl::name_of(cl::knowledge_level::minimal) == "minimal" && cl::leaning_of(cl::knowledge_level::minimal) == cl::leaning::customer);
static_assert(cl::KnowledgePolicy<cl::knowledge::minimal>);
static_assert(cl::knowledge::deep::value == cl::knowledge_level::deep && cl::name_of(cl::knowledge_level::deep) == "deep" && cl::leaning_of(cl::knowledge_level::deep) == cl::leaning::client);
static_assert(cl::KnowledgePolicy<cl::knowledge::deep>);

// --- billing, with every named period and a period of counts ---
static_assert(all_obey<cl::dimensions::billing, cl::billing::per_transaction, cl::billing::milestone,
                       cl::billing::recurring<cl::period::weekly>, cl::billing::recurring<cl::period::monthly>,
                       cl::billing::recurring<cl::period::quarterly>, cl::billing::recurring<cl::period::annually>,
                       cl::billing::retainer<cl::period::weekly>, cl::billing::retainer<cl::period::monthly>,
                       cl::billing::retainer<cl::period::quarterly>, cl::billing::retainer<cl::period::annually>>());
static_assert(all_obey<cl::dimensions::billing,
                       cl::billing::recurring<cl::period::daily>, cl::billing::recurring<cl::period::biweekly>,
                       cl::billing::recurring<cl::period::thirty_days>, cl::billing::recurring<cl::period::semiannual>,
                       cl::billing::recurring<cl::period::annual>, cl::billing::recurring<cl::period::biennial>,
                       cl::billing::retainer<cl::period::daily>, cl::billing::retainer<cl::period::biweekly>,
                       cl::billing::retainer<cl::period::thirty_days>, cl::billing::retainer<cl::period::semiannual>,
                       cl::billing::retainer<cl::period::annual>, cl::billing::retainer<cl::period::biennial>,
                       cl::billing::recurring<cl::period::every<5, cl::period_unit::week>>,
                       cl::billing::retainer<cl::period::every<4095, cl::period_unit::day>>>());
static_assert(cl::dimensions::billing::name == "billing" && cl::detail::index_in<cl::dimensions::billing, cl::catalogue> == 5);
static_assert(cl::enum_count_v<cl::billing_mode> == 7);
static_assert(cl::leaning_of(cl::billing_mode::usage) == cl::leaning::customer);
static_assert(cl::leaning_of(cl::billing_mode::time_and_materials) == cl::leaning::client);
static_assert(cl::leaning_of(cl::billing_mode::free) == cl::leaning::customer);
static_assert(cl::is_periodic(cl::billing_mode::usage) && !cl::is_periodic(cl::billing_mode::time_and_materials) && !cl::is_periodic(cl::billing_mode::free));
static_assert(cl::leaning_of(cl::billing_mode::per_transaction) == cl::leaning::customer);
static_assert(cl::leaning_of(cl::billing_mode::recurring) == cl::leaning::either);
static_assert(cl::leaning_of(cl::billing_mode::retainer) == cl::leaning::client);
static_assert(cl::leaning_of(cl::billing_mode::milestone) == cl::leaning::client);
static_assert(cl::is_periodic(cl::billing_mode::recurring) && cl::is_periodic(cl::billing_mode::retainer));
static_assert(!cl::is_periodic(cl::billing_mode::per_transaction) && !cl::is_periodic(cl::billing_mode::milestone));
static_assert(cl::BillingPolicy<cl::billing::retainer<cl::period::monthly>>);
static_assert(std::is_same_v<cl::billing::recurring<cl::period::weekly>::period, cl::period::weekly>);
// The period is a term the billing dimension carries, not a dimension; the
// other billing terms are held as they are, beside the packed code.
static_assert(std::is_same_v<cl::dimensions::billing::terms,
                             cl::type_list<cl::terms::period, cl::terms::timing, cl::terms::offset,
                                           cl::terms::trial, cl::terms::term, cl::terms::anchor,
                                           cl::terms::alignment, cl::terms::charges>>);
static_assert(cl::PackedField<cl::terms::period> && !cl::PackedField<cl::terms::trial> &&
              cl::Field<cl::terms::trial>);
static_assert(!cl::Dimension<cl::terms::period> && cl::Field<cl::terms::period>);
static_assert(cl::terms::period::name == "period");

// --- billing periods: every named period and its std::chrono length ---
using quarter = std::chrono::duration<int, std::ratio_multiply<std::ratio<3>, std::chrono::months::period>>;
using half_year = std::chrono::duration<int, std::ratio_multiply<std::ratio<6>, std::chrono::months::period>>;
using fortnight = std::chrono::duration<int, std::ratio_multiply<std::ratio<2>, std::chrono::weeks::period>>;
using thirty_days = std::chrono::duration<int, std::ratio_multiply<std::ratio<30>, std::chrono::days::period>>;
using two_years = std::chrono::duration<int, std::ratio_multiply<std::ratio<2>, std::chrono::years::period>>;
static_assert(obeys_period_laws<cl::period::daily, cl::billing_period::daily, std::chrono::days>());
static_assert(obeys_period_laws<cl::period::weekly, cl::billing_period::weekly, std::chrono::weeks>());
static_assert(obeys_period_laws<cl::period::biweekly, cl::billing_period::biweekly, fortnight>());
static_assert(obeys_period_laws<cl::period::thirty_days, cl::billing_period::thirty_days, thirty_days>());
static_assert(obeys_period_laws<cl::period::monthly, cl::billing_period::monthly, std::chrono::months>());
static_assert(obeys_period_laws<cl::period::quarterly, cl::billing_period::quarterly, quarter>());
static_assert(obeys_period_laws<cl::period::semiannual, cl::billing_period::semiannual, half_year>());
static_assert(obeys_period_laws<cl::period::annual, cl::billing_period::annual, std::chrono::years>());
static_assert(obeys_period_laws<cl::period::annually, cl::billing_period::annual, std::chrono::years>());
static_assert(obeys_period_laws<cl::period::biennial, cl::billing_period::biennial, two_years>());
static_assert(obeys_period_laws<cl::period::every<2, cl::period_unit::week>, cl::billing_period::biweekly, fortnight>());
static_assert(std::is_same_v<cl::period::annually, cl::period::annual>);
static_assert(cl::period::every<3, cl::period_unit::month>::value == cl::period::quarterly::value);
static_assert(std::is_same_v<cl::period::every<3, cl::period_unit::month>::duration,
                             cl::period::quarterly::duration>);
static_assert(std::chrono::duration_cast<std::chrono::months>(cl::period::quarterly::duration{1}).count() == 3);
static_assert(std::chrono::duration_cast<std::chrono::days>(cl::period::thirty_days::duration{1}).count() == 30);
// Thirty days are not a month: two periods, two lengths.
static_assert(cl::billing_period::thirty_days != cl::billing_period::monthly);
static_assert(cl::period::thirty_days::duration{1} != cl::period::monthly::duration{1});
// A billing_period was an enumeration of five values (weekly, monthly,
// quarterly, annually, custom); it is now a count and a unit, with nine
// named periods and four units.
static_assert(std::size(cl::named_periods) == 9);
static_assert(cl::enum_count_v<cl::period_unit> == 4);
static_assert(cl::billing_period::max_count == 4095);

// --- the catalogue's dimensions, each with its own bit: its position ---
static_assert(cl::dimension_count == cl::catalogue::size);
static_assert(cl::dimension_count >= 12);
static_assert(cl::dimension_mask_v<cl::dimensions::duration, cl::dimensions::knowledge> ==
              ((1u << cl::detail::index_in<cl::dimensions::duration, cl::catalogue>) |
               (1u << cl::detail::index_in<cl::dimensions::knowledge, cl::catalogue>)));

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Businesses the five source texts do not name, declared with the library's
// policies, and what the library answers for each: kind, consumer, market,
// repeat business, acquisition strategy, revenue profile and tensions. The
// answers are checked here at compile time; the example `businesses` prints
// them as a table and the static tests check that the run-time answers are
// the same. Each business's comment says why its policies were chosen.

#ifndef CLIENTELE_EXAMPLES_BUSINESSES_HPP
#define CLIENTELE_EXAMPLES_BUSINESSES_HPP

#include <clientele/clientele.hpp>

#include <array>
#include <bit>
#include <string_view>

namespace businesses {

namespace cl = clientele;
using namespace cl;  // the policies read as the catalogue names them

// ---- professionals whose clients come back, however each visit is billed ---

// A dentist: patients return for check-ups and treatment, rely on the
// dentist's judgement, are billed per visit at the front desk.
using dentist = relationship<duration::repeat, offering::professional_service,
                             personalization::tailored, engagement::responsive, advice::advisory,
                             billing::per_transaction, support::support_desk, dependency::high,
                             agreement::none, party::individual, purpose::end_use, knowledge::deep>;
// A therapist: weekly sessions, each paid for, in a close working relationship.
using therapist =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::per_transaction,
                 support::dedicated_team, dependency::high, agreement::none, party::individual,
                 purpose::end_use, knowledge::deep>;
// A tax preparer engaged every year for the household's return.
using tax_preparer =
    relationship<duration::repeat, offering::professional_service, personalization::tailored,
                 engagement::responsive, advice::advisory, billing::per_transaction,
                 support::support_desk, dependency::high, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::deep>;
// A veterinarian: a pet's health followed over years, billed per visit.
using veterinarian =
    relationship<duration::repeat, offering::professional_service, personalization::tailored,
                 engagement::responsive, advice::advisory, billing::per_transaction,
                 support::support_desk, dependency::high, agreement::none, party::individual,
                 purpose::on_behalf, knowledge::deep>;
// A family doctor: a patient on the practice's list, seen when needed.
using family_doctor =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::responsive, advice::advisory, billing::per_transaction,
                 support::support_desk, dependency::high, agreement::none, party::individual,
                 purpose::end_use, knowledge::deep>;
// A private tutor, paid by the hour for weekly lessons.
using private_tutor =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::time_and_materials,
                 support::dedicated_team, dependency::high, agreement::none, party::individual,
                 purpose::on_behalf, knowledge::deep>;
// A personal trainer on a monthly plan under a written agreement.
using personal_trainer =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::recurring<period::monthly>,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::deep>;
// A nonprofit's auditor, engaged again each year for the accounts.
using auditor_of_a_nonprofit =
    relationship<duration::repeat, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::terms_of_sale,
                 party::nonprofit, purpose::end_use, knowledge::deep>;

// ---- professionals engaged for a set length or once -------------------------

// A wedding planner: one engagement under a signed contract, paid in stages.
using wedding_planner =
    relationship<duration::fixed_term, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::deep>;
// A freelance developer on a six-month contract, billed by the hour.
using freelance_developer =
    relationship<duration::fixed_term, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::time_and_materials,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::business, purpose::end_use, knowledge::deep>;
// An engineering firm designing a bridge for a public agency, in stages.
using engineering_firm_for_an_agency =
    relationship<duration::fixed_term, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::government_agency, purpose::end_use, knowledge::deep>;
// A managed IT provider running a company's systems for a monthly fee.
using managed_it_provider =
    relationship<duration::ongoing, offering::professional_service,
                 personalization::tailored, engagement::collaborative, advice::advisory,
                 billing::retainer<period::monthly>, support::dedicated_team, dependency::high,
                 agreement::service_contract, party::business, purpose::end_use, knowledge::deep>;
// A financial planner drawing up one plan with a family, over several
// meetings: bought once, but relied on and worked out together.
using financial_plan =
    relationship<duration::one_time, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::per_transaction,
                 support::dedicated_team, dependency::high, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::deep>;
// A notary certifying one document: expertise bought once, as a formality.
using notary_certification =
    relationship<duration::one_time, offering::professional_service,
                 personalization::standardized, engagement::transactional, advice::none,
                 billing::per_transaction, support::support_desk, dependency::low,
                 agreement::terms_of_sale, party::individual, purpose::end_use,
                 knowledge::minimal>;
// A translation agency translating one certificate at a fixed price.
using certificate_translation =
    relationship<duration::one_time, offering::professional_service,
                 personalization::standardized, engagement::transactional, advice::none,
                 billing::per_transaction, support::support_desk, dependency::low,
                 agreement::terms_of_sale, party::individual, purpose::end_use,
                 knowledge::minimal>;
// A walk-in clinic visited now and then, seen by whoever is on duty.
using walk_in_clinic =
    relationship<duration::repeat, offering::professional_service,
                 personalization::standardized, engagement::transactional, advice::none,
                 billing::per_transaction, support::support_desk, dependency::low,
                 agreement::none, party::individual, purpose::end_use, knowledge::minimal>;

// ---- customers who stay, subscribe or sign: ordinary, so no tension --------

// A gym membership for twelve months, paid monthly under a contract.
using gym_membership =
    relationship<duration::fixed_term, offering::standard_service,
                 personalization::standardized, engagement::transactional, advice::none,
                 billing::recurring<period::monthly>, support::support_desk, dependency::low,
                 agreement::service_contract, party::individual, purpose::end_use,
                 knowledge::minimal>;
// Household electricity, metered and billed every month.
using electricity_supply =
    relationship<duration::ongoing, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::usage<period::monthly>,
                 support::support_desk, dependency::low, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::minimal>;
// A mobile phone plan.
using mobile_plan =
    relationship<duration::ongoing, offering::standard_service, personalization::standardized,
                 engagement::responsive, advice::none, billing::recurring<period::monthly>,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;
// A video streaming subscription, with suggestions from what was watched.
using video_streaming =
    relationship<duration::ongoing, offering::standard_service,
                 personalization::recommendations, engagement::transactional, advice::none,
                 billing::recurring<period::monthly>, support::self_service, dependency::low,
                 agreement::terms_of_sale, party::individual, purpose::end_use,
                 knowledge::minimal>;
// Cloud hosting for a company, metered and billed monthly.
using cloud_hosting =
    relationship<duration::ongoing, offering::standard_service, personalization::standardized,
                 engagement::transactional, advice::none, billing::usage<period::monthly>,
                 support::self_service, dependency::low, agreement::terms_of_sale,
                 party::business, purpose::end_use, knowledge::minimal>;
// Catering for a company's canteen under a yearly contract.
using office_catering =
    relationship<duration::ongoing, offering::standard_service,
                 personalization::recommendations, engagement::responsive, advice::none,
                 billing::recurring<period::monthly>, support::support_desk, dependency::low,
                 agreement::service_contract, party::business, purpose::on_behalf,
                 knowledge::minimal>;
// A newspaper delivered every day, paid by the year.
using newspaper_subscription =
    relationship<duration::ongoing, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::recurring<period::annual>,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;
// A hair salon whose regulars come back every few weeks.
using hair_salon =
    relationship<duration::repeat, offering::standard_service,
                 personalization::recommendations, engagement::responsive, advice::none,
                 billing::per_transaction, support::support_desk, dependency::low,
                 agreement::none, party::individual, purpose::end_use, knowledge::minimal>;

// ---- customers who buy once or now and then ---------------------------------

// A car rented for a week.
using car_rental =
    relationship<duration::fixed_term, offering::standard_service,
                 personalization::standardized, engagement::transactional, advice::none,
                 billing::per_transaction, support::support_desk, dependency::low,
                 agreement::terms_of_sale, party::individual, purpose::end_use,
                 knowledge::minimal>;
// A night in a hotel.
using hotel_stay =
    relationship<duration::one_time, offering::standard_service, personalization::standardized,
                 engagement::responsive, advice::none, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;
// An airline ticket bought by a company for an employee.
using business_flight =
    relationship<duration::one_time, offering::standard_service, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::business, purpose::on_behalf, knowledge::minimal>;
// A bookshop's regular reader.
using bookshop =
    relationship<duration::repeat, offering::goods, personalization::recommendations,
                 engagement::responsive, advice::none, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;
// A gift card bought for a friend.
using gift_card =
    relationship<duration::one_time, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::self_service, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::on_behalf, knowledge::minimal>;
// A wholesaler supplying a firm's office with stationery, order after order.
using office_supplies =
    relationship<duration::repeat, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::business, purpose::end_use, knowledge::minimal>;
// A city council buying road salt once a winter.
using road_salt_for_a_council =
    relationship<duration::repeat, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::government_agency, purpose::end_use, knowledge::minimal>;
// An online course bought once.
using online_course =
    relationship<duration::one_time, offering::standard_service, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::self_service, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;

// ---- customers treated as clients would be: the tensions show it ------------

// Enterprise software on a yearly subscription, with a dedicated customer
// success team and a contract negotiated over months: a customer (what is
// bought is standard software), won by building a relationship.
using enterprise_software =
    relationship<duration::ongoing, offering::standard_service,
                 personalization::recommendations, engagement::responsive, advice::none,
                 billing::recurring<period::annual>, support::dedicated_team, dependency::low,
                 agreement::service_contract, party::business, purpose::end_use,
                 knowledge::minimal>;
// A made-to-measure suit from a tailor, fitted over several visits.
using bespoke_suit =
    relationship<duration::one_time, offering::goods, personalization::tailored,
                 engagement::collaborative, advice::none, billing::milestone,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;

// ---- the answers ------------------------------------------------------------

/// What the library is expected to answer for one business.
struct expected {
  relationship_kind kind;
  bool consumer;
  clientele::market market;
  clientele::repeat_business repeat;
  clientele::acquisition_strategy acquisition;
  clientele::revenue_profile revenue;
  std::size_t tensions;
};

// The compile-time answers are the expected ones, and the run-time answers
// for the relationship's profile are the same.
template <class R>
constexpr bool answers(expected e) {
  constexpr const profile& p = profile_of<R>;
  const bool compile_time =
      kind_v<R> == e.kind && is_consumer_v<R> == e.consumer && market_v<R> == e.market &&
      repeat_business_v<R> == e.repeat && acquisition_strategy_v<R> == e.acquisition &&
      revenue_profile_v<R> == e.revenue && tensions_t<R>::size == e.tensions;
  const bool run_time =
      kind_of(p) == e.kind && derive<properties::consumer>(p) == e.consumer &&
      derive<properties::market>(p) == e.market &&
      derive<properties::repeat_business>(p) == e.repeat &&
      derive<properties::acquisition_strategy>(p) == e.acquisition &&
      derive<properties::revenue_profile>(p) == e.revenue &&
      static_cast<std::size_t>(std::popcount(tensions_of(p))) == e.tensions &&
      explain<properties::kind>(p) == explanation_v<R, properties::kind>;
  return compile_time && run_time;
}

constexpr auto client = relationship_kind::client;
constexpr auto customer = relationship_kind::customer;
constexpr auto b2c = market::b2c;
constexpr auto b2b = market::b2b;
constexpr auto b2g = market::b2g;
constexpr auto expected_back = repeat_business::expected;
constexpr auto maybe_back = repeat_business::possible;
constexpr auto rapport = acquisition_strategy::relationship_building;
constexpr auto offer = acquisition_strategy::competitive_offer;
constexpr auto steady = revenue_profile::recurring_stable;
constexpr auto immediate = revenue_profile::volume_immediate;

//                                  kind      consumer market  repeat        acquisition revenue  tensions
static_assert(answers<dentist>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<therapist>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<tax_preparer>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<veterinarian>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<family_doctor>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<private_tutor>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<personal_trainer>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<auditor_of_a_nonprofit>({client, false, b2b, expected_back, rapport, steady, 0}));
static_assert(answers<wedding_planner>({client, false, b2c, expected_back, rapport, steady, 0}));
static_assert(answers<freelance_developer>({client, false, b2b, expected_back, rapport, steady, 0}));
static_assert(answers<engineering_firm_for_an_agency>({client, false, b2g, expected_back, rapport, steady, 0}));
static_assert(answers<managed_it_provider>({client, false, b2b, expected_back, rapport, steady, 0}));
// One fact shows: a client relationship bought once, with a dedicated team for it.
static_assert(answers<financial_plan>({client, false, b2c, expected_back, rapport, immediate, 1}));
static_assert(answers<notary_certification>({customer, true, b2c, maybe_back, offer, immediate, 1}));
static_assert(answers<certificate_translation>({customer, true, b2c, maybe_back, offer, immediate, 1}));
static_assert(answers<walk_in_clinic>({customer, true, b2c, expected_back, offer, immediate, 1}));
static_assert(answers<gym_membership>({customer, true, b2c, expected_back, offer, steady, 0}));
static_assert(answers<electricity_supply>({customer, true, b2c, expected_back, offer, steady, 0}));
static_assert(answers<mobile_plan>({customer, true, b2c, expected_back, offer, steady, 0}));
static_assert(answers<video_streaming>({customer, true, b2c, expected_back, offer, steady, 0}));
static_assert(answers<cloud_hosting>({customer, false, b2b, expected_back, offer, steady, 0}));
static_assert(answers<office_catering>({customer, false, b2b, expected_back, rapport, steady, 0}));
static_assert(answers<newspaper_subscription>({customer, true, b2c, expected_back, offer, steady, 0}));
static_assert(answers<hair_salon>({customer, true, b2c, expected_back, offer, immediate, 0}));
static_assert(answers<car_rental>({customer, true, b2c, expected_back, offer, immediate, 0}));
static_assert(answers<hotel_stay>({customer, true, b2c, maybe_back, offer, immediate, 0}));
static_assert(answers<business_flight>({customer, false, b2b, maybe_back, offer, immediate, 0}));
static_assert(answers<bookshop>({customer, true, b2c, expected_back, offer, immediate, 0}));
static_assert(answers<gift_card>({customer, false, b2c, maybe_back, offer, immediate, 0}));
static_assert(answers<office_supplies>({customer, false, b2b, expected_back, offer, immediate, 0}));
static_assert(answers<road_salt_for_a_council>({customer, false, b2g, expected_back, offer, immediate, 0}));
static_assert(answers<online_course>({customer, true, b2c, maybe_back, offer, immediate, 0}));
static_assert(answers<enterprise_software>({customer, false, b2b, expected_back, rapport, steady, 1}));
// Made to measure, fitted together, paid in stages: three facts unusual for a customer.
static_assert(answers<bespoke_suit>({customer, true, b2c, maybe_back, rapport, immediate, 3}));

/// One row of the table: a business's name and its relationship's profile.
struct business {
  std::string_view name;
  profile of;
};

/// Every business above, in the order of the table.
inline constexpr std::array all = {
    business{"dentist", profile_of<dentist>},
    business{"therapist", profile_of<therapist>},
    business{"tax_preparer", profile_of<tax_preparer>},
    business{"veterinarian", profile_of<veterinarian>},
    business{"family_doctor", profile_of<family_doctor>},
    business{"private_tutor", profile_of<private_tutor>},
    business{"personal_trainer", profile_of<personal_trainer>},
    business{"auditor_of_a_nonprofit", profile_of<auditor_of_a_nonprofit>},
    business{"wedding_planner", profile_of<wedding_planner>},
    business{"freelance_developer", profile_of<freelance_developer>},
    business{"engineering_firm_for_an_agency", profile_of<engineering_firm_for_an_agency>},
    business{"managed_it_provider", profile_of<managed_it_provider>},
    business{"financial_plan", profile_of<financial_plan>},
    business{"notary_certification", profile_of<notary_certification>},
    business{"certificate_translation", profile_of<certificate_translation>},
    business{"walk_in_clinic", profile_of<walk_in_clinic>},
    business{"gym_membership", profile_of<gym_membership>},
    business{"electricity_supply", profile_of<electricity_supply>},
    business{"mobile_plan", profile_of<mobile_plan>},
    business{"video_streaming", profile_of<video_streaming>},
    business{"cloud_hosting", profile_of<cloud_hosting>},
    business{"office_catering", profile_of<office_catering>},
    business{"newspaper_subscription", profile_of<newspaper_subscription>},
    business{"hair_salon", profile_of<hair_salon>},
    business{"car_rental", profile_of<car_rental>},
    business{"hotel_stay", profile_of<hotel_stay>},
    business{"business_flight", profile_of<business_flight>},
    business{"bookshop", profile_of<bookshop>},
    business{"gift_card", profile_of<gift_card>},
    business{"office_supplies", profile_of<office_supplies>},
    business{"road_salt_for_a_council", profile_of<road_salt_for_a_council>},
    business{"online_course", profile_of<online_course>},
    business{"enterprise_software", profile_of<enterprise_software>},
    business{"bespoke_suit", profile_of<bespoke_suit>},
};

}  // namespace businesses

#endif  // CLIENTELE_EXAMPLES_BUSINESSES_HPP

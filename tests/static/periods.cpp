// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of the billing period as a count and a unit, through every
// compile-time layer: the value, the period types, the billing policies, the
// relationship's queries, its profile, and the rules over a profile.

#include <clientele/clientele.hpp>

#include <chrono>
#include <type_traits>

namespace cl = clientele;

namespace {

using unit = cl::period_unit;
using fortnight = cl::period::every<2, unit::week>;

// An ongoing subscription billed every `Period`.
template <class Period>
using subscription = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                                      cl::billing::recurring<Period>, cl::agreement::terms_of_sale>;

// A period of the application's own: a count and a unit, nothing else.
struct every_three_weeks {
  static constexpr cl::billing_period value{3, unit::week};
};

}  // namespace

// --- the value: a count and a unit ---
static_assert(cl::billing_period{} == cl::billing_period::monthly);  // one month unless told
static_assert(cl::billing_period::biweekly.count == 2 && cl::billing_period::biweekly.unit == unit::week);
static_assert(cl::billing_period::thirty_days.count == 30 && cl::billing_period::thirty_days.unit == unit::day);
static_assert(cl::billing_period::quarterly == cl::billing_period{3, unit::month});
static_assert(cl::billing_period::semiannual == cl::billing_period{6, unit::month});
static_assert(cl::billing_period::biennial == cl::billing_period{2, unit::year});
// Months and years are calendar steps, never a number of days or months.
static_assert(cl::billing_period::thirty_days != cl::billing_period::monthly);
static_assert(cl::billing_period{12, unit::month} != cl::billing_period::annual);
static_assert(cl::billing_period{7, unit::day} != cl::billing_period::weekly);
static_assert(cl::is_valid(cl::billing_period{1, unit::day}) &&
              cl::is_valid(cl::billing_period{cl::billing_period::max_count, unit::year}));
static_assert(!cl::is_valid(cl::billing_period{0, unit::month}));
static_assert(!cl::is_valid(cl::billing_period{cl::billing_period::max_count + 1, unit::day}));
static_assert(!cl::is_valid(cl::billing_period{1, static_cast<unit>(4)}));
static_assert(cl::name_of(cl::billing_period{2, unit::week}) == "biweekly");
static_assert(cl::name_of(cl::billing_period{30, unit::day}) == "thirty_days");
static_assert(cl::name_of(cl::billing_period{1, unit::year}) == "annual");
static_assert(cl::name_of(cl::billing_period{3, unit::week}).empty());
static_assert(cl::name_of(unit::week) == "week");

// --- the period types ---
static_assert(cl::BillingPeriod<fortnight> && cl::BillingPeriod<every_three_weeks>);
static_assert(fortnight::value == cl::billing_period::biweekly);
static_assert(fortnight::value == cl::period::biweekly::value);
static_assert(std::is_same_v<fortnight::duration, cl::period::biweekly::duration>);
static_assert(fortnight::duration{1} == std::chrono::days{14});
static_assert(cl::period::every<cl::billing_period::max_count, unit::day>::duration{1} ==
              std::chrono::days{4095});
static_assert(cl::BillingPeriod<cl::period::every<cl::billing_period::max_count, unit::year>>);
static_assert(!cl::BillingPeriod<cl::period::every<0, unit::day>>);
static_assert(!cl::BillingPeriod<cl::period::every<cl::billing_period::max_count + 1, unit::day>>);
static_assert(!cl::Policy<fortnight> && !cl::Policy<every_three_weeks>);

// --- the billing policies ---
static_assert(cl::BillingPolicy<cl::billing::recurring<fortnight>>);
static_assert(cl::BillingPolicy<cl::billing::retainer<fortnight>>);
static_assert(cl::BillingPolicy<cl::billing::recurring<every_three_weeks>>);
static_assert(std::is_same_v<cl::billing::recurring<fortnight>::period, fortnight>);

// --- the relationship's queries ---
using fortnightly = subscription<fortnight>;
static_assert(cl::RecurringBilling<fortnightly> && cl::PeriodicBilling<fortnightly>);
static_assert(cl::billing_period_v<fortnightly> == cl::billing_period{2, unit::week});
static_assert(cl::billing_period_v<fortnightly> == cl::billing_period::biweekly);
static_assert(std::is_same_v<cl::billing_period_t<fortnightly>, fortnight>);
static_assert(std::is_same_v<cl::billing_interval_t<fortnightly>, fortnight::duration>);
static_assert(cl::billing_interval_t<fortnightly>{1} == std::chrono::weeks{2});
static_assert(cl::billing_period_v<subscription<every_three_weeks>> == cl::billing_period{3, unit::week});
static_assert(cl::billing_interval_t<subscription<every_three_weeks>>{1} == std::chrono::days{21});
static_assert(cl::billing_period_v<subscription<cl::period::thirty_days>> == cl::billing_period::thirty_days);
static_assert(cl::billing_interval_t<subscription<cl::period::thirty_days>>{1} == std::chrono::days{30});
static_assert(cl::billing_interval_t<subscription<cl::period::monthly>>{1} == std::chrono::months{1});
// A period does not change the kind or the derived properties.
static_assert(cl::kind_v<fortnightly> == cl::kind_v<subscription<cl::period::monthly>>);
static_assert(cl::revenue_profile_v<fortnightly> == cl::revenue_profile::recurring_stable);
static_assert(cl::tension_set_v<fortnightly> == cl::tension_set_v<subscription<cl::period::annual>>);
// with<> replaces the billing, and its period with it.
static_assert(cl::billing_period_v<cl::client::with<cl::billing::retainer<fortnight>>> ==
              cl::billing_period::biweekly);
static_assert(cl::billing_period_v<fortnightly::with<cl::billing::recurring<cl::period::biennial>>> ==
              cl::billing_period::biennial);
static_assert(!cl::PeriodicBilling<fortnightly::with<cl::billing::per_transaction>>);

// --- the profile holds the count and the unit ---
static_assert(cl::get<cl::terms::period>(cl::profile_of<fortnightly>) == cl::billing_period::biweekly);
static_assert(get<cl::terms::period>(cl::profile_of<subscription<every_three_weeks>>) ==
              cl::billing_period{3, unit::week});
static_assert(cl::specifies<cl::terms::period>(cl::profile_of<fortnightly>));
static_assert(!cl::specifies<cl::terms::period>(cl::profile_of<cl::customer>));
// Two spellings of one period give one profile.
static_assert(cl::profile_of<fortnightly> == cl::profile_of<subscription<cl::period::biweekly>>);
// Thirty days and a month are two profiles; so are twelve months and a year.
static_assert(cl::profile_of<subscription<cl::period::thirty_days>> !=
              cl::profile_of<subscription<cl::period::monthly>>);
static_assert(cl::profile_of<subscription<cl::period::every<12, unit::month>>> !=
              cl::profile_of<subscription<cl::period::annual>>);
static_assert(cl::is_consistent(cl::profile_of<fortnightly>));
// The period is a field of the profile but not a dimension: it has no bit
// in the mask of specified dimensions.
static_assert(cl::specified_mask(cl::profile_of<fortnightly>) ==
              cl::dimension_mask_v<cl::dimensions::duration, cl::dimensions::offering,
                                   cl::dimensions::billing, cl::dimensions::agreement>);
// The catalogue's fields are its dimensions and one term, the period, right
// after billing.
static_assert(cl::packed_fields_t<cl::catalogue>::size == cl::catalogue::size + 1);
static_assert(std::is_same_v<
              typename cl::detail::type_at<
                  cl::detail::index_in<cl::dimensions::billing, cl::fields_t<cl::catalogue>> + 1,
                  cl::fields_t<cl::catalogue>>::type,
              cl::terms::period>);

// --- the rules over a profile ---
namespace {
constexpr cl::profile billed_every(cl::maybe<cl::billing_period> period) {
  cl::profile p = cl::profile_of<subscription<cl::period::monthly>>;
  get<cl::terms::period>(p) = period;
  return p;
}
constexpr auto bit = [](cl::consistency_rule r) { return 1u << static_cast<unsigned>(r); };
}  // namespace
static_assert(cl::is_consistent(billed_every(cl::billing_period{3, unit::week})));
static_assert(cl::is_consistent(billed_every(cl::billing_period{cl::billing_period::max_count, unit::day})));
static_assert(cl::broken_rules(billed_every(std::nullopt)) ==
              bit(cl::consistency_rule::periodic_billing_requires_period));
// A period a profile cannot hold (no count, too long a count, no unit) is a
// value out of range, not a missing period.
static_assert(cl::broken_rules(billed_every(cl::billing_period{0, unit::day})) ==
              bit(cl::consistency_rule::values_in_range));
static_assert(cl::broken_rules(billed_every(cl::billing_period{4096, unit::day})) ==
              bit(cl::consistency_rule::values_in_range));
static_assert(cl::broken_rules(billed_every(cl::billing_period{2, static_cast<unit>(9)})) ==
              bit(cl::consistency_rule::values_in_range));
// The period's rules involve the billing dimension; the period itself has no
// bit among the dimensions.
static_assert(cl::dimensions_of(cl::consistency_rule::period_requires_periodic_billing) ==
              cl::dimension_mask_v<cl::dimensions::billing>);
static_assert(cl::dimensions_of(cl::consistency_rule::periodic_billing_requires_period) ==
              cl::dimension_mask_v<cl::dimensions::billing>);
static_assert(cl::dimensions_of(cl::consistency_rule::values_in_range) == 0);

// A named period names itself, and one unit of a period is the standard
// std::chrono type.
static_assert(cl::policy_name_v<cl::period::quarterly> == "quarterly");
static_assert(std::is_same_v<cl::period::monthly::duration, std::chrono::months>);
static_assert(std::is_same_v<cl::period::weekly::duration, std::chrono::weeks>);
static_assert(std::is_same_v<cl::period::annual::duration, std::chrono::years>);
static_assert(cl::period::quarterly::duration{1} == std::chrono::months{3});
static_assert(cl::period::thirty_days::duration{1} == std::chrono::days{30});

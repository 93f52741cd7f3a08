// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of terms stated on the library's own policies
// (`billing::recurring<Period, billing::terms{...}>`, `P::with<terms>`):
// a term left unstated is the default, one stated at its default is stated,
// the period is said once, a support policy may commit to some priorities
// only; and compile time and run time agree on what a billing mode can
// carry: a policy is refused exactly when the profile of its terms does not
// validate.

#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <cstddef>
#include <utility>

namespace cl = clientele;
using namespace std::chrono_literals;
using std::chrono::days;
using std::chrono::sys_seconds;

namespace {

// --- the new spellings -------------------------------------------------------------

// A trial stated on the library's recurring policy, where the policy is named.
using trial_plan =
    cl::billing::recurring<cl::period::monthly, cl::billing::terms{.trial = cl::free_trial::days(14)}>;
using trial_sub = cl::relationship<cl::duration::ongoing, trial_plan, cl::agreement::terms_of_sale>;
static_assert(cl::BillingPolicy<trial_plan>);
static_assert(cl::billing_terms_v<trial_sub>.trial == cl::free_trial::days(14));
static_assert(cl::billing_terms_v<trial_sub>.period == cl::billing_period::monthly);
static_assert(cl::billing_terms_v<trial_sub>.timing == cl::invoice_timing::in_advance);
static_assert(cl::policy_name_v<trial_plan> == "recurring");
// The period is said once, by the policy: the terms have no period.
using annual_plan = trial_plan::with<cl::billing::terms{.term = cl::contract_term::fixed(
                                         1, cl::term_end::renew)}>;
static_assert(std::is_same_v<annual_plan,
                             cl::billing::recurring<cl::period::monthly,
                                                    cl::billing::terms{.term = cl::contract_term::fixed(
                                                                           1, cl::term_end::renew)}>>);
static_assert(cl::billing_terms_v<cl::relationship<
                  cl::duration::ongoing,
                  cl::billing::recurring<cl::period::annual,
                                         cl::billing::terms{.timing = cl::invoice_timing::in_arrears}>,
                  cl::agreement::service_contract>>
                  .period == cl::billing_period::annual);
template <class T>
concept has_period = requires(T t) { t.period; };
static_assert(!has_period<cl::billing::terms>);
// The existing spellings are the same types as before, with no terms declared.
template <class P>
concept declares_terms = requires { P::terms; };
static_assert(!declares_terms<cl::billing::recurring<cl::period::monthly>>);
static_assert(!declares_terms<cl::billing::recurring<cl::period::monthly, cl::billing::terms{}>>);
static_assert(std::is_same_v<cl::billing::recurring<cl::period::monthly>::with<cl::billing::terms{}>,
                             cl::billing::recurring<cl::period::monthly>>);
static_assert(!declares_terms<cl::support::support_desk>);
static_assert(!declares_terms<cl::support::support_desk::with<cl::support::terms{}>>);

// Stated at its default is stated: usage bills in arrears unless the policy
// states in advance, and stating the default of another mode is kept.
using metered = cl::billing::usage<cl::period::monthly>;
using metered_in_advance =
    metered::with<cl::billing::terms{.timing = cl::invoice_timing::in_advance}>;
static_assert(cl::dimensions::billing::terms_of<metered>().timing == cl::invoice_timing::in_arrears);
static_assert(cl::dimensions::billing::terms_of<metered_in_advance>().timing ==
              cl::invoice_timing::in_advance);
static_assert(cl::billing::terms{.timing = cl::invoice_timing::in_advance} != cl::billing::terms{});

// A setup fee on a per-transaction policy, the one term such a mode takes.
using with_setup =
    cl::billing::per_transaction::with<cl::billing::terms{.charges = {cl::charge_kind::setup}}>;
static_assert(cl::BillingPolicy<with_setup>);
static_assert(cl::billing_mode_v<cl::relationship<cl::duration::one_time, with_setup>> ==
              cl::billing_mode::per_transaction);
static_assert(cl::dimensions::billing::terms_of<with_setup>().charges.contains(cl::charge_kind::setup));
static_assert(!cl::BillingPolicy<cl::billing::per_transaction::with<cl::billing::terms{
                  .trial = cl::free_trial::days(30)}>>);
static_assert(!cl::BillingPolicy<cl::billing::milestone::with<cl::billing::terms{
                  .charges = {cl::charge_kind::usage}}>>);

// Every term in a template argument reads back as it was stated, a date that
// is not valid included (and such terms are refused).
constexpr cl::billing::terms everything{
    .timing = cl::invoice_timing::in_arrears,
    .offset = days{-3},
    .trial = cl::free_trial::weeks(2),
    .term = cl::contract_term::fixed(12, cl::term_end::expire),
    .anchor = cl::billing_anchor::first_date(2027y / std::chrono::January / 31),
    .alignment = cl::billing_alignment::end_of_month(),
    .charges = {cl::charge_kind::setup, cl::charge_kind::recurring}};
using everything_plan = cl::billing::recurring<cl::period::monthly, everything>;
static_assert(cl::BillingPolicy<everything_plan>);
static_assert(cl::dimensions::billing::terms_of<everything_plan>() ==
              everything.over(cl::billing_terms{}));
static_assert(everything.over({}).offset == days{-3});
static_assert(everything.over({}).anchor ==
              cl::billing_anchor::first_date(2027y / std::chrono::January / 31));
static_assert(cl::billing::terms{.alignment = cl::billing_alignment::calendar(std::chrono::Sunday)}
                  .over({})
                  .alignment.week_start == std::chrono::Sunday);
static_assert(!cl::billing::terms{.anchor = cl::billing_anchor::first_date(
                                      2027y / std::chrono::February / 30)}
                   .over({})
                   .anchor.date.ok());
static_assert(!cl::BillingPolicy<cl::billing::recurring<
                  cl::period::monthly, cl::billing::terms{.anchor = cl::billing_anchor::first_date(
                                                              2027y / std::chrono::February / 30)}>>);

// An application's own policy may state its terms too: the period is then
// its `period` alone (an annual plan needs no `terms.period`).
struct annual_with_trial : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::annual;
  static constexpr cl::billing::terms terms{.trial = cl::free_trial::days(30)};
};
static_assert(cl::BillingPolicy<annual_with_trial>);
static_assert(cl::dimensions::billing::terms_of<annual_with_trial>().period ==
              cl::billing_period::annual);

// --- support: stating targets keeps the tier's other terms ---------------------------

constexpr cl::support_terms desk = cl::support_terms_for(cl::support_tier::support_desk);

using fast_desk = cl::support::support_desk::with<cl::support::terms{
    .first_response = {.urgent = cl::calendar_time(30min), .high = cl::business_time(2h)}}>;
using fast_desk_r = cl::relationship<cl::duration::ongoing, fast_desk>;
static_assert(cl::SupportPolicy<fast_desk>);
static_assert(cl::support_tier_v<fast_desk_r> == cl::support_tier::support_desk);
constexpr cl::support_terms fast = cl::support_terms_v<fast_desk_r>;
static_assert(fast.channels == desk.channels);
static_assert(fast.calendar == desk.calendar);
static_assert(fast.contact == desk.contact);
static_assert(fast.first_response.urgent == cl::calendar_time(30min));
static_assert(fast.first_response.high == cl::business_time(2h));
// The priorities it does not name have no target, as a stated value.
static_assert(fast.first_response.normal == cl::response_target::none());
static_assert(fast.first_response.low.is_none());
static_assert(cl::check_support_terms(fast) == cl::support_terms_fault::none);
// first_response_due says so, and computes the others.
constexpr sys_seconds monday_noon = sys_seconds{std::chrono::sys_days{2026y / std::chrono::March / 2}} + 12h;
static_assert(cl::first_response_due(fast, cl::priority::low, monday_noon).error() ==
              cl::deadline_error::no_target);
static_assert(*cl::first_response_due(fast, cl::priority::urgent, monday_noon) == monday_noon + 30min);
static_assert(*cl::first_response_due(fast, cl::priority::high, monday_noon) == monday_noon + 2h);
// Channels stated, everything else the tier's.
using email_only =
    cl::support::dedicated_team::with<cl::support::terms{.channels = cl::channel::email}>;
static_assert(cl::dimensions::support::terms_of<email_only>().channels == cl::channel::email);
static_assert(cl::dimensions::support::terms_of<email_only>().first_response ==
              cl::support_terms_for(cl::support_tier::dedicated_team).first_response);
// Calendar terms, in a template argument.
using berlin_desk = cl::support::support_desk::with<cl::support::terms{
    .hours = cl::weekly_hours::weekdays(9h, 17h).with(std::chrono::Saturday, 10h, 14h),
    .zone = cl::time_zone::named("Europe/Berlin"),
    .holidays = {2026y / std::chrono::December / 25, 2027y / std::chrono::January / 1}}>;
static_assert(cl::SupportPolicy<berlin_desk>);
constexpr cl::support_terms berlin = cl::dimensions::support::terms_of<berlin_desk>();
static_assert(berlin.calendar.zone == cl::time_zone::named("Europe/Berlin"));
static_assert(berlin.calendar.hours ==
              cl::weekly_hours::weekdays(9h, 17h).with(std::chrono::Saturday, 10h, 14h));
static_assert(berlin.calendar.holidays.size() == 2);
static_assert(berlin.channels == desk.channels && berlin.first_response == desk.first_response);
static_assert(cl::dimensions::support::terms_of<cl::support::support_desk::with<cl::support::terms{
                  .zone = cl::time_zone::fixed(5h + 30min)}>>()
                  .calendar.zone == cl::time_zone::fixed(5h + 30min));
// Refused: a zero target, a time with no clock, business time with no hours,
// hours that were refused.
static_assert(!cl::SupportPolicy<cl::support::support_desk::with<cl::support::terms{
                  .first_response = {.urgent = cl::calendar_time(0s)}}>>);
static_assert(!cl::SupportPolicy<cl::support::support_desk::with<cl::support::terms{
                  .first_response = {.urgent = cl::response_target{1h, cl::response_clock::none}}}>>);
static_assert(!cl::SupportPolicy<cl::support::support_desk::with<cl::support::terms{
                  .hours = cl::weekly_hours{}}>>);
static_assert(!cl::SupportPolicy<cl::support::support_desk::with<cl::support::terms{
                  .hours = cl::weekly_hours::weekdays(17h, 9h)}>>);
static_assert(!cl::SupportPolicy<cl::support::support_desk::with<cl::support::terms{
                  .zone = cl::time_zone::named("Europe/Ber^lin")}>>);

// A stated term reaches the profile; an unstated one is the default there.
static_assert(get<cl::terms::trial>(cl::profile_of<trial_sub>) == cl::free_trial::days(14));
static_assert(!get<cl::terms::timing>(cl::profile_of<trial_sub>).has_value());
static_assert(get<cl::terms::first_response>(cl::profile_of<fast_desk_r>) == fast.first_response);
static_assert(!get<cl::terms::channels>(cl::profile_of<fast_desk_r>).has_value());
static_assert(cl::support_terms_from(cl::profile_of<fast_desk_r>) == fast);

// --- compile time and run time agree --------------------------------------------------

// The library's policy of mode M, period Per and stated terms C.
template <cl::billing_mode M, class Per, cl::billing::terms C>
struct library_policy {
  using type = cl::billing::stated_policy<M, C>;
};
template <class Per, cl::billing::terms C>
struct library_policy<cl::billing_mode::recurring, Per, C> {
  using type = cl::billing::recurring<Per, C>;
};
template <class Per, cl::billing::terms C>
struct library_policy<cl::billing_mode::retainer, Per, C> {
  using type = cl::billing::retainer<Per, C>;
};
template <class Per, cl::billing::terms C>
struct library_policy<cl::billing_mode::usage, Per, C> {
  using type = cl::billing::usage<Per, C>;
};

// The profile that holds billing mode m, period `period` when m bills one (or
// when it is not the default, which stands for none), and every term of t.
template <class... Ts>
constexpr void put_terms(cl::profile& p, const cl::billing_terms& t, cl::type_list<Ts...>) {
  ((get<Ts>(p) = Ts::get(t)), ...);
}
constexpr cl::profile profile_of_terms(cl::billing_mode m, const cl::billing_terms& t) {
  cl::profile p;
  get<cl::dimensions::billing>(p) = m;
  if (cl::is_periodic(m) || t.period != cl::billing_period::monthly) {
    get<cl::terms::period>(p) = t.period;
  }
  put_terms(p, t, cl::detail::wide_terms_t<cl::dimensions::billing>{});
  return p;
}

constexpr cl::billing_mode modes[] = {
    cl::billing_mode::per_transaction, cl::billing_mode::recurring, cl::billing_mode::retainer,
    cl::billing_mode::milestone,       cl::billing_mode::usage,     cl::billing_mode::time_and_materials,
    cl::billing_mode::free};
static_assert(std::size(modes) == cl::enum_count_v<cl::billing_mode>);

constexpr cl::billing::terms stated_cases[] = {
    {},
    {.timing = cl::invoice_timing::in_arrears},
    {.timing = cl::invoice_timing::in_advance},
    {.offset = days{-3}},
    {.offset = days{400}},
    {.offset = days{0}},
    {.trial = cl::free_trial::days(14)},
    {.trial = cl::free_trial{5000, cl::period_unit::day}},
    {.trial = cl::free_trial::days(0)},
    {.term = cl::contract_term::fixed(12, cl::term_end::expire)},
    {.anchor = cl::billing_anchor::cycle_day(1)},
    {.anchor = cl::billing_anchor::cycle_day(40)},
    {.anchor = cl::billing_anchor::first_date(2027y / std::chrono::February / 30)},
    {.anchor = cl::billing_anchor::cycle_day(1), .alignment = cl::billing_alignment::calendar()},
    {.alignment = cl::billing_alignment::calendar()},
    {.alignment = cl::billing_alignment::end_of_month()},
    {.charges = {cl::charge_kind::setup}},
    {.charges = {cl::charge_kind::recurring}},
    {.charges = {cl::charge_kind::usage}},
    {.charges = {cl::charge_kind::setup, cl::charge_kind::usage}},
    {.trial = cl::free_trial::days(7), .charges = {cl::charge_kind::setup}},
};

// Whether the library's policy of mode M, period Per and terms case I is
// accepted exactly when the profile of its terms validates.
template <std::size_t M, class Per, std::size_t I>
constexpr bool stated_agrees() {
  constexpr cl::billing_mode mode = modes[M];
  using P = typename library_policy<mode, Per, stated_cases[I]>::type;
  const cl::billing_terms t = stated_cases[I].over(
      cl::default_billing_terms(mode, cl::is_periodic(mode) ? Per::value : cl::billing_period::monthly));
  return cl::Policy<P> == cl::is_consistent(profile_of_terms(mode, t));
}
template <std::size_t M, class Per, std::size_t... I>
constexpr bool stated_agree(std::index_sequence<I...>) {
  return (stated_agrees<M, Per, I>() && ...);
}
template <class Per, std::size_t... M>
constexpr bool every_mode_agrees(std::index_sequence<M...>) {
  return (stated_agree<M, Per>(std::make_index_sequence<std::size(stated_cases)>{}) && ...);
}
static_assert(every_mode_agrees<cl::period::monthly>(std::make_index_sequence<std::size(modes)>{}));
static_assert(every_mode_agrees<cl::period::daily>(std::make_index_sequence<std::size(modes)>{}));
static_assert(every_mode_agrees<cl::period::biweekly>(std::make_index_sequence<std::size(modes)>{}));

// Both verdicts occur, so the agreement is not vacuous.
static_assert(cl::Policy<library_policy<cl::billing_mode::recurring, cl::period::daily,
                                        stated_cases[6]>::type>);
static_assert(!cl::Policy<library_policy<cl::billing_mode::recurring, cl::period::daily,
                                         stated_cases[14]>::type>);
static_assert(!cl::Policy<library_policy<cl::billing_mode::free, cl::period::daily,
                                         stated_cases[1]>::type>);
static_assert(cl::Policy<library_policy<cl::billing_mode::free, cl::period::daily,
                                        stated_cases[16]>::type>);

// An application's policy that declares `billing_terms` whole, its period
// included: a mode that bills no period takes none but the default, and a
// periodic mode's `period` must be that of its terms.
constexpr cl::billing_terms whole_cases[] = {
    {},
    {.period = cl::billing_period::weekly},
    {.period = cl::billing_period{0, cl::period_unit::week}},
    {.period = cl::billing_period{5000, cl::period_unit::day}},
    {.charges = {cl::charge_kind::setup}},
    {.period = cl::billing_period::weekly, .charges = {cl::charge_kind::setup}},
    {.period = cl::billing_period::annual, .trial = cl::free_trial::days(30)},
    {.period = cl::billing_period::daily, .alignment = cl::billing_alignment::calendar()},
    {.offset = days{-400}},
};
template <std::size_t I>
struct whole_period {
  static constexpr cl::billing_period value = whole_cases[I].period;
};
template <cl::billing_mode M, std::size_t I>
struct whole_once : cl::basic_policy<cl::dimensions::billing, M> {
  static constexpr cl::billing_terms terms = whole_cases[I];
};
template <cl::billing_mode M, std::size_t I>
struct whole_periodic : cl::basic_policy<cl::dimensions::billing, M> {
  using period = whole_period<I>;
  static constexpr cl::billing_terms terms = whole_cases[I];
};
template <std::size_t M, std::size_t I>
constexpr bool whole_agrees() {
  constexpr cl::billing_mode mode = modes[M];
  using P = std::conditional_t<cl::is_periodic(mode), whole_periodic<mode, I>, whole_once<mode, I>>;
  return cl::Policy<P> == cl::is_consistent(profile_of_terms(mode, whole_cases[I]));
}
template <std::size_t M, std::size_t... I>
constexpr bool whole_agree(std::index_sequence<I...>) {
  return (whole_agrees<M, I>() && ...);
}
template <std::size_t... M>
constexpr bool every_mode_agrees_whole(std::index_sequence<M...>) {
  return (whole_agree<M>(std::make_index_sequence<std::size(whole_cases)>{}) && ...);
}
static_assert(every_mode_agrees_whole(std::make_index_sequence<std::size(modes)>{}));
// The audit's two cases: a per-transaction policy whose terms name a weekly
// period, and one refused for a zero-count period.
static_assert(!cl::Policy<whole_once<cl::billing_mode::per_transaction, 1>>);
static_assert(!cl::is_consistent(profile_of_terms(cl::billing_mode::per_transaction, whole_cases[1])));
static_assert(!cl::Policy<whole_once<cl::billing_mode::per_transaction, 2>>);
static_assert(!cl::is_consistent(profile_of_terms(cl::billing_mode::per_transaction, whole_cases[2])));
static_assert(cl::Policy<whole_once<cl::billing_mode::per_transaction, 4>>);

// Support: a policy's stated terms are refused exactly when the profile of
// its tier and terms does not validate.
constexpr cl::support::terms support_cases[] = {
    {},
    {.channels = cl::channel::email},
    {.first_response = {.urgent = cl::calendar_time(1h)}},
    {.first_response = {.urgent = cl::calendar_time(0s)}},
    {.first_response = {.urgent = cl::calendar_time(-1s)}},
    {.first_response = {.low = cl::response_target::none()}},
    {.first_response = {.urgent = cl::response_target{1h, cl::response_clock::none}}},
    {.first_response = {.urgent = cl::business_time(1h)}, .hours = cl::weekly_hours{}},
    {.first_response = {.urgent = cl::calendar_time(1h)}, .hours = cl::weekly_hours{}},
    {.hours = cl::weekly_hours::weekdays(17h, 9h)},
    {.zone = cl::time_zone::fixed(25h)},
    {.zone = cl::time_zone::named("")},
    {.holidays = {std::chrono::year_month_day{}}},
    {.contact = cl::designated_contact::technical_account_manager},
};
constexpr cl::support_tier tiers[] = {cl::support_tier::self_service, cl::support_tier::support_desk,
                                      cl::support_tier::dedicated_team};
template <class... Ts>
constexpr void put_support_terms(cl::profile& p, const cl::support_terms& t, cl::type_list<Ts...>) {
  ((get<Ts>(p) = Ts::get(t)), ...);
}
template <std::size_t T, std::size_t I>
constexpr bool support_agrees() {
  using P = cl::support::stated_policy<tiers[T], support_cases[I]>;
  cl::profile p;
  get<cl::dimensions::support>(p) = tiers[T];
  put_support_terms(p, support_cases[I].over(cl::support_terms_for(tiers[T])),
                    cl::detail::wide_terms_t<cl::dimensions::support>{});
  return cl::Policy<P> == cl::is_consistent(p);
}
template <std::size_t T, std::size_t... I>
constexpr bool support_agree(std::index_sequence<I...>) {
  return (support_agrees<T, I>() && ...);
}
static_assert(support_agree<0>(std::make_index_sequence<std::size(support_cases)>{}));
static_assert(support_agree<1>(std::make_index_sequence<std::size(support_cases)>{}));
static_assert(support_agree<2>(std::make_index_sequence<std::size(support_cases)>{}));
static_assert(cl::Policy<cl::support::stated_policy<cl::support_tier::support_desk, support_cases[5]>>);
static_assert(!cl::Policy<cl::support::stated_policy<cl::support_tier::support_desk, support_cases[3]>>);

// invoice_dates<R> of a periodic relationship compiles (the other case is
// the compile-fail case invoice_dates_need_periodic_billing).
static_assert(*cl::invoice_dates<trial_sub>(2026y / std::chrono::March / 1).begin() ==
              2026y / std::chrono::March / 15);

}  // namespace

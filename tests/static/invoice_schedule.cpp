// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of invoice schedules: the terms are regular values, the
// schedule is a view, and schedules, next invoices, service periods, errors
// and bundles are evaluated in constant expressions.

#include <clientele/schedules/invoices.hpp>

#include <array>
#include <concepts>
#include <iterator>
#include <ranges>

namespace cl = clientele;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

namespace {

// The first N invoice dates, evaluated by the compiler.
template <std::size_t N>
constexpr std::array<year_month_day, N> first(const cl::invoice_schedule& s) {
  std::array<year_month_day, N> out{};
  auto it = s.begin();
  for (year_month_day& d : out) {
    d = *it;
    ++it;
  }
  return out;
}

template <std::size_t N>
constexpr std::array<year_month_day, N> first(const cl::billing_terms& t, year_month_day start) {
  return first<N>(cl::invoice_dates(t, start));
}

constexpr std::ptrdiff_t count(const cl::invoice_schedule& s) {
  std::ptrdiff_t n = 0;
  for (auto it = s.begin(); it != s.end(); ++it) {
    ++n;
  }
  return n;
}

}  // namespace

// --- the terms are regular values with the billing systems' defaults ---
static_assert(std::regular<cl::billing_terms> && std::regular<cl::free_trial> &&
              std::regular<cl::contract_term> && std::regular<cl::billing_anchor> &&
              std::regular<cl::billing_alignment>);
static_assert(cl::billing_terms{} ==
              cl::billing_terms{.period = cl::billing_period::monthly,
                                .timing = cl::invoice_timing::in_advance,
                                .offset = std::chrono::days{0},
                                .trial = cl::free_trial::days(0),
                                .term = cl::contract_term::evergreen(),
                                .anchor = cl::billing_anchor::start(),
                                .alignment = cl::billing_alignment::anniversary()});
static_assert(cl::billing_terms{} != cl::billing_terms{.timing = cl::invoice_timing::in_arrears});
// What a part does not read does not make it differ.
static_assert(cl::free_trial::days(0) == cl::free_trial::months(0));
static_assert(cl::contract_term{0, cl::term_end::expire} == cl::contract_term::evergreen());
static_assert(!cl::contract_term{0, cl::term_end::expire}.expires());
static_assert(cl::billing_anchor{cl::anchor_kind::start, 7, 2024y / 1 / 1} ==
              cl::billing_anchor::start());
static_assert(cl::billing_anchor::cycle_day(31) != cl::billing_anchor::cycle_day(30));
static_assert(cl::billing_alignment{cl::alignment_rule::drifting, std::chrono::Sunday} ==
              cl::billing_alignment::drifting());
static_assert(cl::billing_alignment::calendar(std::chrono::Sunday) !=
              cl::billing_alignment::calendar());
static_assert(cl::name_of(cl::alignment_rule::end_of_month) == "end_of_month");

// --- the schedule is a borrowed random-access view of dates ---
static_assert(std::ranges::view<cl::invoice_schedule>);
static_assert(std::ranges::random_access_range<cl::invoice_schedule>);
static_assert(std::ranges::borrowed_range<cl::invoice_schedule>);
static_assert(std::same_as<std::ranges::range_value_t<cl::invoice_schedule>, year_month_day>);
static_assert(!std::ranges::sized_range<cl::invoice_schedule>);
static_assert(std::ranges::view<cl::merged_schedule<3>>);
static_assert(std::ranges::forward_range<cl::merged_schedule<3>>);

// --- schedules in constant expressions ---
// The anniversary: the anchor's day, clipped, never from the previous date.
static_assert(first<5>({}, 2024y / 1 / 31) == std::array{2024y / 1 / 31, 2024y / 2 / 29,
                                                         2024y / 3 / 31, 2024y / 4 / 30,
                                                         2024y / 5 / 31});
static_assert(first<3>({.period = cl::billing_period::annual}, 2024y / 2 / 29) ==
              std::array{2024y / 2 / 29, 2025y / 2 / 28, 2026y / 2 / 28});
// Drifting: from the previous date.
static_assert(first<4>({.alignment = cl::billing_alignment::drifting()}, 2023y / 1 / 31) ==
              std::array{2023y / 1 / 31, 2023y / 2 / 28, 2023y / 3 / 28, 2023y / 4 / 28});
// End-of-month pinning.
static_assert(first<3>({.alignment = cl::billing_alignment::end_of_month()}, 2023y / 4 / 30) ==
              std::array{2023y / 4 / 30, 2023y / 5 / 31, 2023y / 6 / 30});
// Calendar alignment: half-years, and weeks starting on Monday.
static_assert(first<3>({.period = cl::billing_period::semiannual,
                        .alignment = cl::billing_alignment::calendar()},
                       2024y / 3 / 10) == std::array{2024y / 3 / 10, 2024y / 7 / 1, 2025y / 1 / 1});
static_assert(first<3>({.period = cl::billing_period::weekly,
                        .alignment = cl::billing_alignment::calendar(std::chrono::Monday)},
                       2024y / 1 / 3) == std::array{2024y / 1 / 3, 2024y / 1 / 8, 2024y / 1 / 15});
// A cycle day in arrears: the stub closes at the first anchor date.
static_assert(first<3>({.timing = cl::invoice_timing::in_arrears,
                        .anchor = cl::billing_anchor::cycle_day(1)},
                       2024y / 1 / 20) == std::array{2024y / 2 / 1, 2024y / 3 / 1, 2024y / 4 / 1});
// A trial, and an offset.
static_assert(first<2>({.trial = cl::free_trial::days(30)}, 2024y / 1 / 31) ==
              std::array{2024y / 3 / 1, 2024y / 4 / 1});
static_assert(first<2>({.offset = std::chrono::days{-3}}, 2024y / 3 / 1) ==
              std::array{2024y / 2 / 27, 2024y / 3 / 29});
// Random access, and a finite schedule counted by the compiler.
static_assert(cl::invoice_dates({}, 2024y / 1 / 31)[121] == 2034y / 2 / 28);
static_assert(count(cl::invoice_dates({.term = cl::contract_term::fixed(12, cl::term_end::expire),
                                       .anchor = cl::billing_anchor::cycle_day(1)},
                                      2024y / 1 / 15)) == 13);
static_assert(std::ranges::distance(cl::invoice_dates(
                  {.term = cl::contract_term::fixed(4, cl::term_end::expire)}, 2024y / 1 / 1)) ==
              4);

// --- next invoices and service periods ---
constexpr cl::billing_terms anchored{.anchor = cl::billing_anchor::cycle_day(31)};
static_assert(*cl::next_invoice_date(anchored, 2024y / 1 / 10, 2025y / 2 / 1) == 2025y / 2 / 28);
static_assert(cl::next_invoice(anchored, 2024y / 1 / 10, 2024y / 1 / 1)->service ==
              cl::service_period{2024y / 1 / 10, 2024y / 1 / 31, std::chrono::days{31}});
static_assert(cl::next_invoice(anchored, 2024y / 1 / 10, 2024y / 1 / 1)->service.length() ==
              std::chrono::days{21});
static_assert(!cl::next_invoice(anchored, 2024y / 1 / 10, 2024y / 2 / 1)->service.is_stub());
static_assert(cl::invoice_dates(anchored, 2024y / 1 / 10).begin().service().is_stub());

// --- errors are values ---
static_assert(cl::invoice_dates({}, 2023y / 2 / 29).error() == cl::schedule_error::invalid_start);
static_assert(cl::invoice_dates({}, 2023y / 2 / 29).empty());
static_assert(cl::invoice_dates({.anchor = cl::billing_anchor::cycle_day(40)}, 2024y / 1 / 1)
                  .error() == cl::schedule_error::invalid_anchor);
static_assert(cl::next_invoice_date({.term = cl::contract_term::fixed(1, cl::term_end::expire)},
                                    2024y / 1 / 1, 2024y / 3 / 1)
                  .error() == cl::schedule_error::after_last_invoice);
static_assert(cl::invoice_dates(cl::profile{}, 2024y / 1 / 1).error() ==
              cl::schedule_error::no_period);

// --- relationship types: their period, or the terms an application gives them ---
using retained = cl::archetypes::law_firm;
static_assert(cl::billing_terms_v<retained> == cl::billing_terms{});
static_assert(cl::invoice_dates<retained>(2024y / 1 / 31)[1] == 2024y / 2 / 29);
static_assert(cl::invoice_dates(cl::profile_of<retained>, 2024y / 1 / 31)[1] == 2024y / 2 / 29);

namespace {
using club =
    cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                     cl::billing::recurring<cl::period::monthly>, cl::agreement::service_contract>;
using club_locker =
    cl::relationship<cl::duration::ongoing, cl::offering::goods,
                     cl::billing::recurring<cl::period::monthly>, cl::agreement::service_contract>;
}  // namespace

// The club bills on the 1st; its lockers follow its terms, so a bundle of
// both can share one invoice.
template <>
struct cl::billing_terms_of<club> {
  static constexpr billing_terms value{.anchor = billing_anchor::cycle_day(1)};
};
template <>
struct cl::billing_terms_of<club_locker> : cl::billing_terms_of<club> {};

static_assert(first<2>(cl::invoice_dates<club>(2024y / 1 / 15)) ==
              std::array{2024y / 1 / 15, 2024y / 2 / 1});

// --- bundles ---
using membership = cl::bundle<club, club_locker, cl::archetypes::supermarket>;
static_assert(cl::recurring_parts_t<membership>::size == 2);
static_assert(cl::shares_one_invoice_v<membership>);
static_assert(!cl::shares_one_invoice_v<cl::bundle<club, retained>>);  // the anchors differ
static_assert(!cl::shares_one_invoice_v<
              cl::bundle<retained, cl::archetypes::car_maintenance_contract>>);  // the periods
static_assert(cl::shares_one_invoice_v<cl::bundle<cl::archetypes::supermarket>>);
static_assert(cl::bundle_invoice_dates<membership>(2024y / 1 / 15).begin().billed() == 0b11);
static_assert(*std::next(cl::bundle_invoice_dates<cl::bundle<club, retained>,
                                                  cl::bundle_billing::separately>(2024y / 1 / 15)
                             .begin()) == 2024y / 2 / 1);
static_assert(*std::next(cl::merge_schedules(cl::invoice_dates({}, 2024y / 1 / 31),
                                             cl::invoice_dates({}, 2024y / 2 / 10))
                             .begin(),
                         2) == 2024y / 2 / 29);

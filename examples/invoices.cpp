// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Invoice schedules: the invoices of March 2024 across a law firm's retained
// clients, a software company's subscribers on free trials, a gym's
// twelve-month memberships and a freelancer's time-and-materials work, each
// with the days it bills and the share of a stub period.

#include <clientele/ext/fmt.hpp>
#include <clientele/runtime.hpp>
#include <clientele/schedules/invoices.hpp>

#include <fmt/format.h>

#include <string>

namespace cl = clientele;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

//! [terms]
// A subscription with a fourteen-day free trial: the first paid month starts
// when the trial ends, and its day is the anniversary from then on. The trial
// is stated where the library's policy is named; every other term is the
// default of recurring billing.
using monthly_after_trial =
    cl::billing::recurring<cl::period::monthly, cl::billing::terms{.trial = cl::free_trial::days(14)}>;

// A twelve-month membership billed on the 1st, with a joining fee: a stub
// from the day of joining to the 1st, and a last stub when the twelve months
// are up. The period is said once, by the policy.
using twelve_months_on_the_1st = cl::billing::recurring<
    cl::period::monthly,
    cl::billing::terms{.term = cl::contract_term::fixed(12, cl::term_end::expire),
                       .anchor = cl::billing_anchor::cycle_day(1),
                       .charges = {cl::charge_kind::setup}}>;
//! [terms]

//! [run_time_terms]
// Terms as a value, for a schedule computed at run time: a quarterly fee
// invoiced when each quarter has ended.
constexpr cl::billing_terms quarterly_in_arrears{.period = cl::billing_period::quarterly,
                                                 .timing = cl::invoice_timing::in_arrears};
static_assert(cl::invoice_dates(quarterly_in_arrears, 2024y / 1 / 1).front() == 2024y / 4 / 1);
//! [run_time_terms]

//! [terms_of]
// The relationships carry their terms in their billing policies, so the terms
// reach the profile, its text and the registry. A retained client keeps the
// default: monthly on the anniversary of the start, in advance.
using retained_client = cl::archetypes::law_firm;
using subscriber = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                                    monthly_after_trial, cl::agreement::terms_of_sale,
                                    cl::party::business>;
using gym_member = cl::relationship<cl::duration::fixed_term, cl::offering::standard_service,
                                    twelve_months_on_the_1st, cl::agreement::service_contract,
                                    cl::party::individual>;
// A freelancer's client pays for hours worked as they are delivered, with no
// periodic schedule.
using freelance_work =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::time_and_materials, cl::agreement::service_contract,
                     cl::party::business>;

static_assert(cl::billing_terms_v<subscriber>.trial == cl::free_trial::days(14));
static_assert(cl::is_client_v<freelance_work> &&
              cl::leaning_of(cl::billing_mode::time_and_materials) == cl::leaning::client);
//! [terms_of]

//! [rule]
// A client retained on 31 January: each date is the 31st clipped to the
// month, computed from the anchor, never from the previous date.
static_assert(cl::invoice_dates<retained_client>(2024y / 1 / 31)[1] == 2024y / 2 / 29);
static_assert(cl::invoice_dates<retained_client>(2024y / 1 / 31)[2] == 2024y / 3 / 31);
static_assert(cl::invoice_dates<retained_client>(2024y / 1 / 31)[3] == 2024y / 4 / 30);
//! [rule]

//! [bundle]
// A membership with towel service on the same invoice, and a locker rented
// by the year, which cannot share the membership's invoices.
using towel_service =
    cl::relationship<cl::duration::fixed_term, cl::offering::standard_service,
                     twelve_months_on_the_1st, cl::agreement::service_contract>;
using locker_rental =
    cl::relationship<cl::duration::ongoing, cl::offering::goods,
                     cl::billing::recurring<cl::period::annual>, cl::agreement::service_contract>;

static_assert(cl::shares_one_invoice_v<cl::bundle<gym_member, towel_service>>);
static_assert(!cl::shares_one_invoice_v<cl::bundle<gym_member, locker_rental>>);
// bundle_invoice_dates<cl::bundle<gym_member, locker_rental>> would not
// compile; billed separately, each part keeps its own dates:
constexpr auto with_locker =
    cl::bundle_invoice_dates<cl::bundle<gym_member, locker_rental>, cl::bundle_billing::separately>(
        2024y / 2 / 14);
static_assert(with_locker.begin().billed() == 0b11);              // both on joining
static_assert(*std::next(with_locker.begin()) == 2024y / 3 / 1);  // the membership alone
//! [bundle]

namespace {

struct account {
  const char* name;
  year_month_day start;  // when the agreement was signed
};

constexpr account retained_clients[] = {{"Hartley & Sons", 2024y / 1 / 31},
                                        {"Ng Holdings", 2023y / 11 / 15}};
constexpr account subscribers[] = {
    {"acme.io", 2024y / 2 / 20}, {"bluebird.dev", 2024y / 1 / 5}, {"corvid.app", 2024y / 3 / 20}};
constexpr account members[] = {
    {"M. Okafor", 2023y / 3 / 10}, {"R. Silva", 2024y / 2 / 14}, {"T. Berg", 2024y / 3 / 18}};
constexpr account clients_of_the_freelancer[] = {{"Studio Pine", 2024y / 3 / 4}};

constexpr year_month_day month_start = 2024y / 3 / 1;
constexpr year_month_day month_end = 2024y / 4 / 1;

// What the listing below prints, checked by the compiler.
static_assert(*cl::next_invoice_date(cl::billing_terms_v<subscriber>, 2024y / 2 / 20,
                                     month_start) == 2024y / 3 / 5);  // the trial's end
static_assert(*cl::next_invoice_date(cl::billing_terms_v<subscriber>, 2024y / 3 / 20,
                                     month_start) == 2024y / 4 / 3);  // still on trial
static_assert(
    cl::next_invoice(cl::billing_terms_v<gym_member>, 2023y / 3 / 10, month_start)->service ==
    cl::service_period{2024y / 3 / 1, 2024y / 3 / 10, std::chrono::days{31}});  // the last stub
static_assert(cl::next_invoice_date(cl::billing_terms_v<gym_member>, 2023y / 3 / 10, 2024y / 3 / 2)
                  .error() == cl::schedule_error::after_last_invoice);

//! [month]
// Prints the invoices of account `a` dated in [from, to); returns how many.
template <cl::Relationship R>
int print_invoices(const account& a, year_month_day from, year_month_day to) {
  fmt::print("  {:<15} ", a.name);
  if constexpr (!cl::PeriodicBilling<R>) {
    fmt::print("no periodic schedule: invoiced as the work is delivered\n");
    return 0;
  } else {
    const cl::invoice_schedule schedule = cl::invoice_dates<R>(a.start);
    int count = 0;
    // lower_bound finds the first invoice on or after `from` from the
    // anchor, without walking the schedule from its start.
    for (auto it = schedule.lower_bound(from); it != schedule.end() && *it < to; ++it) {
      const cl::service_period served = it.service();
      const auto last_day = std::chrono::sys_days{served.to} - std::chrono::days{1};
      // Dates print in ISO 8601 with <clientele/ext/fmt.hpp>.
      fmt::print("{}{}  bills {} to {}, {:2} of {:2} days{}", count++ == 0 ? "" : "\n                  ",
                 *it, served.from, year_month_day{last_day}, served.length().count(),
                 served.full.count(), served.is_stub() ? " (stub)" : "");
    }
    if (count == 0) {
      fmt::print("no invoice this month; the first paid day is {}", schedule.service_start());
    }
    fmt::print("\n");
    return count;
  }
}
//! [month]

template <cl::Relationship R, std::size_t N>
int print_all(const char* title, const account (&accounts)[N]) {
  fmt::print("{}\n", title);
  int count = 0;
  for (const account& a : accounts) {
    count += print_invoices<R>(a, month_start, month_end);
  }
  return count;
}

}  // namespace

int main() {
  fmt::print("Invoices dated in March 2024\n\n");
  int count = 0;
  count += print_all<retained_client>("Law firm: retained clients (monthly retainer, in advance)",
                                      retained_clients);
  count += print_all<subscriber>("Software: subscribers (monthly after a 14-day free trial)",
                                 subscribers);
  count += print_all<gym_member>("Gym: twelve-month memberships (billed on the 1st)", members);
  count += print_all<freelance_work>("Freelancer: time and materials", clients_of_the_freelancer);

  fmt::print("\nA gym member with a locker rented by the year, billed separately:\n");
  int shown = 0;
  for (auto it = with_locker.begin(); it != with_locker.end() && shown < 4; ++it, ++shown) {
    fmt::print("  {}  {}\n", *it, it.billed() == 0b11 ? "membership and locker"
                          : it.billed() == 1  ? "membership"
                                              : "locker");
  }

  // The terms survive storage: each type's profile as text, read back.
  fmt::print("\nStored profiles (terms other than the defaults are kept):\n");
  const std::string texts[] = {cl::to_string(cl::profile_of<subscriber>),
                               cl::to_string(cl::profile_of<gym_member>),
                               cl::to_string(cl::profile_of<freelance_work>)};
  for (const std::string& text : texts) {
    const cl::parse_result back = cl::parse_profile(text);
    if (!back || cl::to_string(*back) != text) {
      fmt::print("the text did not read back: {}\n", text);
      return 1;
    }
    fmt::print("  {}\n", *back);  // a profile prints as its text form
  }

  // Hartley & Sons, Ng Holdings, acme.io, bluebird.dev, M. Okafor, R. Silva
  // and T. Berg are invoiced in March; corvid.app is on trial, Studio Pine
  // has no schedule.
  if (count != 7) {
    fmt::print("expected 7 invoices in March 2024, found {}\n", count);
    return 1;
  }
  fmt::print("\n{} invoices in March 2024\n", count);
  return 0;
}

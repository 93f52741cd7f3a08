// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A support queue on a Friday evening: tickets from accounts of several
// relationship types, each under the first-response terms of its support
// tier (or an application's own tier), in the order they must be answered.

#include <clientele/ext/fmt.hpp>
#include <clientele/models/archetypes.hpp>
#include <clientele/models/presets.hpp>
#include <clientele/runtime.hpp>
#include <clientele/support/deadlines.hpp>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace cl = clientele;
using namespace std::chrono;
using namespace std::chrono_literals;

//! [custom_tier]
// An application's own tier, in the manner of a cloud provider's top support
// plan: answered around the clock, with a named technical account manager.
constexpr cl::support_terms enterprise_plan{
    .channels = cl::channel::email | cl::channel::chat | cl::channel::phone,
    .first_response = {.urgent = cl::calendar_time(15min),
                       .high = cl::calendar_time(1h),
                       .normal = cl::calendar_time(4h),
                       .low = cl::calendar_time(12h)},
    .contact = cl::designated_contact::technical_account_manager};

//! [custom_tier]

//! [stated_terms]
// The library's support desk, moved to an office in UTC+01:00 that is
// closed on Monday 9 March: the zone and the holidays are stated where the
// tier is named, and its channels, targets and hours stay the tier's.
using desk_in_paris_policy = cl::support::support_desk::with<cl::support::terms{
    .zone = cl::time_zone::fixed(1h), .holidays = {2026y / March / 9}}>;
using paris_store = cl::archetypes::online_store::with<desk_in_paris_policy>;
constexpr cl::support_terms desk_in_paris = cl::support_terms_v<paris_store>;
static_assert(desk_in_paris.first_response ==
              cl::support_terms_for(cl::support_tier::support_desk).first_response);

// A help desk that commits to urgent and high tickets only: the priorities
// it does not name have no target.
using two_priority_desk = cl::support::support_desk::with<cl::support::terms{
    .first_response = {.urgent = cl::calendar_time(30min), .high = cl::business_time(2h)}}>;
using helpdesk_customer = cl::archetypes::online_store::with<two_priority_desk>;
static_assert(cl::support_terms_v<helpdesk_customer>.channels ==
              cl::support_terms_for(cl::support_tier::support_desk).channels);
//! [stated_terms]

//! [due]
// A customer's high-priority ticket at 16:30 UTC on Friday 6 March 2026: the
// support desk answers within four business hours, open 08:00-20:00 on
// weekdays, so three and a half hours on Friday and half an hour on Monday.
constexpr sys_seconds friday_1630 = sys_days{2026y / March / 6} + 16h + 30min;
static_assert(cl::first_response_due(cl::support_terms_v<cl::customer>, cl::priority::high,
                                     friday_1630) == sys_days{2026y / March / 9} + 8h + 30min);
// A client's urgent ticket is due a quarter of an hour later, at any hour.
static_assert(cl::first_response_due(cl::support_terms_v<cl::client>, cl::priority::urgent,
                                     friday_1630) == friday_1630 + 15min);
// A priority the terms commit nothing to has no deadline, and says so.
static_assert(cl::first_response_due(cl::support_terms_v<helpdesk_customer>, cl::priority::low,
                                     friday_1630)
                  .error() == cl::deadline_error::no_target);
//! [due]

namespace {

struct account {
  std::string_view name;
  std::string_view kind;
  const cl::support_terms& terms;
};

}  // namespace

int main() {
  // Each account's terms come from its relationship type's support tier,
  // except the cloud customer's, which the application declared itself.
  const account hale{"Hale & Partners", "law_firm", cl::support_terms_v<cl::archetypes::law_firm>};
  const account northwind{"Northwind Books", "accounting_firm",
                          cl::support_terms_v<cl::archetypes::accounting_firm>};
  const account orbit{"Orbit Analytics", "saas_subscription",
                      cl::support_terms_v<cl::archetypes::saas_subscription>};
  const account corner{"Corner Market", "supermarket",
                       cl::support_terms_v<cl::archetypes::supermarket>};
  const account bean{"Bean There", "coffee_shop", cl::support_terms_v<cl::archetypes::coffee_shop>};
  const account lumiere{"Boutique Lumiere", "online_store (UTC+1)", desk_in_paris};
  const account acme{"Acme Cloud", "enterprise_plan", enterprise_plan};

  //! [route]
  const sys_days friday = 2026y / March / 6;
  struct opened {
    const account& from;
    cl::priority level;
    sys_seconds at;
  };
  const std::vector<opened> tickets{
      {orbit, cl::priority::high, friday + 16h + 30min},
      {hale, cl::priority::urgent, friday + 17h + 50min},
      {bean, cl::priority::normal, friday + 12h},
      {acme, cl::priority::high, friday + 17h + 30min},
      {corner, cl::priority::urgent, friday + 17h},
      {lumiere, cl::priority::normal, friday + 18h},
      {northwind, cl::priority::low, friday + 18h + 10min},
      {acme, cl::priority::low, friday + 16h},
  };
  std::vector<cl::support_ticket> batch;
  for (const opened& t : tickets) {
    batch.push_back({t.from.terms, t.level, t.at});
  }
  const std::vector<cl::routed_ticket> queue = cl::order_by_first_response(batch);
  //! [route]

  const sys_seconds now = friday + 18h + 20min;
  // Instants print with {fmt}'s chrono formatter, deadlines (a
  // deadline_result) in ISO 8601 with <clientele/ext/fmt.hpp>.
  fmt::print("Queue at {:%a %Y-%m-%d %H:%M} UTC, earliest deadline first:\n", now);
  for (const cl::routed_ticket& r : queue) {
    const opened& t = tickets[r.index];
    const cl::support_terms& terms = t.from.terms;
    const cl::response_target target = terms.first_response[t.level];
    std::string status;
    if (!r.due) {
      status = fmt::format("no deadline: {}", cl::explain(r.due.error()));
    } else if (cl::is_late(terms, t.level, t.at, now).value_or(false)) {
      status = fmt::format("LATE by {}", duration_cast<minutes>(now - *r.due));
    } else {
      status = fmt::format("{} of {} time left",
                           duration_cast<minutes>(cl::time_remaining(terms, t.level, t.at, now).value()),
                           target.clock);
    }
    fmt::print("  due {:<20} {:<17} {:<21} {:<7} by {:<34} {:<26} {}\n", r.due, t.from.name,
               t.from.kind, t.level, terms.channels, terms.contact, status);
  }

  // The order the deadlines give, and two of them.
  const std::vector<std::size_t> expected{4, 1, 3, 7, 0, 6, 5, 2};
  bool ok = queue.size() == expected.size();
  for (std::size_t i = 0; ok && i < queue.size(); ++i) {
    ok = queue[i].index == expected[i];
  }
  ok = ok && queue[0].due == friday + 18h;                        // Corner Market: one hour
  ok = ok && queue[6].due == sys_days{2026y / March / 10} + 14h;  // Paris: 15:00 local, Tuesday

  //! [stored]
  // An account kept in a database as its profile's text: its support terms
  // come back whole (a term left out is the tier's default).
  const cl::parse_result stored = cl::parse_profile(
      "{support=support_desk, channels=email+phone, "
      "first_response=urgent:30m:calendar+high:2h:business+normal:8h:business+low:1d:business, "
      "hours=mon-fri/08:00-18:00, zone=-05:00, holidays=2026-03-09}");
  if (!stored || !cl::validate(*stored).empty()) {
    fmt::print("the stored account did not read back\n");
    return 1;
  }
  const cl::support_terms harbor = cl::support_terms_from(*stored);
  // A high-priority ticket at 17:30 local time on Friday (22:30 UTC): half an
  // hour on Friday; Monday is a holiday; an hour and a half on Tuesday.
  const cl::deadline_result<sys_seconds> due =
      cl::first_response_due(harbor, cl::priority::high, friday + 22h + 30min);
  fmt::print("\nStored account (UTC-05:00): high ticket on {:%a %Y-%m-%d %H:%M} UTC due {}\n",
             friday + 22h + 30min, due);
  ok = ok && due == sys_days{2026y / March / 10} + 14h + 30min;
  //! [stored]

  fmt::print("{}\n", ok ? "every deadline as expected" : "UNEXPECTED DEADLINES");
  return ok ? 0 : 1;
}

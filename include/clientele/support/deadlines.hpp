// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief First-response deadlines: when a ticket must be answered under a
/// tier's `support_terms` (`first_response_due`), how much time is left
/// (`time_remaining`), whether it is late (`is_late`), and a batch of tickets
/// in the order they fall due (`order_by_first_response`). See the page
/// @ref deadlines.

#ifndef CLIENTELE_SUPPORT_DEADLINES_HPP
#define CLIENTELE_SUPPORT_DEADLINES_HPP

#include <clientele/support/calendar.hpp>
#include <clientele/support/commitments.hpp>

#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <ranges>
#include <vector>

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail {

constexpr bool known_priority(priority p) noexcept {
  return static_cast<std::size_t>(p) < enum_count_v<priority>;
}

// The target for `level` once the terms and the priority are known to be good.
constexpr deadline_result<response_target> target_for(const support_terms& terms,
                                                      priority level) noexcept {
  if (!known_priority(level)) {
    return deadline_error::unknown_priority;
  }
  if (const deadline_error e = check_terms(terms); e != deadline_error::none) {
    return e;
  }
  const response_target target = terms.first_response[level];
  if (target.time.count() <= 0) {
    return deadline_error::no_target;
  }
  if (target.clock == response_clock::business && terms.calendar.hours.empty()) {
    return deadline_error::no_open_hours;
  }
  return target;
}

}  // namespace detail
/// @endcond

/// @brief When the first response to a ticket of priority @p level, opened at
/// @p created_at, is due under @p terms.
///
/// A calendar-clock target is plain elapsed time: `created_at + target`. A
/// business-clock target counts the open time of `terms.calendar` from the
/// first open moment at or after @p created_at; nights, closed days and
/// holidays do not count, and a target that runs out exactly at a closing
/// time is due at that closing time. Local hours follow the calendar zone's
/// wall clock, so the same `09:00-17:00` is a different UTC span on either
/// side of a daylight-saving change. Second precision; the cost grows with
/// the days, holidays and zone changes spanned, not with the target.
/// @snippet tickets.cpp due
/// @returns the due instant, or `deadline_error::unknown_priority`,
/// `no_target` (a target of zero), `invalid_target`, `no_open_hours` (a
/// business clock over empty hours), `invalid_hours`, `invalid_holidays`,
/// `invalid_zone`, or `out_of_range` (outside the years 1 to 9999).
[[nodiscard]] constexpr deadline_result<std::chrono::sys_seconds> first_response_due(
    const support_terms& terms, priority level, std::chrono::sys_seconds created_at) noexcept {
  const deadline_result<response_target> target = detail::target_for(terms, level);
  if (!target) {
    return target.error();
  }
  const std::int64_t start = created_at.time_since_epoch().count();
  if (!detail::supported(start)) {
    return deadline_error::out_of_range;
  }
  if (target->clock == response_clock::calendar) {
    if (target->time.count() >= detail::end_instant - start) {
      return deadline_error::out_of_range;
    }
    return created_at + target->time;
  }
  return add_open_time(terms.calendar, created_at, target->time);
}

/// @brief How much of the target is left at @p now, on the target's own
/// clock: elapsed time for a calendar-clock target, open time for a
/// business-clock target. Negative once the target is overrun.
///
/// For a business-clock target the answer stops at zero while the calendar
/// is closed: a ticket due at Friday's closing time has zero left all
/// weekend, and `is_late` says it is late. Before @p created_at the whole
/// target is left.
/// @returns the time left, or the errors of `first_response_due`.
[[nodiscard]] constexpr deadline_result<std::chrono::seconds> time_remaining(
    const support_terms& terms, priority level, std::chrono::sys_seconds created_at,
    std::chrono::sys_seconds now) noexcept {
  const deadline_result<response_target> target = detail::target_for(terms, level);
  if (!target) {
    return target.error();
  }
  if (!detail::supported(created_at.time_since_epoch().count()) ||
      !detail::supported(now.time_since_epoch().count())) {
    return deadline_error::out_of_range;
  }
  if (now <= created_at) {
    return target->time;
  }
  if (target->clock == response_clock::calendar) {
    return target->time - (now - created_at);
  }
  const deadline_result<std::chrono::seconds> used =
      open_time_between(terms.calendar, created_at, now);
  if (!used) {
    return used.error();
  }
  return target->time - *used;
}

/// @brief Whether a first response given at @p now would be late: @p now is
/// after the due instant (a response at the due second is on time).
/// @returns the answer, or the errors of `first_response_due`.
[[nodiscard]] constexpr deadline_result<bool> is_late(const support_terms& terms, priority level,
                                                      std::chrono::sys_seconds created_at,
                                                      std::chrono::sys_seconds now) noexcept {
  const deadline_result<std::chrono::sys_seconds> due =
      first_response_due(terms, level, created_at);
  if (!due) {
    return due.error();
  }
  return now > *due;
}

// --- batches ---------------------------------------------------------------------------

/// @brief A ticket waiting for its first response: the terms it falls
/// under, its priority and when it was opened. The terms must outlive the
/// ticket.
struct support_ticket {
  std::reference_wrapper<const support_terms> terms;  ///< The account's terms.
  priority level = priority::normal;                  ///< How urgent it is.
  std::chrono::sys_seconds created_at{};              ///< When it was opened.
};

/// @brief A ticket of a batch with its due instant: its position in the
/// batch, and its deadline or the error that kept it from being computed.
struct routed_ticket {
  std::size_t index = 0;                            ///< Position in the batch given.
  deadline_result<std::chrono::sys_seconds> due{};  ///< Its deadline, or why there is none.

  /// Equal when index and deadline are.
  friend constexpr bool operator==(const routed_ticket&, const routed_ticket&) = default;
};

/// @brief The tickets of @p batch in the order their first responses fall
/// due: earliest deadline first; at the same instant the more urgent
/// priority first, then the order of the batch. Tickets whose deadline is
/// an error come last, in the order of the batch.
/// `Batch` is a random-access range of `support_ticket`: a `std::vector`, a
/// `std::array`, a `std::span`.
template <class Batch>
  requires std::ranges::random_access_range<const Batch> &&
           std::same_as<std::ranges::range_value_t<const Batch>, support_ticket>
[[nodiscard]] std::vector<routed_ticket> order_by_first_response(const Batch& tickets) {
  const auto batch = std::ranges::begin(tickets);
  const auto n = static_cast<std::size_t>(std::ranges::end(tickets) - batch);
  // What the order reads, in 16 bytes, so that sorting moves small keys and
  // never looks back into the batch: the deadline, then the priority and the
  // position. Tickets without a deadline keep their error aside, in the
  // order of the batch, and come last.
  struct sort_key {
    std::int64_t at;
    std::uint64_t rest;  // priority in the top byte, position below
  };
  std::vector<sort_key> keys;
  keys.reserve(n);
  std::vector<routed_ticket> failed;
  for (std::size_t i = 0; i < n; ++i) {
    const support_ticket& t = batch[static_cast<std::ptrdiff_t>(i)];
    const deadline_result<std::chrono::sys_seconds> due =
        first_response_due(t.terms.get(), t.level, t.created_at);
    if (due.has_value()) {
      keys.push_back({due->time_since_epoch().count(),
                      (std::uint64_t{static_cast<unsigned char>(t.level)} << 56) | i});
    } else {
      failed.push_back(routed_ticket{i, due});
    }
  }
  std::sort(keys.begin(), keys.end(), [](const sort_key& a, const sort_key& b) {
    return a.at != b.at ? a.at < b.at : a.rest < b.rest;
  });
  std::vector<routed_ticket> out;
  out.reserve(n);
  for (const sort_key& k : keys) {
    out.push_back(routed_ticket{static_cast<std::size_t>(k.rest & ((std::uint64_t{1} << 56) - 1)),
                                std::chrono::sys_seconds{std::chrono::seconds{k.at}}});
  }
  out.insert(out.end(), failed.begin(), failed.end());
  return out;
}

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_DEADLINES_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::billing_terms`: how a periodic fee is invoiced, as a
/// catalogue or a contract writes it (period, timing, offset, trial, term,
/// anchor, alignment). The schedule the terms give is in `invoices.hpp`; see
/// the page @ref invoices.

#ifndef CLIENTELE_SCHEDULES_TERMS_HPP
#define CLIENTELE_SCHEDULES_TERMS_HPP

#include <clientele/catalogue/billing_period.hpp>

#include <chrono>
#include <cstdint>
#include <string_view>

namespace clientele {

/// @brief Which end of the period it bills an invoice is dated at.
enum class invoice_timing : unsigned char {
  in_advance,  ///< the first day of the period: the first invoice is dated the start date
  in_arrears   ///< the first day of the next period, when the period billed has ended
};

/// @brief Names of `invoice_timing` values.
template <>
struct enum_traits<invoice_timing> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"in_advance", "in_arrears"};
};

/// @brief A free trial: `count` units before the first paid period, which
/// starts when the trial ends. No trial when `count` is zero.
struct free_trial {
  /// How many units the trial lasts: 0 (no trial) to `max_count`.
  std::uint16_t count = 0;
  /// The unit: days, weeks or months (years are accepted too).
  period_unit unit = period_unit::day;

  /// The longest trial, in units.
  static constexpr std::uint16_t max_count = 4095;

  /// @brief A trial of @p n days.
  [[nodiscard]] static constexpr free_trial days(std::uint16_t n) noexcept {
    return {n, period_unit::day};
  }
  /// @brief A trial of @p n weeks.
  [[nodiscard]] static constexpr free_trial weeks(std::uint16_t n) noexcept {
    return {n, period_unit::week};
  }
  /// @brief A trial of @p n months.
  [[nodiscard]] static constexpr free_trial months(std::uint16_t n) noexcept {
    return {n, period_unit::month};
  }

  /// Equal when both are no trial, or count and unit are equal.
  friend constexpr bool operator==(const free_trial& a, const free_trial& b) noexcept {
    return (a.count == 0 && b.count == 0) || (a.count == b.count && a.unit == b.unit);
  }
};

/// @brief What a fixed term does when it ends.
enum class term_end : unsigned char {
  renew,  ///< a new term follows: invoices go on as if the term were evergreen
  expire  ///< the schedule stops: its last service period ends with the term
};

/// @brief Names of `term_end` values.
template <>
struct enum_traits<term_end> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"renew", "expire"};
};

/// @brief How long the agreement runs: evergreen (until cancelled), or a
/// fixed number of billing periods counted from the start (after any trial).
struct contract_term {
  /// The length of a fixed term in billing periods; 0 for an evergreen term.
  std::uint16_t periods = 0;
  /// What a fixed term does when it ends.
  term_end at_end = term_end::renew;

  /// @brief An evergreen term.
  [[nodiscard]] static constexpr contract_term evergreen() noexcept { return {}; }
  /// @brief A term of @p periods billing periods that renews or expires.
  [[nodiscard]] static constexpr contract_term fixed(std::uint16_t periods,
                                                     term_end at_end) noexcept {
    return {periods, at_end};
  }
  /// @brief Whether the schedule ends: a fixed term that expires.
  [[nodiscard]] constexpr bool expires() const noexcept {
    return periods != 0 && at_end == term_end::expire;
  }

  /// Equal when both are evergreen, or length and end action are equal.
  friend constexpr bool operator==(const contract_term& a, const contract_term& b) noexcept {
    return (a.periods == 0 && b.periods == 0) || (a.periods == b.periods && a.at_end == b.at_end);
  }
};

/// @brief What a billing anchor is.
enum class anchor_kind : unsigned char {
  start,      ///< the start date (after any trial): the anniversary
  cycle_day,  ///< a day of the month, 1 to 31, the billing-cycle day
  date        ///< an explicit first anchor date, on or after the start
};

/// @brief Names of `anchor_kind` values.
template <>
struct enum_traits<anchor_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"start", "cycle_day", "date"};
};

/// @brief The date the billing cycle is counted from. When it is not the
/// start, the time from the start to the first anchor date is a stub period.
struct billing_anchor {
  /// Which anchor.
  anchor_kind kind = anchor_kind::start;
  /// The billing-cycle day (1 to 31) when `kind` is `cycle_day`.
  unsigned char day = 0;
  /// The first anchor date when `kind` is `date`.
  std::chrono::year_month_day date{};

  /// @brief The start date.
  [[nodiscard]] static constexpr billing_anchor start() noexcept { return {}; }
  /// @brief Billing-cycle day @p d, 1 to 31 (clipped to shorter months);
  /// the first anchor date is the first such day on or after the start.
  [[nodiscard]] static constexpr billing_anchor cycle_day(unsigned d) noexcept {
    return {anchor_kind::cycle_day, static_cast<unsigned char>(d <= 31 ? d : 0), {}};
  }
  /// @brief The first anchor date @p d.
  [[nodiscard]] static constexpr billing_anchor first_date(std::chrono::year_month_day d) noexcept {
    return {anchor_kind::date, 0, d};
  }

  /// Equal when the kinds are equal and so is what that kind reads.
  friend constexpr bool operator==(const billing_anchor& a, const billing_anchor& b) noexcept {
    return a.kind == b.kind && (a.kind != anchor_kind::cycle_day || a.day == b.day) &&
           (a.kind != anchor_kind::date || a.date == b.date);
  }
};

/// @brief How the dates after the anchor are found.
enum class alignment_rule : unsigned char {
  /// Each date is the anchor plus k periods, the anchor's day clipped to the
  /// month's last day (31 January, 29 February, 31 March).
  anniversary,
  /// The calendar's own boundaries: months whose number since January of
  /// year 0 is a multiple of the count (the 1st of each month, quarter
  /// starts, 1 January and 1 July), years that are a multiple of the count
  /// (1 January), or a chosen weekday for weeks.
  calendar,
  /// A start or first anchor date on a month's last day pins every date to
  /// a month's last day (28 February, 31 March, 30 April); otherwise, and
  /// with a cycle day (31 is every month's last day), as `anniversary`.
  end_of_month,
  /// Each date is the previous date plus one period, clipped: a date that
  /// falls on a shorter month stays early (31 January, 28 February,
  /// 28 March). It drifts, as in some ERPs; it is not what billing systems do.
  drifting
};

/// @brief Names of `alignment_rule` values.
template <>
struct enum_traits<alignment_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"anniversary", "calendar", "end_of_month",
                                               "drifting"};
};

/// @brief The alignment policy: a rule, and for calendar-aligned weeks the
/// weekday they start on.
///
/// `end_of_month` and `drifting` concern month lengths only: for periods in
/// days or weeks they give the same dates as `anniversary`. `calendar`
/// needs a period in weeks, months or years and the start as anchor.
struct billing_alignment {
  /// The rule.
  alignment_rule rule = alignment_rule::anniversary;
  /// The first day of a calendar-aligned week.
  std::chrono::weekday week_start = std::chrono::Monday;

  /// @brief The anniversary rule.
  [[nodiscard]] static constexpr billing_alignment anniversary() noexcept { return {}; }
  /// @brief Calendar alignment, weeks starting on @p first_day.
  [[nodiscard]] static constexpr billing_alignment calendar(
      std::chrono::weekday first_day = std::chrono::Monday) noexcept {
    return {alignment_rule::calendar, first_day};
  }
  /// @brief End-of-month pinning.
  [[nodiscard]] static constexpr billing_alignment end_of_month() noexcept {
    return {alignment_rule::end_of_month, std::chrono::Monday};
  }
  /// @brief The drifting rule.
  [[nodiscard]] static constexpr billing_alignment drifting() noexcept {
    return {alignment_rule::drifting, std::chrono::Monday};
  }

  /// Equal when the rules are equal (and, for calendar alignment, the weekdays).
  friend constexpr bool operator==(const billing_alignment& a,
                                   const billing_alignment& b) noexcept {
    return a.rule == b.rule && (a.rule != alignment_rule::calendar || a.week_start == b.week_start);
  }
};

/// @brief How a periodic fee is invoiced: what `invoice_dates` reads.
///
/// An aggregate, written with designated initializers; every field has the
/// default billing systems use (monthly, in advance, anniversary, evergreen):
/// @snippet invoices.cpp terms
struct billing_terms {
  /// How often an invoice is issued.
  billing_period period = billing_period::monthly;
  /// Which end of its period an invoice is dated at.
  invoice_timing timing = invoice_timing::in_advance;
  /// @brief Moves every invoice date by this many days (negative: earlier), at most
  /// `max_offset` either way; the service periods do not move.
  std::chrono::days offset{0};
  /// A free trial before the first paid period.
  free_trial trial{};
  /// Evergreen, or a fixed number of periods.
  contract_term term{};
  /// The date the cycle is counted from.
  billing_anchor anchor{};
  /// How the dates after the anchor are found.
  billing_alignment alignment{};

  /// The largest offset either way.
  static constexpr std::chrono::days max_offset{366};

  /// Equal when every field is.
  friend constexpr bool operator==(const billing_terms&, const billing_terms&) = default;
};

}  // namespace clientele

#endif  // CLIENTELE_SCHEDULES_TERMS_HPP

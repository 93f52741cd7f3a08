// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::billing_terms`: how a periodic fee is invoiced, as a
/// catalogue or a contract writes it (period, timing, offset, trial, term,
/// anchor, alignment). The schedule the terms give is in `invoices.hpp`; see
/// the page @ref invoices.

#ifndef CLIENTELE_CATALOGUE_BILLING_TERMS_HPP
#define CLIENTELE_CATALOGUE_BILLING_TERMS_HPP

#include <clientele/catalogue/billing_period.hpp>
#include <clientele/framework/stated.hpp>

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace clientele {

/// @brief Which end of the period it bills an invoice is dated at.
enum class invoice_timing : unsigned char {
  in_advance,  ///< the first day of the period: the first invoice is dated the start date
  in_arrears   ///< the first day of the next period, when the period billed has ended
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `invoice_timing` values.
template <>
struct enum_traits<invoice_timing> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"in_advance", "in_arrears"};
};
/// @endcond

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

/// @cond CLIENTELE_DETAIL
/// @brief Names of `term_end` values.
template <>
struct enum_traits<term_end> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"renew", "expire"};
};
/// @endcond

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

/// @cond CLIENTELE_DETAIL
/// @brief Names of `anchor_kind` values.
template <>
struct enum_traits<anchor_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"start", "cycle_day", "date"};
};
/// @endcond

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

/// @cond CLIENTELE_DETAIL
/// @brief Names of `alignment_rule` values.
template <>
struct enum_traits<alignment_rule> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"anniversary", "calendar", "end_of_month",
                                               "drifting"};
};
/// @endcond

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

/// @brief A charge an offering adds to its billing mode's own: a one-time
/// setup fee, a recurring base fee, a metered usage charge.
enum class charge_kind : unsigned char {
  setup,      ///< a one-time fee, on the first invoice
  recurring,  ///< a fixed fee every period (a base plan under metered usage)
  usage       ///< what was used in a period, on the invoice that follows it
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `charge_kind` values.
template <>
struct enum_traits<charge_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"setup", "recurring", "usage"};
};
/// @endcond

/// @brief The charges an offering adds to its billing mode's own (a setup fee
/// with a monthly fee; a base plan with metered usage). They ride on the
/// invoices of the schedule: a setup fee on the first, recurring and usage
/// charges on each; they add no dates.
class charge_set {
 public:
  /// No extra charge.
  constexpr charge_set() noexcept = default;
  /// @brief The charges @p cs.
  constexpr charge_set(std::initializer_list<charge_kind> cs) noexcept {
    for (charge_kind c : cs) {
      insert(c);
    }
  }
  /// @brief Adds @p c (a value outside `charge_kind` is ignored).
  constexpr charge_set& insert(charge_kind c) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ | bit(c));
    return *this;
  }
  /// @brief Whether @p c is among the charges.
  [[nodiscard]] constexpr bool contains(charge_kind c) const noexcept {
    return bit(c) != 0 && (bits_ & bit(c)) != 0;
  }
  /// Whether there is no extra charge.
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  /// The charges as bits, `1 << charge_kind`.
  [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
  /// Equal when they hold the same charges.
  friend constexpr bool operator==(charge_set, charge_set) = default;

 private:
  static constexpr unsigned bit(charge_kind c) noexcept {
    const auto i = static_cast<unsigned>(c);
    return i < enum_count_v<charge_kind> ? 1U << i : 0U;
  }
  std::uint8_t bits_ = 0;
};

/// @brief A billing anchor in a template argument: its kind, cycle day and
/// date fields.
template <>
struct structural_form<billing_anchor> {
  /// The anchor's fields.
  struct type {
    anchor_kind kind;                                       ///< which anchor
    unsigned char day;                                      ///< the cycle day
    structural_form<std::chrono::year_month_day>::type date;  ///< the first anchor date
  };
  /// The fields of @p a.
  [[nodiscard]] static constexpr type encode(const billing_anchor& a) noexcept {
    return {a.kind, a.day, structural_form<std::chrono::year_month_day>::encode(a.date)};
  }
  /// The anchor of fields @p f.
  [[nodiscard]] static constexpr billing_anchor decode(const type& f) noexcept {
    return {f.kind, f.day, structural_form<std::chrono::year_month_day>::decode(f.date)};
  }
};

/// @brief An alignment in a template argument: its rule and weekday.
template <>
struct structural_form<billing_alignment> {
  /// The alignment's fields.
  struct type {
    alignment_rule rule;  ///< the rule
    unsigned week_start;  ///< the first day of a calendar-aligned week, as a C encoding
  };
  /// The fields of @p a.
  [[nodiscard]] static constexpr type encode(const billing_alignment& a) noexcept {
    return {a.rule, a.week_start.c_encoding()};
  }
  /// The alignment of fields @p f.
  [[nodiscard]] static constexpr billing_alignment decode(const type& f) noexcept {
    return {f.rule, std::chrono::weekday{f.week_start}};
  }
};

/// @brief Charges in a template argument: their bits.
template <>
struct structural_form<charge_set> {
  /// The bits, `1 << charge_kind`.
  using type = std::uint8_t;
  /// The bits of @p s.
  [[nodiscard]] static constexpr type encode(const charge_set& s) noexcept { return s.bits(); }
  /// The charges of bits @p bits.
  [[nodiscard]] static constexpr charge_set decode(type bits) noexcept {
    charge_set s;
    for (unsigned i = 0; i < enum_count_v<charge_kind>; ++i) {
      if ((bits & (1U << i)) != 0) {
        s.insert(static_cast<charge_kind>(i));
      }
    }
    return s;
  }
};

/// @brief How a periodic fee is invoiced: what `invoice_dates` reads.
///
/// An aggregate, written with designated initializers; every field has the
/// default billing systems use (monthly, in advance, anniversary, evergreen):
/// @snippet invoices.cpp run_time_terms
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
  /// Charges besides the billing mode's own; they add no dates.
  charge_set charges{};

  /// The largest offset either way.
  static constexpr std::chrono::days max_offset{366};

  /// Equal when every field is.
  friend constexpr bool operator==(const billing_terms&, const billing_terms&) = default;
};


/// @brief Why a schedule is empty, or why a date was not found.
enum class schedule_error : unsigned char {
  none,                  ///< no error
  invalid_start,         ///< the start date is not a valid date
  invalid_date,          ///< the date asked about is not a valid date
  invalid_period,        ///< the period is not valid (see `is_valid`)
  invalid_timing,        ///< the timing is not an `invoice_timing`
  invalid_offset,        ///< the offset is larger than `billing_terms::max_offset`
  invalid_trial,         ///< the trial is longer than `free_trial::max_count` or its unit unknown
  invalid_term,          ///< the term's end action is not a `term_end`
  invalid_anchor,        ///< a cycle day outside 1 to 31, an anchor date that is not valid
  anchor_before_start,   ///< the first anchor date is before the start (after any trial)
  invalid_alignment,     ///< the rule or the weekday is not valid
  anchor_with_calendar,  ///< calendar alignment with an anchor other than the start
  calendar_needs_weeks_months_or_years,  ///< calendar alignment of a period in days
  no_period,                             ///< the profile or relationship has no billing period
  beyond_calendar,    ///< a date needed lies after the last year `std::chrono::year` holds
  after_last_invoice  ///< the date is after the last invoice of an expiring term
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `schedule_error` values.
template <>
struct enum_traits<schedule_error> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"none",
                                               "invalid_start",
                                               "invalid_date",
                                               "invalid_period",
                                               "invalid_timing",
                                               "invalid_offset",
                                               "invalid_trial",
                                               "invalid_term",
                                               "invalid_anchor",
                                               "anchor_before_start",
                                               "invalid_alignment",
                                               "anchor_with_calendar",
                                               "calendar_needs_weeks_months_or_years",
                                               "no_period",
                                               "beyond_calendar",
                                               "after_last_invoice"};
};
/// @endcond

/// @cond CLIENTELE_DETAIL
namespace detail {
template <class E>
constexpr bool valid_enum(E e) noexcept {
  return static_cast<std::size_t>(e) < enum_count_v<E>;
}
}  // namespace detail
/// @endcond

/// @brief Whether @p t can give a schedule, whatever its start: a valid
/// period, enumerators of their enumerations, an offset and a trial within
/// their limits, a cycle day from 1 to 31 or a valid anchor date, and
/// calendar alignment only from the start with a period of weeks, months or
/// years.
/// @returns `schedule_error::none`, or the first problem found.
[[nodiscard]] constexpr schedule_error check_terms(const billing_terms& t) noexcept {
  using detail::valid_enum;
  if (!is_valid(t.period)) {
    return schedule_error::invalid_period;
  }
  if (!valid_enum(t.timing)) {
    return schedule_error::invalid_timing;
  }
  if (t.offset > billing_terms::max_offset || t.offset < -billing_terms::max_offset) {
    return schedule_error::invalid_offset;
  }
  if (t.trial.count > free_trial::max_count || !valid_enum(t.trial.unit)) {
    return schedule_error::invalid_trial;
  }
  if (!valid_enum(t.term.at_end)) {
    return schedule_error::invalid_term;
  }
  const billing_anchor& a = t.anchor;
  if (!valid_enum(a.kind) || (a.kind == anchor_kind::cycle_day && (a.day < 1 || a.day > 31)) ||
      (a.kind == anchor_kind::date && !a.date.ok())) {
    return schedule_error::invalid_anchor;
  }
  if (!valid_enum(t.alignment.rule) ||
      (t.alignment.rule == alignment_rule::calendar && !t.alignment.week_start.ok())) {
    return schedule_error::invalid_alignment;
  }
  if (t.alignment.rule == alignment_rule::calendar) {
    if (a.kind != anchor_kind::start) {
      return schedule_error::anchor_with_calendar;
    }
    if (t.period.unit == period_unit::day) {
      return schedule_error::calendar_needs_weeks_months_or_years;
    }
  }
  return schedule_error::none;
}

/// @brief The terms of the billing dimension that a profile holds besides
/// the period (`terms::period`): each a field whose key in the text form is
/// its `name`. A field left unspecified holds the default of the billing
/// mode (`default_billing_terms`).
namespace terms {

/// @brief Which end of its period an invoice is dated at (`timing=in_arrears`).
struct timing final {
  /// Its value.
  using value_type = invoice_timing;
  /// Its key in the text form.
  static constexpr std::string_view name = "timing";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.timing; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.timing = v; }
};

/// @brief Days by which invoice dates move (`offset=-3_days`).
struct offset final {
  /// Its value.
  using value_type = std::chrono::days;
  /// Its key in the text form.
  static constexpr std::string_view name = "offset";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.offset; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.offset = v; }
};

/// @brief A free trial before the first paid period (`trial=30_days`).
struct trial final {
  /// Its value.
  using value_type = free_trial;
  /// Its key in the text form.
  static constexpr std::string_view name = "trial";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.trial; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.trial = v; }
};

/// @brief Evergreen, or a fixed number of periods (`term=12_periods_expire`).
struct term final {
  /// Its value.
  using value_type = contract_term;
  /// Its key in the text form.
  static constexpr std::string_view name = "term";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.term; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.term = v; }
};

/// @brief The date the cycle is counted from (`anchor=day_1`, `anchor=2027-01-31`).
struct anchor final {
  /// Its value.
  using value_type = billing_anchor;
  /// Its key in the text form.
  static constexpr std::string_view name = "anchor";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.anchor; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.anchor = v; }
};

/// @brief How dates after the anchor are found (`alignment=calendar`).
struct alignment final {
  /// Its value.
  using value_type = billing_alignment;
  /// Its key in the text form.
  static constexpr std::string_view name = "alignment";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.alignment; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.alignment = v; }
};

/// @brief Charges besides the billing mode's own (`charges=setup+usage`).
struct charges final {
  /// Its value.
  using value_type = charge_set;
  /// Its key in the text form.
  static constexpr std::string_view name = "charges";
  /// The term in @p t.
  static constexpr value_type get(const billing_terms& t) noexcept { return t.charges; }
  /// Sets the term in @p t.
  static constexpr void set(billing_terms& t, const value_type& v) noexcept { t.charges = v; }
};

}  // namespace terms

}  // namespace clientele

#endif  // CLIENTELE_CATALOGUE_BILLING_TERMS_HPP

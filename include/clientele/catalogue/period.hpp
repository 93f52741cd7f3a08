// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The library's billing period types: `period::every<N, Unit>` and
/// the named periods (`period::monthly`, `period::thirty_days`...), each
/// naming its `std::chrono` duration. See the page @ref dim_billing.

#ifndef CLIENTELE_PERIOD_HPP
#define CLIENTELE_PERIOD_HPP

#include <clientele/queries.hpp>

#include <chrono>
#include <ratio>

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail {
template <std::intmax_t N, period_unit Unit>
struct period_duration {
  using unit = std::conditional_t<
      Unit == period_unit::day, std::chrono::days,
      std::conditional_t<Unit == period_unit::week, std::chrono::weeks,
                         std::conditional_t<Unit == period_unit::month, std::chrono::months,
                                            std::chrono::years>>>;
  // One unit is the standard type itself (std::chrono::months for monthly).
  using type = std::conditional_t<
      N == 1, unit,
      std::chrono::duration<typename unit::rep,
                            std::ratio_multiply<std::ratio<N>, typename unit::period>>>;
};
template <billing_period P>
struct period_duration_of : period_duration<P.count, P.unit> {};
}  // namespace detail
/// @endcond

/// @brief The `std::chrono` duration of @p P: `count` days, weeks, months
/// or years (months and years as `std::chrono` defines them, averages of the
/// Gregorian calendar).
template <billing_period P>
using period_duration_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::period_duration_of<P>::type);

/// @brief The library's billing periods.
namespace period {

/// @brief The base of every period type: `N` units of `Unit`, with its
/// `std::chrono` duration.
template <std::uint16_t N, period_unit Unit>
struct length {
  /// The period.
  static constexpr billing_period value{N, Unit};
  /// The length of one period.
  using duration = period_duration_t<value>;
};

/// @brief Every @p N units of @p Unit: `every<2, period_unit::week>` is a
/// fortnight, `every<30, period_unit::day>` is Kill Bill's THIRTY_DAYS.
template <std::uint16_t N, period_unit Unit>
struct every final : length<N, Unit> {};

struct daily final : length<1, period_unit::day> {};          ///< every day
struct weekly final : length<1, period_unit::week> {};        ///< every week
struct biweekly final : length<2, period_unit::week> {};      ///< every two weeks
struct thirty_days final : length<30, period_unit::day> {};   ///< every 30 days, not a month
struct monthly final : length<1, period_unit::month> {};      ///< every month
struct quarterly final : length<3, period_unit::month> {};    ///< every three months
struct semiannual final : length<6, period_unit::month> {};   ///< every six months
struct annual final : length<1, period_unit::year> {};        ///< every year
struct biennial final : length<2, period_unit::year> {};      ///< every two years
using annually = annual;  ///< every year (the name before 0.2)

}  // namespace period

/// @brief The length of one billing period of `R`, a `std::chrono::duration`
/// type such as `std::chrono::months`.
///
/// *Mandates:* `R`'s billing is `recurring` or `retainer`.
template <Relationship R>
using billing_interval_t = period_duration_t<billing_period_v<R>>;

}  // namespace clientele

#endif  // CLIENTELE_PERIOD_HPP

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

/// @brief The `std::chrono` duration of @p P: `count` days, weeks, months
/// or years (months and years as `std::chrono` defines them, averages of the
/// Gregorian calendar).
namespace detail {
template <std::intmax_t N, period_unit Unit>
struct period_duration {
  using unit = std::conditional_t<
      Unit == period_unit::day, std::chrono::days::period,
      std::conditional_t<Unit == period_unit::week, std::chrono::weeks::period,
                         std::conditional_t<Unit == period_unit::month, std::chrono::months::period,
                                            std::chrono::years::period>>>;
  using type = std::chrono::duration<int, std::ratio_multiply<std::ratio<N>, unit>>;
};
template <billing_period P>
struct period_duration_of : period_duration<P.count, P.unit> {};
}  // namespace detail

template <billing_period P>
using period_duration_t = typename detail::period_duration_of<P>::type;

/// @brief The library's billing periods.
namespace period {

/// @brief Every @p N units of @p Unit: `every<2, period_unit::week>` is a
/// fortnight, `every<30, period_unit::day>` is Kill Bill's THIRTY_DAYS.
template <std::uint16_t N, period_unit Unit>
struct every final {
  /// The period.
  static constexpr billing_period value{N, Unit};
  /// The length of one period.
  using duration = period_duration_t<value>;
};

using daily = every<1, period_unit::day>;          ///< every day
using weekly = every<1, period_unit::week>;        ///< every week
using biweekly = every<2, period_unit::week>;      ///< every two weeks
using thirty_days = every<30, period_unit::day>;   ///< every 30 days
using monthly = every<1, period_unit::month>;      ///< every month
using quarterly = every<3, period_unit::month>;    ///< every three months
using semiannual = every<6, period_unit::month>;   ///< every six months
using annual = every<1, period_unit::year>;        ///< every year
using biennial = every<2, period_unit::year>;      ///< every two years
using annually = annual;                           ///< every year (the name before 0.2)

}  // namespace period

/// @brief The length of one billing period of `R`, a `std::chrono::duration`
/// type such as `std::chrono::months`.
///
/// *Mandates:* `R`'s billing is `recurring` or `retainer`.
template <Relationship R>
using billing_interval_t = period_duration_t<billing_period_v<R>>;

}  // namespace clientele

#endif  // CLIENTELE_PERIOD_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The library's billing periods, `period::weekly`, `monthly`,
/// `quarterly` and `annually`, each naming its `std::chrono` duration.
///
/// Modelled on seed 000 ("Financial Commitment", "(e.g., monthly)"); see the
/// page @ref dim_billing.

#ifndef CLIENTELE_PERIOD_HPP
#define CLIENTELE_PERIOD_HPP

#include <clientele/billing_period.hpp>

#include <chrono>
#include <ratio>

namespace clientele {

/// @brief The library's billing periods. Each names its `std::chrono`
/// duration as the member type `duration`.
namespace period {

/// @brief Every week; `duration` is `std::chrono::weeks`.
struct weekly final : basic_policy<dimensions::period, billing_period::weekly> {
  /// The length of one period.
  using duration = std::chrono::weeks;
};

/// @brief Every month; `duration` is `std::chrono::months`.
struct monthly final : basic_policy<dimensions::period, billing_period::monthly> {
  /// The length of one period.
  using duration = std::chrono::months;
};

/// @brief Every three months; `duration` is three `std::chrono::months`.
struct quarterly final : basic_policy<dimensions::period, billing_period::quarterly> {
  /// The length of one period.
  using duration =
      std::chrono::duration<int, std::ratio_multiply<std::ratio<3>, std::chrono::months::period>>;
};

/// @brief Every year; `duration` is `std::chrono::years`.
struct annually final : basic_policy<dimensions::period, billing_period::annually> {
  /// The length of one period.
  using duration = std::chrono::years;
};

}  // namespace period

}  // namespace clientele

#endif  // CLIENTELE_PERIOD_HPP

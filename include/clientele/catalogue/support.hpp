// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The support dimension: who looks after the counterpart once they have bought (the support tier).
///
/// Modelled on the source @ref source_difference "Client vs Customer: What's the Difference" ("How Do Client and Customer Service Vary?"); see the page @ref dim_support.

#ifndef CLIENTELE_SUPPORT_HPP
#define CLIENTELE_SUPPORT_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the support dimension: who looks after the counterpart once they have bought (the support tier).
enum class support_tier : unsigned char {
  self_service,  ///< Help the buyer finds alone: documentation, answers to common questions.
  support_desk,  ///< A customer support group that answers by email, chat and phone, for many buyers at once.
  dedicated_team,  ///< A professional services team that looks after a small number of accounts.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `support_tier`.
template <>
struct enum_traits<support_tier> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"self_service", "support_desk", "dedicated_team"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The support dimension: who looks after the counterpart once they have bought (the support tier).
struct support final : enum_dimension<support_tier> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "support";
};

}  // namespace dimensions

/// @brief A policy of the support dimension: any type with
/// `using dimension = clientele::dimensions::support;` and
/// `static constexpr clientele::support_tier value`.
template <class P>
concept SupportPolicy = PolicyOf<P, dimensions::support>;

/// @brief The library's policies for the support dimension.
namespace support {

/// @brief Help the buyer finds alone: documentation, answers to common questions.
///
/// Leans to: customer.
struct self_service final : basic_policy<dimensions::support, support_tier::self_service> {};

/// @brief A customer support group that answers by email, chat and phone, for many buyers at once.
///
/// Leans to: customer.
struct support_desk final : basic_policy<dimensions::support, support_tier::support_desk> {};

/// @brief A professional services team that looks after a small number of accounts.
///
/// Leans to: client.
struct dedicated_team final : basic_policy<dimensions::support, support_tier::dedicated_team> {};

}  // namespace support

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_HPP

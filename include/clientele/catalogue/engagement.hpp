// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The engagement dimension: how the two sides interact.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Level of Engagement"), @ref source_simple "Client VS CUSTOMER - A simple approach" ("Two-Way Interaction") and @ref source_cbce "CBCE Skill India" (section 2); see the page @ref dim_engagement.

#ifndef CLIENTELE_ENGAGEMENT_HPP
#define CLIENTELE_ENGAGEMENT_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the engagement dimension: how the two sides interact.
enum class engagement_level : unsigned char {
  transactional,  ///< Contact ends when the sale is made.
  responsive,  ///< The provider is in touch when the buyer asks for it.
  collaborative,  ///< Two-way work, with frequent meetings and consultations.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `engagement_level`.
template <>
struct enum_traits<engagement_level> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"transactional", "responsive", "collaborative"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::either, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The engagement dimension: how the two sides interact.
struct engagement final : enum_dimension<engagement_level> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "engagement";
};

}  // namespace dimensions

/// @brief A policy of the engagement dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::engagement;`
/// - `static constexpr clientele::engagement_level value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `engagement::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::engagement, value>`.
template <class P>
concept EngagementPolicy = PolicyOf<P, dimensions::engagement>;

/// @brief The library's policies for the engagement dimension.
namespace engagement {

/// @brief Contact ends when the sale is made.
///
/// Leans to: customer.
struct transactional final : basic_policy<dimensions::engagement, engagement_level::transactional> {};

/// @brief The provider is in touch when the buyer asks for it.
///
/// Leans to: either.
struct responsive final : basic_policy<dimensions::engagement, engagement_level::responsive> {};

/// @brief Two-way work, with frequent meetings and consultations.
///
/// Leans to: client.
struct collaborative final : basic_policy<dimensions::engagement, engagement_level::collaborative> {};

}  // namespace engagement

}  // namespace clientele

#endif  // CLIENTELE_ENGAGEMENT_HPP

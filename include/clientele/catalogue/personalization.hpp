// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The personalization dimension: how far the offer is shaped to the counterpart.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer", @ref source_distinction "Understanding the Distinction" (section 2), @ref source_simple "Client VS CUSTOMER - A simple approach" and @ref source_cbce "CBCE Skill India" (section 3); see the page @ref dim_personalization.

#ifndef CLIENTELE_PERSONALIZATION_HPP
#define CLIENTELE_PERSONALIZATION_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the personalization dimension: how far the offer is shaped to the counterpart.
enum class personalization_level : unsigned char {
  standardized,  ///< The same offer for every buyer.
  recommendations,  ///< A standard offer, with suggestions picked for the buyer.
  tailored,  ///< A solution built around the counterpart's particular needs.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `personalization_level`.
template <>
struct enum_traits<personalization_level> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"standardized", "recommendations", "tailored"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The personalization dimension: how far the offer is shaped to the counterpart.
struct personalization final : enum_dimension<personalization_level> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "personalization";
};

}  // namespace dimensions

/// @brief A policy of the personalization dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::personalization;`
/// - `static constexpr clientele::personalization_level value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `personalization::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::personalization, value>`.
template <class P>
concept PersonalizationPolicy = PolicyOf<P, dimensions::personalization>;

/// @brief The library's policies for the personalization dimension.
namespace personalization {

/// @brief The same offer for every buyer.
///
/// Leans to: customer.
struct standardized final : basic_policy<dimensions::personalization, personalization_level::standardized> {};

/// @brief A standard offer, with suggestions picked for the buyer.
///
/// Leans to: customer.
struct recommendations final : basic_policy<dimensions::personalization, personalization_level::recommendations> {};

/// @brief A solution built around the counterpart's particular needs.
///
/// Leans to: client.
struct tailored final : basic_policy<dimensions::personalization, personalization_level::tailored> {};

}  // namespace personalization

}  // namespace clientele

#endif  // CLIENTELE_PERSONALIZATION_HPP

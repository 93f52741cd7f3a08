// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The duration dimension: how long the relationship lasts.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Duration of Relationship"), @ref source_distinction "Understanding the Distinction" (section 1), @ref source_simple "Client VS CUSTOMER - A simple approach" and @ref source_cbce "CBCE Skill India" (section 4); see the page @ref dim_duration.

#ifndef CLIENTELE_DURATION_HPP
#define CLIENTELE_DURATION_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the duration dimension: how long the relationship lasts.
enum class duration_kind : unsigned char {
  one_time,  ///< A single purchase; the relationship ends with it, as at a car showroom.
  repeat,  ///< The buyer comes back, but every visit is a transaction of its own, like a regular at a coffee shop.
  ongoing,  ///< A relationship that continues beyond any one purchase, as with a law firm's retained client.
  fixed_term,  ///< A relationship for a set length that then ends: an event, a rental, a 12-month membership.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `duration_kind`.
template <>
struct enum_traits<duration_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"one_time", "repeat", "ongoing", "fixed_term"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client,
                                         leaning::either};
};
/// @endcond

namespace dimensions {

/// @brief The duration dimension: how long the relationship lasts.
struct duration final : enum_dimension<duration_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "duration";
};

}  // namespace dimensions

/// @brief A policy of the duration dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::duration;`
/// - `static constexpr clientele::duration_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `duration::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::duration, value>`.
template <class P>
concept DurationPolicy = PolicyOf<P, dimensions::duration>;

/// @brief The library's policies for the duration dimension.
namespace duration {

/// @brief A single purchase; the relationship ends with it, as at a car showroom.
///
/// Leans to: customer.
struct one_time final : basic_policy<dimensions::duration, duration_kind::one_time> {};

/// @brief The buyer comes back, but every visit is a transaction of its own, like a regular at a coffee shop.
///
/// Leans to: customer.
struct repeat final : basic_policy<dimensions::duration, duration_kind::repeat> {};

/// @brief A relationship that continues beyond any one purchase, as with a law firm's retained client.
///
/// Leans to: client.
struct ongoing final : basic_policy<dimensions::duration, duration_kind::ongoing> {};

/// @brief A relationship for a set length that then ends: an event, a
/// rental, a 12-month membership (a service contract of a fixed term).
struct fixed_term final : basic_policy<dimensions::duration, duration_kind::fixed_term> {};

}  // namespace duration

}  // namespace clientele

#endif  // CLIENTELE_DURATION_HPP

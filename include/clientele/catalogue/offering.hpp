// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The offering dimension: what the provider sells.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Type of Business Interaction") and @ref source_difference "Client vs Customer: What's the Difference"; see the page @ref dim_offering.

#ifndef CLIENTELE_OFFERING_HPP
#define CLIENTELE_OFFERING_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the offering dimension: what the provider sells.
enum class offering_kind : unsigned char {
  goods,  ///< Physical products, such as groceries or a television.
  standard_service,  ///< A service sold off the shelf, the same for every buyer, such as software as a service or a restaurant meal.
  professional_service,  ///< Expertise, knowledge and guidance from professionals such as lawyers, accountants or consultants.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `offering_kind`.
template <>
struct enum_traits<offering_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"goods", "standard_service", "professional_service"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The offering dimension: what the provider sells.
struct offering final : enum_dimension<offering_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "offering";
};

}  // namespace dimensions

/// @brief A policy of the offering dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::offering;`
/// - `static constexpr clientele::offering_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `offering::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::offering, value>`.
template <class P>
concept OfferingPolicy = PolicyOf<P, dimensions::offering>;

/// @brief The library's policies for the offering dimension.
namespace offering {

/// @brief Physical products, such as groceries or a television.
///
/// Leans to: customer.
struct goods final : basic_policy<dimensions::offering, offering_kind::goods> {};

/// @brief A service sold off the shelf, the same for every buyer, such as software as a service or a restaurant meal.
///
/// Leans to: customer.
struct standard_service final : basic_policy<dimensions::offering, offering_kind::standard_service> {};

/// @brief Expertise, knowledge and guidance from professionals such as lawyers, accountants or consultants.
///
/// Leans to: client.
struct professional_service final : basic_policy<dimensions::offering, offering_kind::professional_service> {};

}  // namespace offering

}  // namespace clientele

#endif  // CLIENTELE_OFFERING_HPP

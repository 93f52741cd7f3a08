// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The purpose dimension: who uses what is bought.
///
/// Modelled on the source @ref source_difference "Client vs Customer: What's the Difference" ("Consumer vs Customer"); see the page @ref dim_purpose.

#ifndef CLIENTELE_PURPOSE_HPP
#define CLIENTELE_PURPOSE_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the purpose dimension: who uses what is bought.
enum class purpose_kind : unsigned char {
  end_use,  ///< The buyer uses what is bought.
  on_behalf,  ///< The buyer buys for someone else: a gift, an organization, or resale.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `purpose_kind`.
template <>
struct enum_traits<purpose_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"end_use", "on_behalf"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::either, leaning::either};
};
/// @endcond

namespace dimensions {

/// @brief The purpose dimension: who uses what is bought.
struct purpose final : enum_dimension<purpose_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "purpose";
};

}  // namespace dimensions

/// @brief A policy of the purpose dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::purpose;`
/// - `static constexpr clientele::purpose_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `purpose::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::purpose, value>`.
template <class P>
concept PurposePolicy = PolicyOf<P, dimensions::purpose>;

/// @brief The library's policies for the purpose dimension.
namespace purpose {

/// @brief The buyer uses what is bought.
///
/// Leans to: either.
struct end_use final : basic_policy<dimensions::purpose, purpose_kind::end_use> {};

/// @brief The buyer buys for someone else: a gift, an organization, or resale.
///
/// Leans to: either.
struct on_behalf final : basic_policy<dimensions::purpose, purpose_kind::on_behalf> {};

}  // namespace purpose

}  // namespace clientele

#endif  // CLIENTELE_PURPOSE_HPP

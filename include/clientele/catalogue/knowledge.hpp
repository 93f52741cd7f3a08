// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The knowledge dimension: what the provider knows of the counterpart.
///
/// Modelled on the source @ref source_simple "Client VS CUSTOMER - A simple approach" ("Two-Way Interaction" and "Limited Interaction"); see the page @ref dim_knowledge.

#ifndef CLIENTELE_KNOWLEDGE_HPP
#define CLIENTELE_KNOWLEDGE_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the knowledge dimension: what the provider knows of the counterpart.
enum class knowledge_level : unsigned char {
  minimal,  ///< The provider knows little beyond the purchase.
  deep,  ///< The provider understands the counterpart's preferences and needs.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `knowledge_level`.
template <>
struct enum_traits<knowledge_level> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"minimal", "deep"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The knowledge dimension: what the provider knows of the counterpart.
struct knowledge final : enum_dimension<knowledge_level> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "knowledge";
};

}  // namespace dimensions

/// @brief A policy of the knowledge dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::knowledge;`
/// - `static constexpr clientele::knowledge_level value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `knowledge::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::knowledge, value>`.
template <class P>
concept KnowledgePolicy = PolicyOf<P, dimensions::knowledge>;

/// @brief The library's policies for the knowledge dimension.
namespace knowledge {

/// @brief The provider knows little beyond the purchase.
///
/// Leans to: customer.
struct minimal final : basic_policy<dimensions::knowledge, knowledge_level::minimal> {};

/// @brief The provider understands the counterpart's preferences and needs.
///
/// Leans to: client.
struct deep final : basic_policy<dimensions::knowledge, knowledge_level::deep> {};

}  // namespace knowledge

}  // namespace clientele

#endif  // CLIENTELE_KNOWLEDGE_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The dependency dimension: how much the counterpart depends on this provider.
///
/// Modelled on the source @ref source_spotlight "Difference Between Client and Customer" ("Dependency"); see the page @ref dim_dependency.

#ifndef CLIENTELE_DEPENDENCY_HPP
#define CLIENTELE_DEPENDENCY_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the dependency dimension: how much the counterpart depends on this provider.
enum class dependency_level : unsigned char {
  low,  ///< The buyer could readily shop elsewhere.
  high,  ///< The counterpart relies on the provider's expertise and would not easily replace it.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `dependency_level`.
template <>
struct enum_traits<dependency_level> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"low", "high"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The dependency dimension: how much the counterpart depends on this provider.
struct dependency final : enum_dimension<dependency_level> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "dependency";
};

}  // namespace dimensions

/// @brief A policy of the dependency dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::dependency;`
/// - `static constexpr clientele::dependency_level value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `dependency::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::dependency, value>`.
template <class P>
concept DependencyPolicy = PolicyOf<P, dimensions::dependency>;

/// @brief The library's policies for the dependency dimension.
namespace dependency {

/// @brief The buyer could readily shop elsewhere.
///
/// Leans to: customer.
struct low final : basic_policy<dimensions::dependency, dependency_level::low> {};

/// @brief The counterpart relies on the provider's expertise and would not easily replace it.
///
/// Leans to: client.
struct high final : basic_policy<dimensions::dependency, dependency_level::high> {};

}  // namespace dependency

}  // namespace clientele

#endif  // CLIENTELE_DEPENDENCY_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The advice dimension: whether the counterpart relies on the provider's professional advice (trust and advice).
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Trust and Advice"), @ref source_difference "Client vs Customer: What's the Difference" and @ref source_cbce "CBCE Skill India" (section 2); see the page @ref dim_advice.

#ifndef CLIENTELE_ADVICE_HPP
#define CLIENTELE_ADVICE_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the advice dimension: whether the counterpart relies on the provider's professional advice (trust and advice).
enum class advice_kind : unsigned char {
  none,  ///< The buyer does not look to the provider for advice.
  advisory,  ///< The counterpart trusts and relies on the provider's professional advice.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `advice_kind`.
template <>
struct enum_traits<advice_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"none", "advisory"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The advice dimension: whether the counterpart relies on the provider's professional advice (trust and advice).
struct advice final : enum_dimension<advice_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "advice";
};

}  // namespace dimensions

/// @brief A policy of the advice dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::advice;`
/// - `static constexpr clientele::advice_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `advice::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::advice, value>`.
template <class P>
concept AdvicePolicy = PolicyOf<P, dimensions::advice>;

/// @brief The library's policies for the advice dimension.
namespace advice {

/// @brief The buyer does not look to the provider for advice.
///
/// Leans to: customer.
struct none final : basic_policy<dimensions::advice, advice_kind::none> {};

/// @brief The counterpart trusts and relies on the provider's professional advice.
///
/// Leans to: client.
struct advisory final : basic_policy<dimensions::advice, advice_kind::advisory> {};

}  // namespace advice

}  // namespace clientele

#endif  // CLIENTELE_ADVICE_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The agreement dimension: what binds the two sides.
///
/// Modelled on the sources @ref source_spotlight "Difference Between Client and Customer" ("Who is a Client?") and @ref source_difference "Client vs Customer: What's the Difference" ("lengthy contracts and subscriptions"); see the page @ref dim_agreement.

#ifndef CLIENTELE_AGREEMENT_HPP
#define CLIENTELE_AGREEMENT_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the agreement dimension: what binds the two sides.
enum class agreement_kind : unsigned char {
  none,  ///< No agreement beyond the exchange itself.
  terms_of_sale,  ///< The standard terms that govern a sale.
  service_contract,  ///< A contract for a length of service.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `agreement_kind`.
template <>
struct enum_traits<agreement_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"none", "terms_of_sale", "service_contract"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client};
};
/// @endcond

namespace dimensions {

/// @brief The agreement dimension: what binds the two sides.
struct agreement final : enum_dimension<agreement_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "agreement";
};

}  // namespace dimensions

/// @brief A policy of the agreement dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::agreement;`
/// - `static constexpr clientele::agreement_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `agreement::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::agreement, value>`.
template <class P>
concept AgreementPolicy = PolicyOf<P, dimensions::agreement>;

/// @brief The library's policies for the agreement dimension.
namespace agreement {

/// @brief No agreement beyond the exchange itself.
///
/// Leans to: customer.
struct none final : basic_policy<dimensions::agreement, agreement_kind::none> {};

/// @brief The standard terms that govern a sale.
///
/// Leans to: customer.
struct terms_of_sale final : basic_policy<dimensions::agreement, agreement_kind::terms_of_sale> {};

/// @brief A contract for a length of service.
///
/// Leans to: client.
struct service_contract final : basic_policy<dimensions::agreement, agreement_kind::service_contract> {};

}  // namespace agreement

}  // namespace clientele

#endif  // CLIENTELE_AGREEMENT_HPP

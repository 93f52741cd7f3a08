// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The party dimension: who the counterpart is.
///
/// Modelled on the source @ref source_spotlight "Difference Between Client and Customer" (the part on who can be a client); see the page @ref dim_party.

#ifndef CLIENTELE_PARTY_HPP
#define CLIENTELE_PARTY_HPP

#include <clientele/framework/dimension.hpp>

namespace clientele {

/// @brief The values of the party dimension: who the counterpart is.
enum class party_kind : unsigned char {
  individual,  ///< A private person.
  business,  ///< A company.
  government_agency,  ///< A public body.
  nonprofit,  ///< A non-governmental or charitable organization.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `party_kind`.
template <>
struct enum_traits<party_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"individual", "business", "government_agency", "nonprofit"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::either, leaning::either, leaning::either, leaning::either};
};
/// @endcond

namespace dimensions {

/// @brief The party dimension: who the counterpart is.
struct party final : enum_dimension<party_kind> {
  /// The dimension's key in the text form.
  static constexpr std::string_view name = "party";
};

}  // namespace dimensions

/// @brief A policy of the party dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::party;`
/// - `static constexpr clientele::party_kind value`, one of the enumeration's
///   values and usable in constant expressions.
///
/// **What a model may also provide:** nothing else is read. The library's
/// `party::...` policies are models; a type derived from one is not (they are
/// `final`): write the two members, or derive from
/// `clientele::basic_policy<dimensions::party, value>`.
template <class P>
concept PartyPolicy = PolicyOf<P, dimensions::party>;

/// @brief The library's policies for the party dimension.
namespace party {

/// @brief A private person.
///
/// Leans to: either.
struct individual final : basic_policy<dimensions::party, party_kind::individual> {};

/// @brief A company.
///
/// Leans to: either.
struct business final : basic_policy<dimensions::party, party_kind::business> {};

/// @brief A public body.
///
/// Leans to: either.
struct government_agency final : basic_policy<dimensions::party, party_kind::government_agency> {};

/// @brief A non-governmental or charitable organization.
///
/// Leans to: either.
struct nonprofit final : basic_policy<dimensions::party, party_kind::nonprofit> {};

}  // namespace party

}  // namespace clientele

#endif  // CLIENTELE_PARTY_HPP

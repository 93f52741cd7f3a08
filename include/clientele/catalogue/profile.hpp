// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::profile`: the profile of the library's catalogue, and
/// where each dimension of that catalogue lies in a relationship's code.

#ifndef CLIENTELE_CATALOGUE_PROFILE_HPP
#define CLIENTELE_CATALOGUE_PROFILE_HPP

#include <clientele/catalogue/catalogue.hpp>
#include <clientele/framework/basic_profile.hpp>

#include <cstdint>

namespace clientele {

/// @brief The profile of the library's catalogue: what `profile_of<R>`,
/// the text form, `validate` and the registry work with.
using profile = basic_profile<catalogue>;

/// @brief The number of dimensions in the library's catalogue.
inline constexpr std::size_t dimension_count = catalogue::size;

/// @brief The set of dimensions `Ds...` of the library's catalogue as a
/// bit mask, one bit per position in `catalogue`; a kind rule and a derived
/// property list the dimensions they read this way.
template <Dimension... Ds>
  requires(detail::contains<Ds, catalogue> && ...)
inline constexpr std::uint32_t dimension_mask_v =
    ((std::uint32_t{1} << detail::index_in<Ds, catalogue>) | ... | 0u);

namespace detail {

// The place of field F of the library's catalogue in a code.
template <class F>
inline constexpr std::size_t catalogue_offset_v = offset_v<F, catalogue>;

// The code of one policy (the rule bit for a kind rule, zero for a type that
// is not a policy or whose dimension is not in the catalogue), cached per
// type.
template <class D, class P, class... Ts>
constexpr code_t policy_code(type_list<Ts...>) noexcept {
  return (D::encode(P::value) << catalogue_offset_v<D>) |
         ((D::template term_field<Ts, P>() << catalogue_offset_v<Ts>) | ... | code_t{0});
}

template <class P>
inline constexpr code_t code_v = [] {
  if constexpr (defect_v<P> != policy_defect::none) {
    return code_t{0};
  } else if constexpr (std::is_same_v<typename P::dimension, dimensions::kind_rule>) {
    return rule_bit;
  } else if constexpr (!contains<typename P::dimension, catalogue>) {
    return code_t{0};
  } else {
    return policy_code<typename P::dimension, P>(
        typename field_partition<typename P::dimension::terms>::packed{});
  }
}();

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_CATALOGUE_PROFILE_HPP

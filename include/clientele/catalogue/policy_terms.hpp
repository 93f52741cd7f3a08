// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief How the terms that policies declare (billing terms, support terms)
/// reach a relationship's profile: the part of `profile_of` that the packed
/// code does not hold.

#ifndef CLIENTELE_CATALOGUE_POLICY_TERMS_HPP
#define CLIENTELE_CATALOGUE_POLICY_TERMS_HPP

#include <clientele/catalogue/profile.hpp>

/// @cond CLIENTELE_DETAIL
namespace clientele::detail {

// Sets in `p` the terms of policy P that its dimension holds outside the
// packed code.
template <class P, class... Ts>
constexpr void put_policy_terms(profile& p, type_list<Ts...>) noexcept {
  ((get<Ts>(p) = P::dimension::template term_value<Ts, P>()), ...);
}

template <class P>
constexpr void put_policy_terms(profile& p) noexcept {
  if constexpr (requires { typename P::dimension::terms; }) {
    using D = typename P::dimension;
    using wide = typename field_partition<typename D::terms>::wide;
    if constexpr (contains<D, catalogue> && wide::size != 0) {
      static_assert(requires { D::template term_value<typename type_at<0, wide>::type, P>(); },
                    "clientele: this dimension of the catalogue has terms held as they are, so "
                    "its tag needs 'template <class T, class P> static constexpr "
                    "clientele::maybe<typename T::value_type> term_value() noexcept', the value "
                    "of term T for policy P (empty for the default).");
      put_policy_terms<P>(p, wide{});
    }
  }
}

// The profile of code `code` with the terms of policies `Ps...`.
template <class... Ps>
constexpr profile with_policy_terms(profile p, type_list<Ps...>) noexcept {
  (put_policy_terms<Ps>(p), ...);
  return p;
}

}  // namespace clientele::detail
/// @endcond

#endif  // CLIENTELE_CATALOGUE_POLICY_TERMS_HPP

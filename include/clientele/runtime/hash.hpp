// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `std::hash<clientele::profile>`, so that profiles can key
/// unordered containers.

#ifndef CLIENTELE_HASH_HPP
#define CLIENTELE_HASH_HPP

#include <clientele/catalogue/profile_terms.hpp>

#include <cstddef>
#include <functional>

/// @brief Hashes a profile: equal profiles hash alike.
template <class C>
struct std::hash<clientele::basic_profile<C>> {
  /// The hash of profile @p p.
  [[nodiscard]] std::size_t operator()(const clientele::basic_profile<C>& p) const noexcept {
    // The packed form and a hash of the terms held beside it; mixed so that
    // nearby profiles spread over the table.
    std::uint64_t x =
        clientele::detail::encode(p) ^ (clientele::detail::terms_hash(p) * 0x9e3779b97f4a7c15ULL);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return static_cast<std::size_t>(x);
  }
};

#endif  // CLIENTELE_HASH_HPP

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
///
/// The hash reads the profile as a sequence of 64-bit words (its packed
/// dimensions, then the position and the value of each term it holds) and
/// absorbs each word with MurmurHash3's 64-bit finaliser. Two profiles that
/// differ in one word (one dimension, or one term's value) never hash alike;
/// profiles that differ in which terms they hold, or in more than one word,
/// collide only as two random 64-bit values do, and every bit of the hash
/// depends on every word. It is not a keyed hash: someone who chooses stored
/// profiles and knows the function can still search for a collision. The
/// registry is safe from that (it finds a profile through a perfect hash of
/// its registered profiles and confirms the match with `==`, in constant
/// time); an unordered container keyed on profiles from untrusted input can
/// use a keyed hash of its own over `to_string(p)`.
template <class C>
struct std::hash<clientele::basic_profile<C>> {
  /// The hash of profile @p p.
  [[nodiscard]] std::size_t operator()(const clientele::basic_profile<C>& p) const noexcept {
    return static_cast<std::size_t>(clientele::detail::profile_hash(p));
  }
};

#endif  // CLIENTELE_HASH_HPP

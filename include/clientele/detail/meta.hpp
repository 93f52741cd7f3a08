// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Small metaprogramming helpers shared by the library's headers.
// Nothing here is part of the public interface.

#ifndef CLIENTELE_DETAIL_META_HPP
#define CLIENTELE_DETAIL_META_HPP

#include <clientele/framework/fixed_string.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace clientele::detail {

// A value that depends on its template arguments and is always false: the
// condition of a static_assert that must fire only when instantiated.
template <class...>
inline constexpr bool always_false = false;

// A set of dimensions as a bit mask, one bit per dimension index.
using mask_t = std::uint32_t;

// Strings joined at compile time, as a fixed_string of N characters.
template <std::size_t N>
constexpr clientele::fixed_string<N> join_strings(std::string_view a, std::string_view b,
                                 std::string_view c = {}) noexcept {
  clientele::fixed_string<N> out{};
  const std::string_view parts[] = {a, b, c};
  std::size_t at = 0;
  for (const std::string_view part : parts) {
    for (const char ch : part) {
      out.data[at++] = ch;
    }
  }
  return out;
}

}  // namespace clientele::detail

#endif  // CLIENTELE_DETAIL_META_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::fixed_string`: the library's one string of fixed
/// length, usable as a template argument and built by constant code.

#ifndef CLIENTELE_FRAMEWORK_FIXED_STRING_HPP
#define CLIENTELE_FRAMEWORK_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace clientele {

/// @brief A string of `N` characters, stored with a terminating null: the
/// names of a registry's entries (`named<"law_firm", R>`) and names joined at
/// compile time.
///
/// It is a structural type, so `template <fixed_string Name>` takes a string
/// literal (`"law_firm_retainer"` deduces `fixed_string<17>`);
/// value-initialised it holds `N` nulls, to be filled in by constant code.
template <std::size_t N>
struct fixed_string {
  /// The characters and a terminating null.
  char data[N + 1]{};

  /// `N` nulls.
  constexpr fixed_string() noexcept = default;
  /// The characters of a string literal of `N` characters.
  constexpr fixed_string(const char (&text)[N + 1]) noexcept {  // NOLINT: implicit by design
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = text[i];
    }
  }

  /// The characters, without the null.
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
  /// `N`.
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
};

/// A string literal of `M - 1` characters makes a `fixed_string<M - 1>`.
template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

}  // namespace clientele

#endif  // CLIENTELE_FRAMEWORK_FIXED_STRING_HPP

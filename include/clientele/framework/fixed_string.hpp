// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// clientele::fixed_string<N>: the library's one string of fixed length, usable
// as a template argument (the names of a registry's entries) and as a
// constant built by concatenation. It lives here so that any header can use
// it without pulling in the registry.

#ifndef CLIENTELE_DETAIL_FIXED_STRING_HPP
#define CLIENTELE_DETAIL_FIXED_STRING_HPP

#include <cstddef>
#include <string_view>

namespace clientele {

// A string of N characters, stored with a terminating null. It is a
// structural type, so `template <fixed_string Name>` takes a string literal
// ("law_firm_retainer" deduces fixed_string<17>); value-initialised
// (`fixed_string<N> s{}`) it holds N nulls, to be filled in by constant code.
template <std::size_t N>
struct fixed_string {
  char data[N + 1]{};

  constexpr fixed_string() noexcept = default;
  constexpr fixed_string(const char (&text)[N + 1]) noexcept {  // NOLINT: implicit by design
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = text[i];
    }
  }

  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
  [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
};

template <std::size_t M>
fixed_string(const char (&)[M]) -> fixed_string<M - 1>;

}  // namespace clientele

#endif  // CLIENTELE_DETAIL_FIXED_STRING_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// detail::quote: how every run-time message of the library shows a piece of
// input it did not accept (a text that does not parse, a name no registry
// knows). Input may hold any bytes; a message must be safe to print.

#ifndef CLIENTELE_DETAIL_QUOTE_HPP
#define CLIENTELE_DETAIL_QUOTE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace clientele::detail {

// At most this many bytes of the input are shown.
inline constexpr std::size_t quote_limit = 40;

// The input between single quotes: printable ASCII (0x20 to 0x7e) as it is,
// every other byte (NUL, control characters such as escape and line feed,
// DEL, bytes of 0x80 and above) as \xNN with two lower-case hex digits.
// Only the first quote_limit bytes are shown; "..." after the closing quote
// says that the input goes on.
inline std::string quote(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() < quote_limit ? s.size() + 5 : quote_limit + 5);
  out += '\'';
  for (const char ch : s.substr(0, quote_limit)) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x20 && u < 0x7f) {
      out += ch;
    } else {
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  out += s.size() > quote_limit ? "'..." : "'";
  return out;
}

}  // namespace clientele::detail

#endif  // CLIENTELE_DETAIL_QUOTE_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The text form of a profile: `to_string`, `operator<<` and
/// `parse_profile`. The grammar is on the page @ref runtime.
///
/// Everything here is ordinary (non-template) code over profiles, so a
/// program with a thousand relationship types carries one copy of it.

#ifndef CLIENTELE_TEXT_HPP
#define CLIENTELE_TEXT_HPP

#include <clientele/detail/quote.hpp>
#include <clientele/profile.hpp>
#include <clientele/result.hpp>

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace clientele {

/// @brief Why a text could not be read: what was wrong and what was
/// expected, and where.
struct parse_error {
  /// What was wrong and what was expected instead.
  std::string message;
  /// The offset in the input where the problem was found.
  std::size_t position = 0;

  /// Equal when both members are.
  friend bool operator==(const parse_error&, const parse_error&) = default;
};

/// @brief What `parse_profile` returns: a profile, or the reason there is
/// none (see `result` for what reading the wrong one does).
using parse_result = result<profile, parse_error>;

namespace detail::text {

// The keys of the text form, in canonical order (the order of profile's
// members), each with its values' names.
struct key_info {
  std::string_view name;
  std::size_t index;  // the field of the packed code
  const std::string_view* names;
  std::size_t count;
};

template <class E>
constexpr key_info key(std::string_view name, std::size_t index) noexcept {
  return {name, index, enum_traits<E>::names, enum_count_v<E>};
}

inline constexpr key_info keys[] = {
    key<duration_kind>("duration", 0),       key<offering_kind>("offering", 1),
    key<personalization_level>("personalization", 2), key<engagement_level>("engagement", 3),
    key<advice_kind>("advice", 4),           key<billing_mode>("billing", 5),
    key<support_tier>("support", 6),         key<dependency_level>("dependency", 7),
    key<agreement_kind>("agreement", 8),     key<party_kind>("party", 9),
    key<purpose_kind>("purpose", 10),        key<knowledge_level>("knowledge", 11),
    key<billing_period>("period", 12)};

inline constexpr std::size_t key_count = sizeof(keys) / sizeof(keys[0]);

inline std::string join(const std::string_view* names, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += i == 0 ? "" : ", ";
    out += names[i];
  }
  return out;
}

inline std::string known_keys() {
  std::string out;
  for (std::size_t i = 0; i < key_count; ++i) {
    out += i == 0 ? "" : ", ";
    out += keys[i].name;
  }
  return out;
}

// A printable rendering of a piece of input, for messages.
inline std::string quote(std::string_view s) {
  std::string out = "'";
  for (const char ch : s.substr(0, 40)) {
    const auto u = static_cast<unsigned char>(ch);
    if (u >= 0x20 && u < 0x7f) {
      out += ch;
    } else {
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  out += s.size() > 40 ? "'..." : "'";
  return out;
}

constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr bool is_word(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

class parser {
 public:
  explicit parser(std::string_view in) noexcept : in_{in} {}

  parse_result run() {
    skip_space();
    if (at_ == in_.size()) {
      return fail(in_.empty() ? "empty input: expected a profile such as "
                                "'{duration=ongoing, billing=per_transaction}'"
                              : "blank input: expected a profile such as "
                                "'{duration=ongoing, billing=per_transaction}'");
    }
    if (in_[at_] != '{') {
      return fail("expected '{' to open the profile, found " + quote(in_.substr(at_, 1)));
    }
    ++at_;
    code_t code = 0;
    skip_space();
    if (peek() == '}') {
      ++at_;
      return finish(code);
    }
    for (;;) {
      skip_space();
      if (at_ == in_.size()) {
        return truncated("a key");
      }
      const std::size_t key_at = at_;
      const std::string_view name = word();
      if (name.empty()) {
        return fail("expected a key (" + known_keys() + "), found " +
                    quote(in_.substr(at_, 1)));
      }
      const key_info* k = find_key(name);
      if (k == nullptr) {
        at_ = key_at;
        return fail("unknown key " + quote(name) + ": expected one of " + known_keys());
      }
      if (((code >> (4 * k->index)) & 15) != 0) {
        at_ = key_at;
        return fail("duplicate key " + quote(name) + ": each dimension may appear once");
      }
      skip_space();
      if (at_ == in_.size()) {
        return truncated("'=' after key " + quote(name));
      }
      if (in_[at_] != '=') {
        return fail("expected '=' after key " + quote(name) + ", found " +
                    quote(in_.substr(at_, 1)));
      }
      ++at_;
      skip_space();
      if (at_ == in_.size()) {
        return truncated("a value for key " + quote(name));
      }
      const std::size_t value_at = at_;
      const std::string_view value = word();
      const std::size_t v = find_value(*k, value);
      if (v == k->count) {
        at_ = value_at;
        return fail((value.empty() ? "missing value" : "unknown value " + quote(value)) +
                    " for key " + quote(name) + ": expected one of " + join(k->names, k->count));
      }
      code |= code_t{v + 1} << (4 * k->index);
      skip_space();
      if (at_ == in_.size()) {
        return truncated("',' or '}'");
      }
      if (in_[at_] == '}') {
        ++at_;
        return finish(code);
      }
      if (in_[at_] != ',') {
        return fail("expected ',' or '}' after the value of " + quote(name) + ", found " +
                    quote(in_.substr(at_, 1)));
      }
      ++at_;
    }
  }

 private:
  parse_result finish(code_t code) {
    skip_space();
    if (at_ != in_.size()) {
      return fail("unexpected text after the closing '}': " + quote(in_.substr(at_)));
    }
    return parse_result{decode(code)};
  }

  parse_result fail(std::string message) const {
    return parse_result{parse_error{std::move(message), at_}};
  }

  parse_result truncated(const std::string& expected) const {
    return fail("truncated input: expected " + expected + " before the end of the text");
  }

  char peek() const noexcept { return at_ < in_.size() ? in_[at_] : '\0'; }

  void skip_space() noexcept {
    while (at_ < in_.size() && is_space(in_[at_])) {
      ++at_;
    }
  }

  std::string_view word() noexcept {
    const std::size_t from = at_;
    while (at_ < in_.size() && is_word(in_[at_])) {
      ++at_;
    }
    return in_.substr(from, at_ - from);
  }

  static const key_info* find_key(std::string_view name) noexcept {
    for (const key_info& k : keys) {
      if (k.name == name) {
        return &k;
      }
    }
    return nullptr;
  }

  static std::size_t find_value(const key_info& k, std::string_view value) noexcept {
    for (std::size_t i = 0; i < k.count; ++i) {
      if (k.names[i] == value) {
        return i;
      }
    }
    return k.count;
  }

  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace detail::text

/// @brief Appends the text form of profile @p p to @p out: the specified
/// dimensions as `key=value`, in canonical order, between braces.
///
/// A value outside its enumeration, which no text can name, is written as
/// `?`, so the text does not parse back: validate such a profile first.
inline void append_text(std::string& out, const profile& p) {
  const detail::code_t code = detail::encode(p);
  out += '{';
  bool first = true;
  for (const detail::text::key_info& k : detail::text::keys) {
    const auto field = static_cast<std::size_t>((code >> (4 * k.index)) & 15);
    if (field == 0) {
      continue;
    }
    out += first ? "" : ", ";
    first = false;
    out += k.name;
    out += '=';
    if (field <= k.count) {
      out += k.names[field - 1];
    } else {
      out += '?';
    }
  }
  out += '}';
}

/// @brief The text form of profile @p p, such as
/// `{duration=ongoing, offering=professional_service, billing=retainer, period=monthly}`.
///
/// Keys come in the canonical order (the order of `profile`'s members);
/// unspecified dimensions are left out, so an empty profile is `{}`.
/// `parse_profile(to_string(p)) == p` for every profile whose values lie in
/// their enumerations.
[[nodiscard]] inline std::string to_string(const profile& p) {
  std::string out;
  out.reserve(160);
  append_text(out, p);
  return out;
}

/// @brief Writes the text form of profile @p p to @p os.
inline std::ostream& operator<<(std::ostream& os, const profile& p) {
  return os << to_string(p);
}

/// @brief Reads a profile from its text form.
///
/// Keys may come in any order, with white space around every token; each key
/// at most once. Errors are reported, never thrown: an empty or blank text, a
/// missing `{`, a text that ends too soon, an unknown key, an unknown value, a
/// duplicate key, a missing `=` or `,`, and text after the closing `}` each
/// have their own message, with the offset where the problem was found.
/// *Complexity:* linear in the length of @p text.
[[nodiscard]] inline parse_result parse_profile(std::string_view text) {
  return detail::text::parser{text}.run();
}

}  // namespace clientele

#endif  // CLIENTELE_TEXT_HPP

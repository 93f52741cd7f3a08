// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The text form of a profile: `to_string`, `operator<<` and
/// `parse_profile`. The grammar is on the page @ref runtime.
///
/// The code is instantiated once per catalogue, never per relationship type,
/// so a program with a thousand relationship types carries one copy of it.

#ifndef CLIENTELE_TEXT_HPP
#define CLIENTELE_TEXT_HPP

#include <clientele/catalogue/billing_period.hpp>
#include <clientele/catalogue/profile.hpp>
#include <clientele/detail/quote.hpp>
#include <clientele/runtime/result.hpp>
#include <clientele/runtime/term_text.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
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

  /// Equal when message and position are.
  friend bool operator==(const parse_error&, const parse_error&) = default;
};

/// @brief What `parse_profile` returns: a profile, or the reason there is
/// none (a `result`; reading the wrong side is a contract violation).
using parse_result = result<profile, parse_error>;

/// @brief How the text form writes and reads the value of field `F`: by
/// name for an enumeration (this primary template), by the field's own
/// codec otherwise.
///
/// A field whose values are not an enumeration specialises it with
/// `static void print(std::string&, std::uint64_t field)` (writes the value
/// of a valid non-zero field), `static std::uint64_t parse(std::string_view)`
/// (the field of the value a word names, or 0 when it names none) and
/// `static std::string expected()` (what an error message says a value looks
/// like); `text_codec<terms::period>` is the model.
template <class F>
struct text_codec {
  /// The enumeration.
  using E = typename F::value_type;
  /// @brief Writes the name of a valid field's value.
  static void print(std::string& out, field_code field) {
    out += enum_traits<E>::names[static_cast<std::size_t>(F::decode(field))];
  }
  /// @brief The field of the value @p word names, or 0.
  static field_code parse(std::string_view word) noexcept {
    for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
      if (enum_traits<E>::names[i] == word) {
        return F::encode(static_cast<E>(i));
      }
    }
    return 0;
  }
  /// @brief The names, for a message.
  static std::string expected() {
    std::string out = "one of ";
    for (std::size_t i = 0; i < enum_count_v<E>; ++i) {
      out += i == 0 ? "" : ", ";
      out += enum_traits<E>::names[i];
    }
    return out;
  }
};

/// @brief The billing period's text: a name (`monthly`, `thirty_days`) or a
/// count and a unit (`2_weeks`, `1_day`).
template <>
struct text_codec<terms::period> {
  /// @brief Writes a period.
  static void print(std::string& out, field_code field) {
    const billing_period p = terms::period::decode(field);
    if (const std::string_view name = name_of(p); !name.empty()) {
      out += name;
      return;
    }
    out += std::to_string(p.count);
    out += '_';
    out += name_of(p.unit);
    out += p.count == 1 ? "" : "s";
  }
  /// @brief The field of the period @p word names, or 0.
  static field_code parse(std::string_view word) noexcept {
    for (const named_period& n : named_periods) {
      if (n.name == word) {
        return terms::period::encode(n.period);
      }
    }
    if (word == "annually") {  // the name before 0.2
      return terms::period::encode(billing_period::annual);
    }
    if (word == "biannual") {  // Kill Bill's name for six months
      return terms::period::encode(billing_period::semiannual);
    }
    std::size_t at = 0;
    std::uint32_t count = 0;
    while (at < word.size() && at < 5 && word[at] >= '0' && word[at] <= '9') {
      count = count * 10 + static_cast<std::uint32_t>(word[at] - '0');
      ++at;
    }
    if (at == 0 || at == word.size() || word[at] != '_' || count == 0 ||
        count > billing_period::max_count) {
      return 0;
    }
    const std::string_view unit = word.substr(at + 1);
    for (std::size_t u = 0; u < enum_count_v<period_unit>; ++u) {
      const std::string_view name = enum_traits<period_unit>::names[u];
      if (unit == name || (unit.size() == name.size() + 1 && unit.substr(0, name.size()) == name &&
                           unit.back() == 's')) {
        return terms::period::encode(
            billing_period{static_cast<std::uint16_t>(count), static_cast<period_unit>(u)});
      }
    }
    return 0;
  }
  /// @brief What a period looks like, for a message.
  static std::string expected() {
    std::string out = "a named period (";
    for (const named_period& n : named_periods) {
      out += &n == named_periods ? "" : ", ";
      out += n.name;
    }
    return out + ") or a count from 1 to " + std::to_string(billing_period::max_count) +
           " and a unit, such as 2_weeks or 30_days";
  }
};

namespace error {

/// @brief Raised by the text form of a profile with a term `F` that is held
/// as it is (not a `PackedField`) and has no `text_codec<F>`.
///
/// What it means and how to fix it: @ref diag_term_has_no_text_codec "A term without words".
template <class F>
struct term_has_no_text_codec {
  static_assert(detail::always_false<F>,
                "clientele: this term is held in the profile as it is (it is not a PackedField), "
                "so the text form needs its words: specialise clientele::text_codec<F> with "
                "'static void print(std::string&, const value_type&)', 'static bool "
                "parse(std::string_view, value_type&)' and 'static std::string expected()'.");
};

}  // namespace error

namespace detail::text {

// One key of the text form: a field of catalogue C. A packed field is read
// and written through the code; a wide field through the profile.
template <class C>
struct key_info {
  using P = basic_profile<C>;
  std::string_view name;
  bool packed;
  std::size_t offset;
  code_t mask;
  bool (*valid)(code_t) noexcept;
  void (*print)(std::string&, code_t);
  code_t (*parse)(std::string_view) noexcept;
  std::string (*expected)();
  bool (*has)(const P&) noexcept;
  void (*print_wide)(std::string&, const P&);
  // Reads a wide value; on a refusal, sets its last argument to the offset
  // of the part refused, when the codec tells it.
  bool (*parse_wide)(P&, std::string_view, std::size_t&);
};

template <class F>
concept has_wide_codec = requires(std::string& out, typename F::value_type& v) {
  text_codec<F>::print(out, std::as_const(v));
  { text_codec<F>::parse(std::string_view{}, v) } -> std::same_as<bool>;
  { text_codec<F>::expected() } -> std::same_as<std::string>;
};

// A codec that tells where in a value the part it refused is.
template <class F>
concept has_positioned_codec =
    requires(typename F::value_type& v, std::size_t& bad) {
      { text_codec<F>::parse(std::string_view{}, v, bad) } -> std::same_as<bool>;
    };

template <class C, class F>
constexpr key_info<C> key_of() noexcept {
  using P = basic_profile<C>;
  if constexpr (PackedField<F>) {
    return {F::name,     true,     offset_v<F, C>,          field_mask_v<F>,
            &F::valid,   &text_codec<F>::print, &text_codec<F>::parse, &text_codec<F>::expected,
            nullptr,     nullptr,  nullptr};
  } else if constexpr (!has_wide_codec<F>) {
    // keys_of reports it (error::term_has_no_text_codec), and nothing else does.
    return {F::name, false, 0, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
  } else {
    return {F::name,
            false,
            0,
            0,
            nullptr,
            nullptr,
            nullptr,
            &text_codec<F>::expected,
            [](const P& p) noexcept { return get<F>(p).has_value(); },
            [](std::string& out, const P& p) { text_codec<F>::print(out, *get<F>(p)); },
            [](P& p, std::string_view word, std::size_t& bad) {
              typename F::value_type v{};
              bool ok = false;
              if constexpr (has_positioned_codec<F>) {
                ok = text_codec<F>::parse(word, v, bad);
              } else {
                ok = text_codec<F>::parse(word, v);
              }
              if (!ok) {
                return false;
              }
              get<F>(p) = v;
              return true;
            }};
  }
}

template <class C, class Fields = fields_t<C>>
struct keys_of;
// A base per field: empty, or the diagnostic of a term without words.
template <class F>
struct codec_ok {};
template <class F>
using codec_check = std::conditional_t<PackedField<F> || has_wide_codec<F>, codec_ok<F>,
                                       error::term_has_no_text_codec<F>>;

template <class C, class... Fs>
struct keys_of<C, type_list<Fs...>> : codec_check<Fs>... {
  // The parser marks each key it has read by one bit of a 64-bit word.
  static_assert(sizeof...(Fs) <= 64,
                "clientele: the text form reads at most 64 keys: this catalogue has more fields.");
  static constexpr key_info<C> keys[] = {key_of<C, Fs>()...};
};

template <class C>
inline constexpr const auto& keys = keys_of<C>::keys;

template <class C>
std::string known_keys() {
  std::string out;
  for (const key_info<C>& k : keys<C>) {
    out += out.empty() ? "" : ", ";
    out += k.name;
  }
  return out;
}

constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr bool is_word(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Where a token ends for a message: at white space or punctuation of the
// grammar, so that `per-transaction` is quoted whole.
constexpr bool ends_token(char c) noexcept {
  return is_space(c) || c == ',' || c == '}' || c == '{' || c == '=';
}

// What the parser found: a packed profile and the wide fields, or an error.
template <class C>
struct outcome {
  code_t code = 0;
  basic_profile<C> wide{};
  parse_error error{};
  bool ok = false;

  // The profile found.
  basic_profile<C> profile() const {
    basic_profile<C> p = decode<C>(code);
    copy_wide(p, wide_fields_t<C>{});
    return p;
  }
  template <class... Fs>
  void copy_wide(basic_profile<C>& p, type_list<Fs...>) const {
    ((get<Fs>(p) = get<Fs>(wide)), ...);
  }
};

template <class C>
class parser {
 public:
  explicit parser(std::string_view in) noexcept : in_{in} {}

  outcome<C> run() {
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
    code_t seen = 0;
    std::uint64_t seen_wide = 0;
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
      const std::string_view name = token();
      if (name.empty()) {
        return fail("expected a key (" + known_keys<C>() + "), found " +
                    quote(in_.substr(at_, 1)));
      }
      const key_info<C>* k = find_key(name);
      if (k == nullptr) {
        at_ = key_at;
        return fail("unknown key " + quote(name) + ": expected one of " + known_keys<C>());
      }
      const std::uint64_t wide_bit = std::uint64_t{1} << static_cast<std::size_t>(k - keys<C>);
      if (k->packed ? (seen & (k->mask << k->offset)) != 0 : (seen_wide & wide_bit) != 0) {
        at_ = key_at;
        return fail("duplicate key " + quote(name) + ": each key may appear once");
      }
      if (k->packed) {
        seen |= k->mask << k->offset;
      } else {
        seen_wide |= wide_bit;
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
      const std::string_view value = token();
      if (k->packed) {
        const code_t field = is_word_token(value) ? k->parse(value) : 0;
        if (field == 0) {
          at_ = value_at;
          return fail((value.empty() ? "missing value" : "unknown value " + quote(value)) +
                      " for key " + quote(name) + ": expected " + k->expected());
        }
        code |= field << k->offset;
      } else if (std::size_t bad = 0; value.empty() || !k->parse_wide(wide_, value, bad)) {
        // Inside a long value, the message quotes the part refused and the
        // position points at it.
        bad = bad < value.size() ? bad : 0;
        const std::string_view part =
            value.substr(bad, value.find_first_of("+/", bad) == std::string_view::npos
                                  ? std::string_view::npos
                                  : value.find_first_of("+/", bad) - bad);
        at_ = value_at + bad;
        return fail((value.empty() ? "missing value" : "unknown value " + quote(value)) +
                    " for key " + quote(name) +
                    (part.empty() || part == value ? std::string{} : ", at " + quote(part)) +
                    ": expected " + k->expected());
      }
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
  outcome<C> finish(code_t code) {
    skip_space();
    if (at_ != in_.size()) {
      return fail("unexpected text after the closing '}': " + quote(in_.substr(at_)));
    }
    return outcome<C>{code, wide_, {}, true};
  }

  outcome<C> fail(std::string message) const {
    return outcome<C>{0, {}, parse_error{std::move(message), at_}, false};
  }

  outcome<C> truncated(const std::string& expected) const {
    return fail("truncated input: expected " + expected + " before the end of the text");
  }

  char peek() const noexcept { return at_ < in_.size() ? in_[at_] : '\0'; }

  void skip_space() noexcept {
    while (at_ < in_.size() && is_space(in_[at_])) {
      ++at_;
    }
  }

  // A key or a value: everything up to white space or punctuation.
  std::string_view token() noexcept {
    const std::size_t from = at_;
    while (at_ < in_.size() && !ends_token(in_[at_])) {
      ++at_;
    }
    return in_.substr(from, at_ - from);
  }

  static bool is_word_token(std::string_view t) noexcept {
    for (const char c : t) {
      if (!is_word(c)) {
        return false;
      }
    }
    return !t.empty();
  }

  static const key_info<C>* find_key(std::string_view name) noexcept {
    for (const key_info<C>& k : keys<C>) {
      if (k.name == name) {
        return &k;
      }
    }
    return nullptr;
  }

  std::string_view in_;
  std::size_t at_ = 0;
  basic_profile<C> wide_{};
};

template <class C>
void append_text(std::string& out, const basic_profile<C>& p) {
  const code_t code = encode(p);
  out += '{';
  bool first = true;
  for (const key_info<C>& k : keys<C>) {
    const code_t field = k.packed ? (code >> k.offset) & k.mask : 0;
    if (k.packed ? field == 0 : !k.has(p)) {
      continue;
    }
    out += first ? "" : ", ";
    first = false;
    out += k.name;
    out += '=';
    if (!k.packed) {
      k.print_wide(out, p);
    } else if (k.valid(field)) {
      k.print(out, field);
    } else {
      out += '?';
    }
  }
  out += '}';
}

}  // namespace detail::text

/// @brief Appends the text form of profile @p p to @p out: the specified
/// fields as `key=value`, in the catalogue's order, between braces.
///
/// A value that its field does not allow, which no text can name, is
/// written as `?`, so the text does not parse back: validate such a profile
/// first.
template <class C>
void append_text(std::string& out, const basic_profile<C>& p) {
  detail::text::append_text<C>(out, p);
}

/// @brief The text form of profile @p p, such as
/// `{duration=ongoing, offering=professional_service, billing=retainer, period=monthly}`.
///
/// Keys come in the catalogue's order; unspecified fields are left out, so
/// an empty profile is `{}`. `parse_profile(to_string(p)) == p` for every
/// profile whose values its fields allow.
template <class C>
[[nodiscard]] std::string to_string(const basic_profile<C>& p) {
  std::string out;
  out.reserve(160);
  append_text(out, p);
  return out;
}

/// @brief Writes the text form of profile @p p to @p os.
template <class C>
std::ostream& operator<<(std::ostream& os, const basic_profile<C>& p) {
  return os << to_string(p);
}

/// @brief Reads a profile of catalogue `C` from its text form; see
/// `parse_profile`.
template <class C>
[[nodiscard]] std::optional<basic_profile<C>> parse_profile_of(std::string_view text,
                                                               parse_error* error = nullptr) {
  detail::text::outcome<C> o = detail::text::parser<C>{text}.run();
  if (!o.ok) {
    if (error != nullptr) {
      *error = std::move(o.error);
    }
    return std::nullopt;
  }
  return o.profile();
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
  detail::text::outcome<catalogue> o = detail::text::parser<catalogue>{text}.run();
  if (!o.ok) {
    return parse_result{std::move(o.error)};
  }
  return parse_result{o.profile()};
}

/// @brief Reads a profile from a C string; a null pointer (from `getenv`,
/// say) is an error, not a crash.
[[nodiscard]] inline parse_result parse_profile(const char* text) {
  if (text == nullptr) {
    return parse_result{parse_error{"null text: expected a profile such as "
                                    "'{duration=ongoing, billing=per_transaction}'",
                                    0}};
  }
  return parse_profile(std::string_view{text});
}

/// A null pointer constant is not a text.
parse_result parse_profile(std::nullptr_t) = delete;

}  // namespace clientele

#endif  // CLIENTELE_TEXT_HPP

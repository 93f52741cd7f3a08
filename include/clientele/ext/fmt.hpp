// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief {fmt} formatters (and `std::format` formatters, where the standard
/// library has `<format>`) for the library's run-time values: the optional
/// component `clientele::fmt` (pkg-config `clientele-fmt`).
///
/// With this header, `fmt::format("{}", x)` prints:
///
/// - a profile in its canonical text form (`to_string`), or with `{:l}` in a
///   readable form, one `key: value` line per specified field;
/// - every enumeration with names (`CatalogueEnum`: the catalogue's, the
///   derived properties', the errors') by its name;
/// - a `maybe<T>` as its value or `unspecified`; a `billing_period` as the
///   text form writes it (`monthly`, `2_weeks`); each term's value as the text
///   form writes it; `billing_terms` and `support_terms` as every term of
///   theirs, `{period=monthly, timing=in_advance, ...}`;
/// - a `std::chrono::year_month_day` in ISO 8601 (`2026-03-31`), which
///   neither {fmt} 9 nor the standard library of GCC 12 prints; a
///   `service_period` (`[2026-03-01, 2026-04-01) 31 days`) and an `invoice`
///   (`2026-03-01 for [2026-03-01, 2026-04-01) 31 days`);
/// - the results of the fallible functions: `result<T, E>`,
///   `schedule_result<T>`, `deadline_result<T>` as their value or their
///   error (`error: ...`); a first-response deadline, a
///   `deadline_result<std::chrono::sys_seconds>`, as an ISO 8601 instant in
///   UTC (`2026-03-31T09:00:00Z`); the errors themselves: `parse_error`
///   (`at 12: unknown key ...`), `violation` (its rule and message),
///   `dispatch_error` (its message), `schedule_error` and `deadline_error`
///   (their names);
/// - an explanation `reasoned<T>` as its answer and why (`client: ...`);
///   a `part_summary` as its name, kind, billing and support.
///
/// Every type takes a fill, an alignment and a width (`{:<20}`, `{:*>8}`;
/// left-aligned by default); profiles take `l` after them. Another spec is a
/// format error (at compile time for a checked format string). A bare `std::chrono::sys_seconds` is left to `<fmt/chrono.h>`
/// (`{:%FT%TZ}` prints it in ISO 8601), which {fmt} 9 already formats.
///
/// The `std::formatter` specializations share the code of the {fmt} ones;
/// they exist when `__cpp_lib_format` is defined. There the standard library
/// prints `year_month_day` itself (in ISO 8601), so this header does not.

#ifndef CLIENTELE_EXT_FMT_HPP
#define CLIENTELE_EXT_FMT_HPP

#include <clientele/catalogue/profile_terms.hpp>
#include <clientele/models/provider.hpp>
#include <clientele/runtime.hpp>
#include <clientele/schedules/schedule.hpp>
#include <clientele/support/deadlines.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <version>

#if defined(__cpp_lib_format)
#include <format>
#endif

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail::fmt_text {

template <class T, class Fields>
struct term_field_of;
template <class T>
struct term_field_of<T, type_list<>> {
  using type = void;
};
template <class T, class F, class... Fs>
struct term_field_of<T, type_list<F, Fs...>> {
  using type = std::conditional_t<std::is_same_v<typename F::value_type, T>, F,
                                  typename term_field_of<T, type_list<Fs...>>::type>;
};

// The wide term of the library's catalogue whose values are T (void for none).
template <class T>
using term_field_t = typename term_field_of<T, wide_fields_t<catalogue>>::type;

// A value of a term that the text form writes with its own codec: not an
// enumeration (those print by name) and not a duration ({fmt} prints those).
template <class T>
concept term_value = !std::is_void_v<term_field_t<T>> && !std::is_enum_v<T> &&
                     !requires { typename T::rep; typename T::period; };

inline void append_number(std::string& out, long long n, int width) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  if (n < 0) {
    out += '-';
  }
  for (auto i = static_cast<int>(digits.size()); i < width; ++i) {
    out += '0';
  }
  out += digits;
}

inline void append_date(std::string& out, const std::chrono::year_month_day& d) {
  append_number(out, static_cast<int>(d.year()), 4);
  out += '-';
  append_number(out, static_cast<unsigned>(d.month()), 2);
  out += '-';
  append_number(out, static_cast<unsigned>(d.day()), 2);
  if (!d.ok()) {
    out += " is not a valid date";
  }
}

inline void append_instant(std::string& out, std::chrono::sys_seconds t) {
  const std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::hh_mm_ss<std::chrono::seconds> time{t - day};
  append_date(out, std::chrono::year_month_day{day});
  out += 'T';
  append_number(out, time.hours().count(), 2);
  out += ':';
  append_number(out, time.minutes().count(), 2);
  out += ':';
  append_number(out, time.seconds().count(), 2);
  out += 'Z';
}

template <class F>
void append_term(std::string& out, const typename F::value_type& v) {
  if constexpr (PackedField<F>) {
    const field_code code = F::encode(v);
    if (code != 0 && F::valid(code)) {
      text_codec<F>::print(out, code);
    } else {
      out += '?';
    }
  } else {
    text_codec<F>::print(out, v);
  }
}

// Term F of terms t: the billing period is a member of billing_terms that
// its field does not read (it lives in the profile's code).
template <class F, class Terms>
constexpr typename F::value_type term_of(const Terms& t) noexcept {
  if constexpr (std::is_same_v<F, terms::period>) {
    return t.period;
  } else {
    return F::get(t);
  }
}

// Every term of a dimension's terms, as `{key=value, ...}`.
template <class Terms, class... Fs>
void append_terms(std::string& out, const Terms& t, type_list<Fs...>) {
  out += '{';
  bool first = true;
  const auto one = [&](auto tag) {
    using F = typename decltype(tag)::type;
    out += first ? "" : ", ";
    first = false;
    out += F::name;
    out += '=';
    append_term<F>(out, term_of<F>(t));
  };
  (one(std::type_identity<Fs>{}), ...);
  out += '}';
}

template <class T>
void append(std::string& out, const T& v);

template <class T>
void append_maybe(std::string& out, const maybe<T>& m) {
  if (m.has_value()) {
    append(out, *m);
  } else {
    out += "unspecified";
  }
}

// The text of every value this header formats, in its default form.
template <class T>
void append(std::string& out, const T& v) {
  if constexpr (CatalogueEnum<T>) {
    const std::string_view name = name_of(v);
    if (name.empty()) {
      out += '?';
      out += std::to_string(static_cast<unsigned long long>(v));
    } else {
      out += name;
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    out += v ? "yes" : "no";
  } else if constexpr (std::is_integral_v<T>) {
    out += std::to_string(v);
  } else if constexpr (std::is_same_v<T, billing_period>) {
    append_term<terms::period>(out, v);
  } else if constexpr (term_value<T>) {
    append_term<term_field_t<T>>(out, v);
  } else if constexpr (requires { typename T::catalogue_type; }) {
    append_text(out, v);
  } else if constexpr (std::is_same_v<T, billing_terms>) {
    append_terms(out, v, typename dimensions::billing::terms{});
  } else if constexpr (std::is_same_v<T, support_terms>) {
    append_terms(out, v, typename dimensions::support::terms{});
  } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
    append_date(out, v);
  } else if constexpr (std::is_same_v<T, std::chrono::sys_seconds>) {
    append_instant(out, v);
  } else if constexpr (std::is_same_v<T, std::chrono::seconds>) {
    out += std::to_string(v.count());
    out += 's';
  } else if constexpr (std::is_same_v<T, std::chrono::days>) {
    out += std::to_string(v.count());
    out += v.count() == 1 || v.count() == -1 ? " day" : " days";
  } else if constexpr (std::is_same_v<T, service_period>) {
    out += '[';
    append_date(out, v.from);
    out += ", ";
    append_date(out, v.to);
    out += ") ";
    if (v.is_stub()) {
      out += std::to_string(v.length().count());
      out += " of ";
    }
    append(out, v.full);
  } else if constexpr (std::is_same_v<T, invoice>) {
    append_date(out, v.date);
    out += " for ";
    append(out, v.service);
  } else if constexpr (std::is_same_v<T, parse_error>) {
    out += "at ";
    out += std::to_string(v.position);
    out += ": ";
    out += v.message;
  } else if constexpr (std::is_same_v<T, violation>) {
    append(out, v.rule);
    out += ": ";
    out += v.message;
  } else if constexpr (std::is_same_v<T, dispatch_error>) {
    out += v.message;
  } else if constexpr (std::is_same_v<T, part_summary>) {
    out += v.name.empty() ? std::string_view{"(unnamed)"} : v.name;
    out += ": ";
    append_maybe(out, v.kind);
    out += ", billed ";
    append_maybe(out, v.billing);
    if (v.period.has_value()) {
      out += ' ';
      append(out, *v.period);
    }
    out += ", support ";
    append_maybe(out, v.support);
  } else if constexpr (requires { v.why; v.decided_by; v.value; }) {
    append(out, v.value);
    out += ": ";
    out += v.why;
  } else if constexpr (requires { v.has_value(); *v; }) {
    // maybe, result, schedule_result, deadline_result
    if (v.has_value()) {
      append(out, *v);
    } else if constexpr (requires { v.error(); }) {
      out += "error: ";
      append(out, v.error());
    } else {
      out += "unspecified";
    }
  } else {
    static_assert(sizeof(T) == 0, "clientele/ext/fmt.hpp: no text for this type");
  }
}

// The readable form of a profile: one `key: value` line per specified field,
// the keys aligned, in the catalogue's order.
template <class C>
void append_long(std::string& out, const basic_profile<C>& p) {
  const code_t code = encode(p);
  std::size_t width = 0;
  for (const text::key_info<C>& k : text::keys<C>) {
    width = std::max(width, k.name.size());
  }
  bool first = true;
  for (const text::key_info<C>& k : text::keys<C>) {
    const code_t field = k.packed ? (code >> k.offset) & k.mask : 0;
    if (k.packed ? field == 0 : !k.has(p)) {
      continue;
    }
    out += first ? "" : "\n";
    first = false;
    out += k.name;
    out += ':';
    out.append(width - k.name.size() + 1, ' ');
    if (!k.packed) {
      k.print_wide(out, p);
    } else if (k.valid(field)) {
      k.print(out, field);
    } else {
      out += '?';
    }
  }
  if (first) {
    out += "(nothing specified)";
  }
}

template <class T>
concept formattable = requires(std::string& out, const T& v) { append(out, v); };

template <class T>
inline constexpr bool has_long_form = requires { typename T::catalogue_type; };

// What the {fmt} and the std formatters share: the spec ([[fill]align][width],
// then `l` for a profile's lines) and the text.
template <class T>
struct formatter_base {
  bool long_form = false;
  char fill = ' ';
  char align = '<';
  std::size_t width = 0;

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
    if (it != end && *it != '}') {
      auto next = it;
      ++next;
      if (next != end && is_align(*next) && *it != '{') {
        fill = *it;
        align = *next;
        ++it;
        ++it;
      } else if (is_align(*it)) {
        align = *it;
        ++it;
      }
    }
    while (it != end && *it >= '0' && *it <= '9') {
      width = width * 10 + static_cast<std::size_t>(*it - '0');
      ++it;
    }
    if constexpr (has_long_form<T>) {
      if (it != end && *it == 'l') {
        long_form = true;
        ++it;
      }
    }
    if (it != end && *it != '}') {
      fail(ctx, has_long_form<T> ? "clientele: a profile takes [[fill]align][width] and 'l'"
                                 : "clientele: this value takes [[fill]align][width] alone");
    }
    return it;
  }

  template <class FormatContext>
  auto format(const T& v, FormatContext& ctx) const {
    std::string text;
    if constexpr (has_long_form<T>) {
      if (long_form) {
        append_long(text, v);
      } else {
        append(text, v);
      }
    } else {
      append(text, v);
    }
    const std::size_t pad = text.size() < width ? width - text.size() : 0;
    const std::size_t before = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    auto out = ctx.out();
    for (std::size_t i = 0; i < before; ++i) {
      *out++ = fill;
    }
    out = std::copy(text.begin(), text.end(), out);
    for (std::size_t i = before; i < pad; ++i) {
      *out++ = fill;
    }
    return out;
  }

 private:
  template <class ParseContext>
  static constexpr void fail(ParseContext& ctx, const char* message) {
    if constexpr (requires { ctx.on_error(message); }) {
      ctx.on_error(message);  // {fmt}: a compile-time error for a checked format string
    } else {
#if defined(__cpp_lib_format) && defined(__cpp_exceptions)
      throw std::format_error(message);
#else
      (void)ctx;
      (void)message;
      std::abort();
#endif
    }
  }
};

}  // namespace detail::fmt_text
/// @endcond

/// @brief The text {fmt} and `std::format` give @p v with an empty format
/// spec: `to_text(p)` is `fmt::format("{}", p)`, for every type this header
/// formats (another type fails to compile, with a message that says so).
template <class T>
[[nodiscard]] std::string to_text(const T& v) {
  std::string out;
  detail::fmt_text::append(out, v);
  return out;
}

}  // namespace clientele

/// @cond CLIENTELE_DETAIL
#define CLIENTELE_DETAIL_FORMATTERS(NS)                                                          \
  template <clientele::CatalogueEnum E>                                                          \
  struct NS::formatter<E, char> : clientele::detail::fmt_text::formatter_base<E> {};             \
  template <class C>                                                                             \
  struct NS::formatter<clientele::basic_profile<C>, char>                                        \
      : clientele::detail::fmt_text::formatter_base<clientele::basic_profile<C>> {};             \
  template <class T>                                                                             \
    requires clientele::detail::fmt_text::formattable<T>                                         \
  struct NS::formatter<clientele::maybe<T>, char>                                                \
      : clientele::detail::fmt_text::formatter_base<clientele::maybe<T>> {};                     \
  template <class T>                                                                             \
    requires clientele::detail::fmt_text::formattable<T>                                         \
  struct NS::formatter<clientele::reasoned<T>, char>                                             \
      : clientele::detail::fmt_text::formatter_base<clientele::reasoned<T>> {};                  \
  template <class T, class E>                                                                    \
    requires clientele::detail::fmt_text::formattable<T> &&                                      \
             clientele::detail::fmt_text::formattable<E>                                         \
  struct NS::formatter<clientele::result<T, E>, char>                                            \
      : clientele::detail::fmt_text::formatter_base<clientele::result<T, E>> {};                 \
  template <class T>                                                                             \
    requires clientele::detail::fmt_text::formattable<T>                                         \
  struct NS::formatter<clientele::schedule_result<T>, char>                                      \
      : clientele::detail::fmt_text::formatter_base<clientele::schedule_result<T>> {};           \
  template <class T>                                                                             \
    requires clientele::detail::fmt_text::formattable<T>                                         \
  struct NS::formatter<clientele::deadline_result<T>, char>                                      \
      : clientele::detail::fmt_text::formatter_base<clientele::deadline_result<T>> {};           \
  template <clientele::detail::fmt_text::term_value T>                                           \
  struct NS::formatter<T, char> : clientele::detail::fmt_text::formatter_base<T> {};             \
  template <>                                                                                    \
  struct NS::formatter<clientele::billing_period, char>                                          \
      : clientele::detail::fmt_text::formatter_base<clientele::billing_period> {};               \
  template <>                                                                                    \
  struct NS::formatter<clientele::billing_terms, char>                                           \
      : clientele::detail::fmt_text::formatter_base<clientele::billing_terms> {};                \
  template <>                                                                                    \
  struct NS::formatter<clientele::support_terms, char>                                           \
      : clientele::detail::fmt_text::formatter_base<clientele::support_terms> {};                \
  template <>                                                                                    \
  struct NS::formatter<clientele::service_period, char>                                          \
      : clientele::detail::fmt_text::formatter_base<clientele::service_period> {};               \
  template <>                                                                                    \
  struct NS::formatter<clientele::invoice, char>                                                 \
      : clientele::detail::fmt_text::formatter_base<clientele::invoice> {};                      \
  template <>                                                                                    \
  struct NS::formatter<clientele::parse_error, char>                                             \
      : clientele::detail::fmt_text::formatter_base<clientele::parse_error> {};                  \
  template <>                                                                                    \
  struct NS::formatter<clientele::violation, char>                                               \
      : clientele::detail::fmt_text::formatter_base<clientele::violation> {};                    \
  template <>                                                                                    \
  struct NS::formatter<clientele::dispatch_error, char>                                          \
      : clientele::detail::fmt_text::formatter_base<clientele::dispatch_error> {};               \
  template <>                                                                                    \
  struct NS::formatter<clientele::part_summary, char>                                            \
      : clientele::detail::fmt_text::formatter_base<clientele::part_summary> {};

CLIENTELE_DETAIL_FORMATTERS(fmt)

// {fmt} 11 prints year_month_day itself; before, this header does (ISO 8601).
#if FMT_VERSION < 110000
template <>
struct fmt::formatter<std::chrono::year_month_day, char>
    : clientele::detail::fmt_text::formatter_base<std::chrono::year_month_day> {};
#endif

#if defined(__cpp_lib_format)
CLIENTELE_DETAIL_FORMATTERS(std)
#endif

#undef CLIENTELE_DETAIL_FORMATTERS
/// @endcond

#endif  // CLIENTELE_EXT_FMT_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Explanations in words: a derived answer (`reasoned`) with the
/// values of the dimensions that decided it, as text an application can
/// show its users. See the page @ref derived.

#ifndef CLIENTELE_RUNTIME_EXPLAIN_HPP
#define CLIENTELE_RUNTIME_EXPLAIN_HPP

#include <clientele/catalogue/derived.hpp>
#include <clientele/catalogue/tensions.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clientele {

namespace detail {

template <class T>
std::string_view answer_name(const T& value) noexcept {
  if constexpr (std::is_same_v<T, bool>) {
    return value ? "yes" : "no";
  } else {
    return name_of(value);
  }
}

template <class... Ds>
void append_deciding(std::string& out, std::uint32_t dims, const profile& p, type_list<Ds...>) {
  std::size_t i = 0;
  bool first = true;
  const auto one = [&](auto tag) {
    using D = typename decltype(tag)::type;
    const std::size_t index = i++;
    if (((dims >> index) & 1u) == 0 || !get<D>(p).has_value()) {
      return;
    }
    out += first ? "" : ", ";
    first = false;
    out += D::name;
    out += '=';
    out += name_of(*get<D>(p));
  };
  (one(std::type_identity<Ds>{}), ...);
}

}  // namespace detail

/// @brief The values of profile @p p in the dimensions that decided @p r,
/// as `name=value` pairs separated by commas, in catalogue order
/// ("duration=repeat, offering=professional_service").
template <class T>
[[nodiscard]] std::string deciding_values(const reasoned<T>& r, const profile& p) {
  std::string out;
  detail::append_deciding(out, r.decided_by, p, catalogue{});
  return out;
}

/// @brief An explanation in words: the answer, why, and the values that
/// decided it. A `bool` answer reads yes or no.
///
/// For a tax preparer engaged every year:
///
///     client: a professional's knowledge and advice bought in a relationship
///     that continues (duration=repeat, offering=professional_service, advice=advisory)
///
/// @param r an explanation from `explain<Property>(p)` or `explanation_v`
/// @param p the profile it explains
template <class T>
[[nodiscard]] std::string to_string(const reasoned<T>& r, const profile& p) {
  std::string out{detail::answer_name(r.value)};
  out += ": ";
  out += r.why;
  const std::string values = deciding_values(r, p);
  if (!values.empty()) {
    out += " (";
    out += values;
    out += ')';
  }
  return out;
}

namespace detail {
template <class Set, std::size_t... Bits>
constexpr auto tension_name_table(std::index_sequence<Bits...>) noexcept {
  return std::array<std::string_view, sizeof...(Bits)>{tension_at<Bits>::type::name...};
}
// A template, so that nothing of it is instantiated before it is used.
template <class Set>
inline constexpr auto tension_name_of =
    tension_name_table<Set>(std::make_index_sequence<first_pair_bit + pair_tensions::size>{});
}  // namespace detail

/// @brief The readable names of the tensions in @p set (from `tensions_of`
/// or `tension_set_v`), in the order of their bits: the `name` of each
/// tension type, such as "customer relationship with a support value
/// unusual for a customer", ready to show a user why a relationship was
/// flagged. Bits that stand for no tension are ignored.
///
/// (A template only so that a program that does not call it instantiates
/// nothing of it; call it with a `tension_set`.)
template <std::same_as<tension_set> Set>
[[nodiscard]] std::vector<std::string_view> tension_names(Set set) {
  std::vector<std::string_view> out;
  const auto& names = detail::tension_name_of<Set>;
  for (std::size_t bit = 0; bit < names.size(); ++bit) {
    if (((set >> bit) & 1u) != 0) {
      out.push_back(names[bit]);
    }
  }
  return out;
}

}  // namespace clientele

#endif  // CLIENTELE_RUNTIME_EXPLAIN_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::stated<T>`: a term a policy states, or leaves to its
/// dimension's default, held in a form that can be a template argument
/// (a structural type), so that terms are written where a policy is named.

#ifndef CLIENTELE_FRAMEWORK_STATED_HPP
#define CLIENTELE_FRAMEWORK_STATED_HPP

#include <chrono>
#include <initializer_list>
#include <type_traits>

namespace clientele {

/// @brief How a value of type `T` is held in a template argument.
///
/// A template argument of class type must be *structural*: its members
/// public, and of structural types themselves. A value type that already is
/// (an enumeration, `clientele::free_trial`) is held as it is: this primary
/// template. A value type with private members (`std::chrono::days`,
/// `clientele::charge_set`, `clientele::weekly_hours`) specialises it with
/// a structural `type`, `encode(const T&)` and `decode(const type&)`, such
/// that `decode(encode(v)) == v` and a value that is not valid decodes to one
/// that is not valid either.
template <class T>
struct structural_form {
  /// The form held: `T` itself.
  using type = T;
  /// The form of @p v: @p v.
  [[nodiscard]] static constexpr type encode(const T& v) noexcept { return v; }
  /// The value of form @p f: @p f.
  [[nodiscard]] static constexpr T decode(const type& f) noexcept { return f; }
};

/// @brief A `std::chrono::duration` is held as its count.
template <class Rep, class Period>
struct structural_form<std::chrono::duration<Rep, Period>> {
  /// The count.
  using type = Rep;
  /// The count of @p d.
  [[nodiscard]] static constexpr type encode(const std::chrono::duration<Rep, Period>& d) noexcept {
    return d.count();
  }
  /// The duration of @p n ticks.
  [[nodiscard]] static constexpr std::chrono::duration<Rep, Period> decode(type n) noexcept {
    return std::chrono::duration<Rep, Period>{n};
  }
};

/// @brief A date is held as its three fields, as they were given (a date
/// that is not valid stays one).
template <>
struct structural_form<std::chrono::year_month_day> {
  /// Year, month and day.
  struct type {
    short year;          ///< the year
    unsigned char month;  ///< the month, 1 to 12 when valid
    unsigned char day;    ///< the day, 1 to 31 when valid
  };
  /// The fields of @p d.
  [[nodiscard]] static constexpr type encode(const std::chrono::year_month_day& d) noexcept {
    return {static_cast<short>(static_cast<int>(d.year())),
            static_cast<unsigned char>(static_cast<unsigned>(d.month())),
            static_cast<unsigned char>(static_cast<unsigned>(d.day()))};
  }
  /// The date of fields @p f.
  [[nodiscard]] static constexpr std::chrono::year_month_day decode(const type& f) noexcept {
    return std::chrono::year_month_day{std::chrono::year{f.year}, std::chrono::month{f.month},
                                       std::chrono::day{f.day}};
  }
};

/// @brief A weekday is held as its C encoding (Sunday is 0).
template <>
struct structural_form<std::chrono::weekday> {
  /// The C encoding.
  using type = unsigned;
  /// The C encoding of @p d.
  [[nodiscard]] static constexpr type encode(const std::chrono::weekday& d) noexcept {
    return d.c_encoding();
  }
  /// The weekday of C encoding @p n.
  [[nodiscard]] static constexpr std::chrono::weekday decode(type n) noexcept {
    return std::chrono::weekday{n};
  }
};

/// @brief A term a policy states, or leaves unstated: a value of `T`, or
/// nothing (the policy's dimension then gives its default).
///
/// The members of a dimension's stated terms (`clientele::billing::terms`,
/// `clientele::support::terms`) are `stated<T>`, so that a designated
/// initializer states exactly the terms it names:
/// `clientele::billing::terms{.trial = clientele::free_trial::days(14)}`
/// states a trial and leaves every other term to the billing mode, and a
/// term stated at its default value is still stated. It is a structural
/// type, so it can be part of a template argument.
template <class T>
struct stated {
  /// Whether the term is stated.
  bool given = false;
  /// @brief The stated value, in its structural form.
  ///
  /// See `structural_form`; meaningless when `given` is false.
  typename structural_form<T>::type form{};

  /// Not stated.
  constexpr stated() noexcept = default;
  /// Stated as @p v.
  constexpr stated(const T& v) noexcept  // NOLINT: implicit by design: a term is its value
      : given(true), form(structural_form<T>::encode(v)) {}
  /// Stated as the `T` that @p v converts to, as in `.channels = channel::email`.
  template <class U>
    requires(!std::is_same_v<std::remove_cvref_t<U>, T> &&
             !std::is_same_v<std::remove_cvref_t<U>, stated> && std::is_convertible_v<const U&, T>)
  constexpr stated(const U& v) noexcept  // NOLINT: implicit by design
      : stated(T(v)) {}
  /// Stated as the value `T` makes of @p list, as in `.charges = {charge_kind::setup}`.
  template <class E>
    requires std::is_constructible_v<T, std::initializer_list<E>>
  constexpr stated(std::initializer_list<E> list) noexcept : stated(T(list)) {}

  /// The stated value, or @p fallback when the term is not stated.
  [[nodiscard]] constexpr T value_or(const T& fallback) const noexcept {
    return given ? structural_form<T>::decode(form) : fallback;
  }
  /// @brief Whether the term is stated.
  [[nodiscard]] constexpr bool has_value() const noexcept { return given; }

  /// Equal when neither is stated, or both are, with equal values.
  friend constexpr bool operator==(const stated& a, const stated& b) noexcept {
    return a.given == b.given &&
           (!a.given || structural_form<T>::decode(a.form) == structural_form<T>::decode(b.form));
  }
};

}  // namespace clientele

#endif  // CLIENTELE_FRAMEWORK_STATED_HPP

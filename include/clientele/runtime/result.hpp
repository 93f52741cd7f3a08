// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::result<T, E>`: a value, or the error that says why there
/// is none. `parse_profile` and `registry::dispatch` return one.

#ifndef CLIENTELE_RESULT_HPP
#define CLIENTELE_RESULT_HPP

#include <concepts>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>

namespace clientele {

/// @brief The type of `in_place_error`.
struct in_place_error_t {
  /// Explicit, so that `{}` does not make one.
  explicit in_place_error_t() = default;
};

/// @brief Asks a `result` to hold an error built from the arguments that
/// follow: `result<T, E>{in_place_error, args...}`.
inline constexpr in_place_error_t in_place_error{};

namespace detail {

// What every accessor of a result calls when its precondition does not
// hold: a message on standard error, then std::abort(). It never returns and
// never throws, so the library builds with -fno-exceptions.
[[noreturn]] inline void result_contract_violation(const char* what,
                                                   std::string_view held) noexcept {
  std::fputs("clientele: contract violation: ", stderr);
  std::fputs(what, stderr);
  if (!held.empty()) {
    std::fputs(" It holds the error: ", stderr);
    std::fwrite(held.data(), 1, held.size(), stderr);
  }
  std::fputc('\n', stderr);
  std::fflush(stderr);
  std::abort();
}

// The text of an error, when its type has a `message` member that reads as
// a string (parse_error and dispatch_error do); empty otherwise.
template <class E>
constexpr std::string_view message_of(const E& e) noexcept {
  if constexpr (requires { std::string_view{e.message}; }) {
    return std::string_view{e.message};
  } else {
    return {};
  }
}

// T built from args: with parentheses where T has a matching constructor,
// with braces for an aggregate. Returned as a prvalue, so the caller's object
// is built in place, even when T can be neither copied nor moved.
template <class T, class... Args>
constexpr T make_from(Args&&... args) {
  if constexpr (std::is_constructible_v<T, Args...>) {
    return T(std::forward<Args>(args)...);
  } else {
    return T{std::forward<Args>(args)...};
  }
}

// Selects the constructor of result that holds what a call returns.
struct from_call_t {
  explicit from_call_t() = default;
};

template <class T>
concept result_comparable = requires(const T& a) {
  { a == a } -> std::convertible_to<bool>;
};

inline constexpr const char* value_of_error =
    "the value of a clientele::result was read, but the result holds an error; "
    "test it first (if (r) ...).";
inline constexpr const char* error_of_value =
    "the error of a clientele::result was read, but the result holds a value; "
    "test it first (if (!r) ...).";

}  // namespace detail

/// @brief A value of type `T`, or an error of type `E` that says why there is
/// none: what `parse_profile` (`parse_result`) and `registry::dispatch`
/// (`dispatch_result<T>`) return. `T` may be `void`: then a result holds
/// nothing, or an error.
///
/// A result holds its value or its error in place; `T` need be neither
/// default-constructible nor movable. It copies, moves, assigns and compares
/// with `==` as far as `T` and `E` do, so it is a regular value type when
/// they are. Assignment that changes what a result holds needs `T` and `E`
/// to be nothrow move constructible.
///
/// Reading the value of a result that holds an error, or the error of a
/// result that holds a value, breaks the accessor's precondition: it writes
/// what happened (with the error's `message`, where `E` has one) to standard
/// error and calls `std::abort()`. It is never undefined behaviour, never
/// throws, and fails to compile in a constant expression.
///
/// @tparam T the value type: an object type that is not an array, or `void`.
/// @tparam E the error type: an object type that is not an array.
template <class T, class E>
class result {
  // When T and E are one type, a value or an error is told by a tag only:
  // the constructors from a T and from an E then take types no one can name.
  template <int>
  struct unnamed {};
  using value_arg = std::conditional_t<std::is_same_v<T, E>, unnamed<0>, T>;
  using error_arg = std::conditional_t<std::is_same_v<T, E>, unnamed<1>, E>;

  static_assert(std::is_object_v<T> && !std::is_array_v<T> && std::is_object_v<E> &&
                    !std::is_array_v<E>,
                "clientele::result<T, E>: T and E must be object types other than arrays (or "
                "T void); to return a reference, hold a pointer or a std::reference_wrapper.");

 public:
  /// The value type.
  using value_type = T;
  /// The error type.
  using error_type = E;

  /// @brief *Effects:* holds a value-initialised `T`.
  constexpr result() noexcept(std::is_nothrow_default_constructible_v<T>)
    requires std::is_default_constructible_v<T>
      : value_{}, has_value_{true} {}

  /// @brief *Effects:* holds a copy of @p value.
  constexpr explicit result(const value_arg& value) : value_(value), has_value_{true} {}
  /// @brief *Effects:* holds @p value, moved.
  constexpr explicit result(value_arg&& value) : value_(std::move(value)), has_value_{true} {}
  /// @brief *Effects:* holds a copy of the error @p error.
  constexpr explicit result(const error_arg& error) : error_(error), has_value_{false} {}
  /// @brief *Effects:* holds the error @p error, moved.
  constexpr explicit result(error_arg&& error) : error_(std::move(error)), has_value_{false} {}

  /// @brief *Effects:* holds a value built in place from @p args.
  template <class... Args>
  constexpr explicit result(std::in_place_t, Args&&... args)
      : value_(detail::make_from<T>(std::forward<Args>(args)...)), has_value_{true} {}

  /// @brief *Effects:* holds an error built in place from @p args.
  template <class... Args>
  constexpr explicit result(in_place_error_t, Args&&... args)
      : error_(detail::make_from<E>(std::forward<Args>(args)...)), has_value_{false} {}

  /// @cond CLIENTELE_DETAIL
  // Holds what f(args...) returns, built in place.
  template <class F, class... Args>
  constexpr result(detail::from_call_t, F& f, Args&&... args)
      : value_(f(std::forward<Args>(args)...)), has_value_{true} {}
  /// @endcond

  /// @brief *Effects:* holds a copy of what @p other holds.
  result(const result& other) noexcept(std::is_nothrow_copy_constructible_v<T> &&
                                       std::is_nothrow_copy_constructible_v<E>)
    requires(std::is_copy_constructible_v<T> && std::is_copy_constructible_v<E>)
      : has_value_{other.has_value_} {
    construct_from(other);
  }

  /// @brief *Effects:* holds what @p other holds, moved; @p other keeps its
  /// moved-from value or error.
  result(result&& other) noexcept(std::is_nothrow_move_constructible_v<T> &&
                                  std::is_nothrow_move_constructible_v<E>)
    requires(std::is_move_constructible_v<T> && std::is_move_constructible_v<E>)
      : has_value_{other.has_value_} {
    construct_from(std::move(other));
  }

  /// @brief *Effects:* holds a copy of what @p other holds.
  /// @returns `*this`.
  result& operator=(const result& other)
    requires(std::is_copy_constructible_v<T> && std::is_copy_assignable_v<T> &&
             std::is_copy_constructible_v<E> && std::is_copy_assignable_v<E> &&
             std::is_nothrow_move_constructible_v<T> && std::is_nothrow_move_constructible_v<E>)
  {
    if (this != &other) {
      assign_from(other);
    }
    return *this;
  }

  /// @brief *Effects:* holds what @p other holds, moved.
  /// @returns `*this`.
  result& operator=(result&& other) noexcept(std::is_nothrow_move_assignable_v<T> &&
                                             std::is_nothrow_move_assignable_v<E>)
    requires(std::is_move_assignable_v<T> && std::is_move_assignable_v<E> &&
             std::is_nothrow_move_constructible_v<T> && std::is_nothrow_move_constructible_v<E>)
  {
    if (this != &other) {
      assign_from(std::move(other));
    }
    return *this;
  }

  constexpr ~result() { destroy(); }

  /// @brief *Returns:* whether the result holds a value.
  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  /// @brief *Returns:* `has_value()`.
  constexpr explicit operator bool() const noexcept { return has_value_; }

  /// @brief *Preconditions:* `has_value()`. *Returns:* the value.
  [[nodiscard]] constexpr const T& operator*() const& noexcept {
    expect_value();
    return value_;
  }
  /// @brief *Preconditions:* `has_value()`. *Returns:* the value.
  [[nodiscard]] constexpr T& operator*() & noexcept {
    expect_value();
    return value_;
  }
  /// @brief *Preconditions:* `has_value()`. *Returns:* the value, as an rvalue.
  [[nodiscard]] constexpr T&& operator*() && noexcept {
    expect_value();
    return std::move(value_);
  }
  /// @brief *Preconditions:* `has_value()`. *Returns:* the address of the value.
  [[nodiscard]] constexpr const T* operator->() const noexcept {
    expect_value();
    return __builtin_addressof(value_);
  }
  /// @brief *Preconditions:* `has_value()`. *Returns:* the address of the value.
  [[nodiscard]] constexpr T* operator->() noexcept {
    expect_value();
    return __builtin_addressof(value_);
  }

  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error.
  [[nodiscard]] constexpr const E& error() const& noexcept {
    expect_error();
    return error_;
  }
  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error.
  [[nodiscard]] constexpr E& error() & noexcept {
    expect_error();
    return error_;
  }
  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error, as an rvalue.
  [[nodiscard]] constexpr E&& error() && noexcept {
    expect_error();
    return std::move(error_);
  }

  /// @brief *Returns:* a copy of the value, or @p fallback converted to `T`
  /// when the result holds an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const&
    requires(std::is_copy_constructible_v<T> && std::is_convertible_v<U, T>)
  {
    return has_value_ ? value_ : static_cast<T>(std::forward<U>(fallback));
  }
  /// @brief *Returns:* the value, moved, or @p fallback converted to `T`
  /// when the result holds an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) &&
    requires(std::is_move_constructible_v<T> && std::is_convertible_v<U, T>)
  {
    return has_value_ ? std::move(value_) : static_cast<T>(std::forward<U>(fallback));
  }

  /// @brief *Returns:* whether @p a and @p b both hold equal values or both
  /// hold equal errors.
  friend constexpr bool operator==(const result& a, const result& b)
    requires(detail::result_comparable<T> && detail::result_comparable<E>)
  {
    if (a.has_value_ != b.has_value_) {
      return false;
    }
    return a.has_value_ ? static_cast<bool>(a.value_ == b.value_)
                        : static_cast<bool>(a.error_ == b.error_);
  }

 private:
  constexpr void expect_value() const noexcept {
    if (!has_value_) {
      detail::result_contract_violation(detail::value_of_error, detail::message_of(error_));
    }
  }
  constexpr void expect_error() const noexcept {
    if (has_value_) {
      detail::result_contract_violation(detail::error_of_value, {});
    }
  }

  constexpr void destroy() noexcept {
    if (has_value_) {
      value_.~T();
    } else {
      error_.~E();
    }
  }

  // Builds what other holds into this result, which holds nothing yet and
  // whose has_value_ is already other's.
  template <class Other>
  void construct_from(Other&& other) {
    if (has_value_) {
      ::new (static_cast<void*>(__builtin_addressof(value_))) T(std::forward<Other>(other).value_);
    } else {
      ::new (static_cast<void*>(__builtin_addressof(error_))) E(std::forward<Other>(other).error_);
    }
  }

  // Assignment. When what is held changes, the new alternative is first
  // built aside, so that a throwing copy leaves this result as it was.
  template <class Other>
  void assign_from(Other&& other) {
    if (has_value_ && other.has_value_) {
      value_ = std::forward<Other>(other).value_;
    } else if (!has_value_ && !other.has_value_) {
      error_ = std::forward<Other>(other).error_;
    } else if (other.has_value_) {
      T aside(std::forward<Other>(other).value_);
      error_.~E();
      ::new (static_cast<void*>(__builtin_addressof(value_))) T(std::move(aside));
      has_value_ = true;
    } else {
      E aside(std::forward<Other>(other).error_);
      value_.~T();
      ::new (static_cast<void*>(__builtin_addressof(error_))) E(std::move(aside));
      has_value_ = false;
    }
  }

  union {
    T value_;
    E error_;
  };
  bool has_value_;
};

/// @brief A result without a value: success, or an error of type `E`.
/// Everything said of `result<T, E>` holds, except that there is no value to
/// read.
template <class E>
class result<void, E> {
  static_assert(std::is_object_v<E> && !std::is_array_v<E>,
                "clientele::result<void, E>: E must be an object type other than an array.");

 public:
  /// The value type: none.
  using value_type = void;
  /// The error type.
  using error_type = E;

  /// @brief *Effects:* holds no error (a success).
  constexpr result() noexcept : none_{}, has_value_{true} {}
  /// @brief *Effects:* holds a copy of the error @p error.
  constexpr explicit result(const E& error) : error_(error), has_value_{false} {}
  /// @brief *Effects:* holds the error @p error, moved.
  constexpr explicit result(E&& error) : error_(std::move(error)), has_value_{false} {}
  /// @brief *Effects:* holds an error built in place from @p args.
  template <class... Args>
  constexpr explicit result(in_place_error_t, Args&&... args)
      : error_(detail::make_from<E>(std::forward<Args>(args)...)), has_value_{false} {}

  /// @brief *Effects:* holds a copy of what @p other holds.
  result(const result& other) noexcept(std::is_nothrow_copy_constructible_v<E>)
    requires std::is_copy_constructible_v<E>
      : none_{}, has_value_{other.has_value_} {
    if (!has_value_) {
      ::new (static_cast<void*>(__builtin_addressof(error_))) E(other.error_);
    }
  }
  /// @brief *Effects:* holds what @p other holds, moved.
  result(result&& other) noexcept(std::is_nothrow_move_constructible_v<E>)
    requires std::is_move_constructible_v<E>
      : none_{}, has_value_{other.has_value_} {
    if (!has_value_) {
      ::new (static_cast<void*>(__builtin_addressof(error_))) E(std::move(other.error_));
    }
  }
  /// @brief *Effects:* holds a copy of what @p other holds.
  /// @returns `*this`.
  result& operator=(const result& other)
    requires(std::is_copy_constructible_v<E> && std::is_copy_assignable_v<E>)
  {
    assign_from(other);
    return *this;
  }
  /// @brief *Effects:* holds what @p other holds, moved.
  /// @returns `*this`.
  result& operator=(result&& other) noexcept(std::is_nothrow_move_constructible_v<E> &&
                                             std::is_nothrow_move_assignable_v<E>)
    requires(std::is_move_constructible_v<E> && std::is_move_assignable_v<E>)
  {
    assign_from(std::move(other));
    return *this;
  }

  constexpr ~result() {
    if (!has_value_) {
      error_.~E();
    }
  }

  /// @brief *Returns:* whether the result holds no error.
  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  /// @brief *Returns:* `has_value()`.
  constexpr explicit operator bool() const noexcept { return has_value_; }

  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error.
  [[nodiscard]] constexpr const E& error() const& noexcept {
    expect_error();
    return error_;
  }
  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error.
  [[nodiscard]] constexpr E& error() & noexcept {
    expect_error();
    return error_;
  }
  /// @brief *Preconditions:* `!has_value()`. *Returns:* the error, as an rvalue.
  [[nodiscard]] constexpr E&& error() && noexcept {
    expect_error();
    return std::move(error_);
  }

  /// @brief *Returns:* whether neither holds an error, or both hold equal errors.
  friend constexpr bool operator==(const result& a, const result& b)
    requires detail::result_comparable<E>
  {
    if (a.has_value_ != b.has_value_) {
      return false;
    }
    return a.has_value_ || static_cast<bool>(a.error_ == b.error_);
  }

 private:
  constexpr void expect_error() const noexcept {
    if (has_value_) {
      detail::result_contract_violation(detail::error_of_value, {});
    }
  }

  template <class Other>
  void assign_from(Other&& other) {
    if (this == &other) {
      return;
    }
    if (!has_value_ && !other.has_value_) {
      error_ = std::forward<Other>(other).error_;
    } else if (!other.has_value_) {
      ::new (static_cast<void*>(__builtin_addressof(error_))) E(std::forward<Other>(other).error_);
      has_value_ = false;
    } else if (!has_value_) {
      error_.~E();
      has_value_ = true;
    }
  }

  union {
    char none_;
    E error_;
  };
  bool has_value_;
};

}  // namespace clientele

#endif  // CLIENTELE_RESULT_HPP

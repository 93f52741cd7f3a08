// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief What every dimension and every policy has in common: the concepts
/// `Dimension`, `Policy` and `PolicyOf`, `basic_policy`, the names of enum
/// values, and the side of the client/customer divide each value leans to.

#ifndef CLIENTELE_DIMENSION_HPP
#define CLIENTELE_DIMENSION_HPP

#include <clientele/detail/meta.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace clientele {

/// @brief The side of the client/customer divide that a value leans to.
///
/// Each value of a dimension is typical of client relationships, of customer
/// relationships, or of neither in particular (`either`). A relationship whose
/// values lean against its own kind is legal but reported as a tension.
enum class leaning : unsigned char {
  client,    ///< typical of a client relationship
  customer,  ///< typical of a customer relationship
  either     ///< found on both sides
};

/// @brief Describes one of the library's enumerations: the name of each value
/// and, for the values of a dimension, the side each value leans to.
///
/// Specialised by the library for every enumeration it declares; an
/// application does not specialise it. A specialisation has a `names` array
/// (indexed by the underlying value) and, for dimension values, a `leanings`
/// array.
template <class E>
struct enum_traits;

/// @brief An enumeration of this library, one whose values have names.
template <class E>
concept CatalogueEnum = std::is_enum_v<E> && requires { enum_traits<E>::names; };

/// @brief The number of values of a library enumeration.
template <CatalogueEnum E>
inline constexpr std::size_t enum_count_v =
    sizeof(enum_traits<E>::names) / sizeof(enum_traits<E>::names[0]);

/// @brief The catalogue's name of an enumeration value, such as `"retainer"`.
///
/// @returns the name, or an empty view when @p value is not one of the
/// enumeration's values (for example a number cast to the enumeration).
template <CatalogueEnum E>
[[nodiscard]] constexpr std::string_view name_of(E value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < enum_count_v<E> ? enum_traits<E>::names[i] : std::string_view{};
}

/// @brief The side a dimension value leans to.
///
/// @returns `leaning::either` for a value that is not one of the
/// enumeration's values.
template <CatalogueEnum E>
  requires requires { enum_traits<E>::leanings; }
[[nodiscard]] constexpr leaning leaning_of(E value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < enum_count_v<E> ? enum_traits<E>::leanings[i] : leaning::either;
}

/// @brief Names of the values of `leaning`.
template <>
struct enum_traits<leaning> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"client", "customer", "either"};
};

/// @brief The result of checking a type against the requirement of a
/// dimension; `none` means the type is a valid policy.
enum class policy_defect : unsigned char {
  none,               ///< a valid policy of its dimension
  no_dimension,       ///< has no member type `dimension`
  unknown_dimension,  ///< `dimension` is not one of `clientele::dimensions`
  no_value,           ///< lacks `static constexpr value`
  wrong_value_type,   ///< `value` is not of the dimension's value type
  no_period,          ///< recurring or retainer billing without a `period`
  bad_period,         ///< its `period` is not a billing period
  no_duration,        ///< a billing period without a `std::chrono` `duration`
  no_classify,        ///< a kind rule without `classify` or `reads`
  not_a_slot          ///< a billing period given where a policy is expected
};

/// @brief The tags that name the dimensions, one type per dimension.
///
/// A policy says which dimension it belongs to with a member
/// `using dimension = clientele::dimensions::X;`.
namespace dimensions {}

/// @brief A dimension tag: one of the types in `clientele::dimensions`.
///
/// A dimension tag has a `name`, an `index` (its bit in a set of
/// dimensions), a `value_type` (the enumeration of its values) and a
/// `requirement` that its policies must meet.
template <class D>
concept Dimension = requires {
  std::size_t{D::index};
  std::string_view{D::name};
  typename D::value_type;
  typename D::requirement;
};

namespace detail {

// The requirement of most dimensions: `static constexpr value` of the
// dimension's value type.
struct value_requirement {
  template <class P>
  static constexpr policy_defect check() noexcept {
    using value_type = typename P::dimension::value_type;
    if constexpr (!requires { P::value; }) {
      return policy_defect::no_value;
    } else if constexpr (!std::is_same_v<std::remove_cv_t<decltype(P::value)>, value_type>) {
      return policy_defect::wrong_value_type;
    } else {
      return policy_defect::none;
    }
  }
};

template <class P>
constexpr policy_defect defect_of() noexcept {
  if constexpr (!requires { typename P::dimension; }) {
    return policy_defect::no_dimension;
  } else if constexpr (!Dimension<typename P::dimension>) {
    return policy_defect::unknown_dimension;
  } else {
    return P::dimension::requirement::template check<P>();
  }
}

// Cached per type: every relationship that names the policy shares it.
template <class P>
inline constexpr policy_defect defect_v = defect_of<P>();

}  // namespace detail

/// @brief A type that is a valid policy of some dimension: it names its
/// dimension with a member `dimension` and provides what that dimension
/// requires.
///
/// The check is a single constraint, so a failure is reported in one line.
template <class P>
concept Policy = (detail::defect_v<P> == policy_defect::none);

/// @brief A valid policy of the dimension `D`.
///
/// Every per-dimension concept (`DurationPolicy`, `SupportPolicy`, ...) is
/// `PolicyOf` with that dimension's tag.
template <class P, class D>
concept PolicyOf = Policy<P> && std::is_same_v<typename P::dimension, D>;

/// @brief The dimension of policy `P`.
template <Policy P>
using dimension_of_t = typename P::dimension;

/// @brief A convenient base for a policy whose dimension is `D` and whose
/// value is `V`; the library's own policies are built on it.
///
/// An application's policy may derive from it and add its own members:
/// @snippet custom_policies.cpp platinum
template <Dimension D, typename D::value_type V>
struct basic_policy {
  /// The dimension this policy belongs to.
  using dimension = D;
  /// The value this policy gives its dimension.
  static constexpr typename D::value_type value = V;
};

/// @brief What a relationship reports for a dimension it leaves open.
///
/// `policy_or_unspecified_t<R, D>` is `unspecified<D>` when `R` has no policy
/// of dimension `D`. It is not a policy and cannot be given to a relationship.
template <Dimension D>
struct unspecified final {
  /// The dimension that is left open.
  using dimension_tag = D;
};

/// @brief The name of a policy: its own `name` member when it has one,
/// otherwise the name of its value (`"dedicated_team"`), otherwise the name
/// of its dimension. Also gives the name of a billing period.
template <class P>
  requires requires { typename P::dimension; }
inline constexpr std::string_view policy_name_v = [] {
  if constexpr (requires { std::string_view{P::name}; }) {
    return std::string_view{P::name};
  } else if constexpr (requires { name_of(P::value); }) {
    return name_of(P::value);
  } else {
    return std::string_view{P::dimension::name};
  }
}();

/// @brief Types whose names read as sentences, so that a compiler
/// diagnostic says what went wrong; see the Diagnostics page.
namespace error {

/// @brief Raised when a relationship or `with<>` is given a type that has
/// no member type `dimension`.
template <class T>
struct not_a_policy {
  static_assert(detail::always_false<T>,
                "clientele: this type is not a policy: it has no member type 'dimension'. "
                "Give relationship<...> and with<...> only policies, such as "
                "clientele::billing::per_transaction, or declare "
                "'using dimension = clientele::dimensions::<name>;' in your own policy.");
};

/// @brief Raised when a policy's `dimension` is not a dimension tag.
template <class T>
struct policy_names_unknown_dimension {
  static_assert(detail::always_false<T>,
                "clientele: this policy's member 'dimension' is not a dimension tag. "
                "Name one of the types in clientele::dimensions, such as "
                "'using dimension = clientele::dimensions::support;'.");
};

/// @brief Raised when a policy of dimension `D` lacks `value`.
template <class D, class P>
struct policy_lacks_value {
  static_assert(detail::always_false<D, P>,
                "clientele: this policy lacks 'static constexpr value'. A policy of a "
                "dimension must declare 'static constexpr <D::value_type> value = ...;' "
                "(for the support dimension, a clientele::support_tier), or derive from "
                "clientele::basic_policy<D, value>.");
};

/// @brief Raised when a policy's `value` has a type other than its
/// dimension's `value_type`.
template <class D, class P>
struct policy_value_has_wrong_type {
  static_assert(detail::always_false<D, P>,
                "clientele: this policy's 'value' is not of its dimension's value type. "
                "Declare it as 'static constexpr <D::value_type> value' (for the billing "
                "dimension, a clientele::billing_mode; for support, a clientele::support_tier).");
};

}  // namespace error

namespace detail {

// Stands where an error type would be when there is nothing to report.
struct no_error_here {};

// Instantiates the error type that explains why P, the I-th argument, is not
// a policy (the index keeps two identical arguments from being one base).
template <std::size_t I, class P, policy_defect Defect = defect_v<P>>
struct explain_defect {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::no_dimension> : error::not_a_policy<P> {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::unknown_dimension>
    : error::policy_names_unknown_dimension<P> {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::no_value>
    : error::policy_lacks_value<typename P::dimension, P> {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::wrong_value_type>
    : error::policy_value_has_wrong_type<typename P::dimension, P> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_DIMENSION_HPP

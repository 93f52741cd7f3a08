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
#include <clientele/framework/type_list.hpp>

#include <cstddef>
#include <cstdint>
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
/// Specialised for every enumeration of a dimension, the library's and an
/// application's: a `names` array (indexed by the underlying value) and, for
/// the values of a dimension, a `leanings` array.
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

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<leaning> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"client", "customer", "either"};
};
/// @endcond

/// @brief The result of checking a type against the requirement of a
/// dimension; `none` means the type is a valid policy.
enum class policy_defect : unsigned char {
  none,                ///< a valid policy of its dimension
  no_dimension,        ///< has no member type `dimension`
  unknown_dimension,   ///< `dimension` is not a dimension tag
  no_value,            ///< lacks `static constexpr value`
  wrong_value_type,    ///< `value` is not of the dimension's value type
  value_not_constant,  ///< `value` is not usable in constant expressions
  value_out_of_range,  ///< `value` is not one of the dimension's values
  period_alone,        ///< a billing period given where a policy is expected
  no_period,           ///< periodic billing (recurring, retainer, usage) without a `period`
  bad_period,          ///< its `period` is not a billing period
  no_classify,         ///< a kind rule without `classify` or `reads`
  bad_classify,        ///< a kind rule whose `classify` has the wrong signature
  classify_not_constant,  ///< a kind rule whose `classify` is not `constexpr`
  bad_terms               ///< its `terms` are not constant terms of its dimension, or do not fit its value
};

/// @brief The tags that name the dimensions of the library's catalogue, one
/// type per dimension.
///
/// A policy says which dimension it belongs to with a member
/// `using dimension = clientele::dimensions::X;`.
namespace dimensions {}

/// @brief The packed form of a profile, and of one of its fields: every
/// field of a catalogue side by side in one unsigned integer, zero where a
/// field is unspecified (see `Field`).
using field_code = std::uint64_t;

/// @cond CLIENTELE_DETAIL
namespace detail {
using code_t = field_code;

// The number of bits needed to hold the values 0 to n.
constexpr std::size_t bits_for(std::uint64_t n) noexcept {
  std::size_t b = 0;
  while (n != 0) {
    ++b;
    n >>= 1;
  }
  return b;
}

template <auto V>
struct constant_probe {};
}  // namespace detail
/// @endcond

/// @brief A field of a profile: a dimension, or a term that a dimension's
/// values carry (such as the billing period or a free trial).
///
/// A field has a `name` (its key in the text form) and a `value_type`. A
/// field that also packs its values into a few bits is a `PackedField`; the
/// others (terms with a date, a table or a list) are held in the profile as
/// they are, and their text is written and read by their `text_codec`.
template <class F>
concept Field = requires {
  std::string_view{F::name};
  typename F::value_type;
};

/// @brief A `Field` that packs a value into `bits` bits: `encode` gives a
/// value a non-zero field (zero stands for "unspecified"), `decode` reverses
/// it, and `valid` says whether a field holds a value the field allows.
/// Every dimension is one; the packed form of a profile is what
/// compile-time codes, checks and derivations work on.
template <class F>
concept PackedField = Field<F> && requires(const typename F::value_type& v, field_code c) {
  std::size_t{F::bits};
  { F::encode(v) } -> std::same_as<field_code>;
  { F::decode(c) } -> std::same_as<typename F::value_type>;
  { F::valid(c) } -> std::same_as<bool>;
};

/// @brief A dimension tag: a `Field` that policies name as their
/// `dimension`, with the `requirement` those policies must meet and the
/// list of `terms` its values carry.
///
/// The library's dimensions are the types in `clientele::dimensions`; an
/// application declares its own the same way (see `enum_dimension`).
template <class D>
concept Dimension = PackedField<D> && requires {
  typename D::requirement;
  typename D::terms;
};

/// @brief The requirement of most dimensions: a policy declares
/// `static constexpr value` of the dimension's value type, usable in
/// constant expressions, and one of the dimension's values.
struct value_requirement {
  /// @brief What is wrong with policy `P`, or `policy_defect::none`.
  template <class P>
  static constexpr policy_defect check() noexcept {
    using D = typename P::dimension;
    if constexpr (!requires { P::value; }) {
      return policy_defect::no_value;
    } else if constexpr (!std::is_same_v<std::remove_cv_t<decltype(P::value)>,
                                         typename D::value_type>) {
      return policy_defect::wrong_value_type;
    } else if constexpr (!requires { typename detail::constant_probe<P::value>; }) {
      return policy_defect::value_not_constant;
    } else if constexpr (!D::valid(D::encode(P::value))) {
      return policy_defect::value_out_of_range;
    } else {
      return policy_defect::none;
    }
  }
};

/// @brief The base of a dimension whose values are the enumeration `E`:
/// everything a dimension tag needs but its `name`.
///
/// Declaring a dimension takes an enumeration, its `enum_traits` (names and
/// leanings) and one line:
/// @code
/// namespace dimensions {
/// struct channel final : clientele::enum_dimension<channel_kind> {
///   static constexpr std::string_view name = "channel";
/// };
/// }
/// @endcode
template <CatalogueEnum E>
struct enum_dimension {
  /// The values of the dimension.
  using value_type = E;
  /// Its policies declare `static constexpr E value`.
  using requirement = value_requirement;
  /// Its values carry no terms.
  using terms = type_list<>;
  /// Room for every value, "unspecified" and one code for a value out of range.
  static constexpr std::size_t bits = detail::bits_for(enum_count_v<E> + 1);
  /// @brief The field of @p v: its position plus one, or a code that
  /// `valid` rejects for a value outside the enumeration.
  [[nodiscard]] static constexpr field_code encode(E v) noexcept {
    const auto i = static_cast<std::size_t>(v);
    return i < enum_count_v<E> ? i + 1 : enum_count_v<E> + 1;
  }
  /// @brief The value of a non-zero field.
  [[nodiscard]] static constexpr E decode(field_code field) noexcept {
    return static_cast<E>(field - 1);
  }
  /// @brief Whether a non-zero field holds one of the enumeration's values.
  [[nodiscard]] static constexpr bool valid(field_code field) noexcept {
    return field >= 1 && field <= enum_count_v<E>;
  }
};

namespace dimensions {
struct kind_rule;
}  // namespace dimensions

namespace detail {

// A dimension tag, or the kind rule's slot.
template <class D>
inline constexpr bool is_slot_tag = Dimension<D> || std::is_same_v<D, dimensions::kind_rule>;

template <class P>
constexpr policy_defect defect_of() noexcept {
  if constexpr (!std::is_class_v<P>) {
    return policy_defect::no_dimension;
  } else if constexpr (!requires { typename P::dimension; }) {
    if constexpr (requires { P::value.count; P::value.unit; }) {
      return policy_defect::period_alone;
    } else {
      return policy_defect::no_dimension;
    }
  } else if constexpr (!is_slot_tag<typename P::dimension>) {
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
///
/// *Mandates:* `V` converts to `D::value_type`; a value of another
/// dimension's enumeration is one error, at the policy's declaration, that
/// says so (@ref diag_basic_policy_value_of_another_dimension "basic_policy given another dimension's value").
template <Dimension D, auto V>
struct basic_policy {
  /// The dimension this policy belongs to.
  using dimension = D;
  /// The value this policy gives its dimension.
  static constexpr typename D::value_type value = V;
};

/// @cond CLIENTELE_DETAIL
// Whether From converts to To: the compiler's own trait where it has one,
// since std::is_convertible instantiates helper classes for every pair of
// types, which every policy would pay for (measured).
#if defined(__clang__)
#define CLIENTELE_DETAIL_IS_CONVERTIBLE(From, To) __is_convertible_to(From, To)
#elif defined(__has_builtin)
#if __has_builtin(__is_convertible)
#define CLIENTELE_DETAIL_IS_CONVERTIBLE(From, To) __is_convertible(From, To)
#endif
#endif
#if !defined(CLIENTELE_DETAIL_IS_CONVERTIBLE)
#define CLIENTELE_DETAIL_IS_CONVERTIBLE(From, To) std::is_convertible_v<From, To>
#endif

// A value that is not of the dimension's type (another dimension's
// enumeration, say): one error, from the value's initializer rather than
// from the class, so that the policy stays a policy of D and nothing that
// uses it adds a second error. A specialisation, so that a valid policy
// costs no more than before.
template <Dimension D, auto V>
  requires(!CLIENTELE_DETAIL_IS_CONVERTIBLE(decltype(V), typename D::value_type))
struct basic_policy<D, V> {
  using dimension = D;
  static constexpr typename D::value_type value = [] {
    static_assert(detail::always_false<D, decltype(V)>,
                  "clientele: basic_policy<Dimension, value> was given a value that is not of "
                  "the dimension's value type, such as a value of another dimension's "
                  "enumeration. Give it a value of Dimension::value_type (for "
                  "dimensions::billing a clientele::billing_mode, for dimensions::support a "
                  "clientele::support_tier), or the dimension the value belongs to.");
    return typename D::value_type{};
  }();
  // Reads the value as the class is declared, so that the error points at
  // the policy's declaration rather than at its first use.
  static_assert((static_cast<void>(value), true));
};
#undef CLIENTELE_DETAIL_IS_CONVERTIBLE
/// @endcond

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
  requires(requires { typename P::dimension; } || requires { name_of(P::value); })
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

/// @brief Raised when a relationship or `with<>` is given a type that is
/// not a class with a member type `dimension`.
///
/// What it means and how to fix it: @ref diag_not_a_policy "A relationship given a type that is not a policy".
template <class T>
struct not_a_policy {
  static_assert(detail::always_false<T>,
                "clientele: this type is not a policy: it is not a class with a member type "
                "'dimension'. "
                "Give relationship<...> and with<...> only policies, such as "
                "clientele::billing::per_transaction, or declare "
                "'using dimension = clientele::dimensions::<name>;' in your own policy. (A "
                "class derived from one of the library's policies, which are final, is none: "
                "derive from clientele::basic_policy<Dimension, value> instead.)");
};

/// @brief Raised when a policy's `dimension` is not a dimension tag.
///
/// What it means and how to fix it: @ref diag_unknown_dimension "A policy whose dimension is not a dimension tag".
template <class T>
struct policy_names_unknown_dimension {
  static_assert(detail::always_false<T>,
                "clientele: this policy's member 'dimension' is not a dimension tag. "
                "Name one of the types in clientele::dimensions, such as "
                "'using dimension = clientele::dimensions::support;', or a dimension of your "
                "own derived from clientele::enum_dimension<E> with a 'name'.");
};

/// @brief Raised when a policy's `value` cannot be read at compile time.
///
/// What it means and how to fix it: @ref diag_policy_value_not_constant "A policy whose value is not a constant".
template <class D, class P>
struct policy_value_not_constant {
  static_assert(detail::always_false<D, P>,
                "clientele: this policy's 'value' is not usable in constant expressions. "
                "Declare it 'static constexpr', with a constant initializer.");
};

/// @brief Raised when a policy's `value` is not one of its dimension's
/// values (a number cast to the enumeration, say).
///
/// What it means and how to fix it: @ref diag_policy_value_out_of_range "An application's policy whose value is a number cast to the enumeration".
template <class D, class P>
struct policy_value_out_of_range {
  static_assert(detail::always_false<D, P>,
                "clientele: this policy's 'value' is outside its dimension's values. Use one "
                "of the values the dimension names (see enum_traits<value_type>::names).");
};

/// @brief Raised when a policy of dimension `D` lacks `value`.
///
/// What it means and how to fix it: @ref diag_policy_lacks_value "An application's support policy that forgot its value".
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
///
/// What it means and how to fix it: @ref diag_policy_value_wrong_type "An application's billing policy whose value is of another dimension's type".
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

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::value_not_constant>
    : error::policy_value_not_constant<typename P::dimension, P> {};

template <std::size_t I, class P>
struct explain_defect<I, P, policy_defect::value_out_of_range>
    : error::policy_value_out_of_range<typename P::dimension, P> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_DIMENSION_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::basic_profile`: the value of every field of a
/// catalogue as plain data, the common ground of the compile-time model and
/// the run-time one, and its packed form, laid out from the catalogue's list.

#ifndef CLIENTELE_FRAMEWORK_BASIC_PROFILE_HPP
#define CLIENTELE_FRAMEWORK_BASIC_PROFILE_HPP

#include <clientele/framework/dimension.hpp>

#include <optional>

namespace clientele {

/// @brief The setting of one dimension in a profile: a value of type `T`,
/// or unspecified.
///
/// It behaves like `std::optional<T>` for everything a profile needs
/// (`has_value()`, `explicit operator bool`, `operator*`, `value_or`,
/// `reset()`, assignment from `T` or `std::nullopt`, comparison with `T`,
/// with `std::nullopt` and with another `maybe`), but it is a trivially
/// copyable pair of bytes: the compiler evaluates it several times faster
/// than `std::optional` in constant expressions, and every relationship type
/// computes its profile in one.
template <class T>
class maybe {
 public:
  /// An unspecified setting.
  constexpr maybe() noexcept = default;
  /// An unspecified setting.
  constexpr maybe(std::nullopt_t) noexcept {}
  /// The setting @p value.
  constexpr maybe(T value) noexcept : value_{value}, has_value_{true} {}

  /// Whether the dimension has a value.
  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  /// Whether the dimension has a value.
  constexpr explicit operator bool() const noexcept { return has_value_; }
  /// @brief The value. *Preconditions:* `has_value()`; without one, a
  /// value-initialised `T` is returned (never undefined behaviour).
  [[nodiscard]] constexpr T operator*() const noexcept { return value_; }
  /// The value, or @p fallback when unspecified.
  [[nodiscard]] constexpr T value_or(T fallback) const noexcept {
    return has_value_ ? value_ : fallback;
  }
  /// Makes the setting unspecified.
  constexpr void reset() noexcept { *this = maybe{}; }

  /// Equal when both are unspecified or both hold the same value.
  friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
    return a.has_value_ == b.has_value_ && (!a.has_value_ || a.value_ == b.value_);
  }
  /// Equal when @p a holds @p b.
  friend constexpr bool operator==(const maybe& a, const T& b) noexcept {
    return a.has_value_ && a.value_ == b;
  }
  /// Equal when @p a is unspecified.
  friend constexpr bool operator==(const maybe& a, std::nullopt_t) noexcept {
    return !a.has_value_;
  }

 private:
  T value_{};
  bool has_value_ = false;
};

namespace detail {

// The fields of a catalogue, dimension by dimension, each followed by its
// terms.
template <class C>
struct ordered_fields;
template <class... Ds>
struct ordered_fields<type_list<Ds...>>
    : concat<typename concat<type_list<Ds>, typename Ds::terms>::type...> {};

}  // namespace detail

/// @brief The fields of catalogue `C`, in order, as a
/// `clientele::type_list`: each dimension followed by the terms its values
/// carry.
template <class C>
using fields_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::ordered_fields<typename C::list>::type);

/// @cond CLIENTELE_DETAIL
namespace detail {
template <class F>
using if_packed = std::conditional_t<PackedField<F>, type_list<F>, type_list<>>;
template <class F>
using if_wide = std::conditional_t<PackedField<F>, type_list<>, type_list<F>>;
}  // namespace detail
/// @endcond

/// @brief A list of fields split in two: `packed`, the `PackedField`s, and
/// `wide`, the fields held as they are; each in the order of the list.
template <class Fields>
struct field_partition;

/// @cond CLIENTELE_DETAIL
template <class... Fs>
struct field_partition<type_list<Fs...>> {
  using packed = typename detail::concat<detail::if_packed<Fs>...>::type;
  using wide = typename detail::concat<detail::if_wide<Fs>...>::type;
};
/// @endcond

/// @brief The fields of catalogue `C` that pack into its code
/// (`PackedField`s), in the order of `fields_t<C>`.
template <class C>
using packed_fields_t = typename field_partition<fields_t<C>>::packed;

/// @brief The fields of catalogue `C` held as they are (terms with a date,
/// a table or a list), in the order of `fields_t<C>`.
template <class C>
using wide_fields_t = typename field_partition<fields_t<C>>::wide;

namespace detail {

// Where each field of a catalogue lies in the packed form, computed from the
// fields' widths. Bit 63 is the kind-rule bit of a relationship's code.
template <std::size_t N>
struct offset_table {
  std::size_t at[N + 1];
};

template <class... Fs>
constexpr offset_table<sizeof...(Fs)> offsets_of() noexcept {
  const std::size_t width[] = {Fs::bits..., 0};
  offset_table<sizeof...(Fs)> t{};
  std::size_t sum = 0;
  for (std::size_t i = 0; i < sizeof...(Fs); ++i) {
    t.at[i] = sum;
    sum += width[i];
  }
  t.at[sizeof...(Fs)] = sum;
  return t;
}

template <class Fields>
struct field_layout;

template <class... Fs>
struct field_layout<type_list<Fs...>> {
  static constexpr offset_table<sizeof...(Fs)> offsets = offsets_of<Fs...>();
  static constexpr std::size_t total = offsets.at[sizeof...(Fs)];
  static_assert(total <= 63,
                "clientele: the fields of this catalogue need more than 63 bits in the packed "
                "form of a profile. Give its dimensions fewer values, or split the catalogue.");
};

template <class C>
using layout_of = field_layout<packed_fields_t<C>>;

// The offset and the mask of field F of catalogue C.
template <class F, class C>
inline constexpr std::size_t offset_v = layout_of<C>::offsets.at[index_in<F, packed_fields_t<C>>];
template <class F>
inline constexpr code_t field_mask_v = (code_t{1} << F::bits) - 1;

// The kind-rule bit of a relationship's code.
inline constexpr code_t rule_bit = code_t{1} << 63;

template <class F>
struct cell {
  maybe<typename F::value_type> value{};
  friend constexpr bool operator==(const cell&, const cell&) = default;
};

template <class Fields>
struct cells;
template <class... Fs>
struct cells<type_list<Fs...>> : cell<Fs>... {
  friend constexpr bool operator==(const cells&, const cells&) = default;
};

}  // namespace detail

/// @brief The value of every field of catalogue `C`, each unspecified
/// (`std::nullopt`) where the relationship leaves it open. The library's
/// own is `clientele::profile`.
///
/// A profile is a regular value type: copyable, comparable with `==`, and
/// every library function that reads it is `constexpr`. Its fields are read
/// and written with `get<F>(p)`, where `F` is a dimension tag or a term
/// (`terms::period`). `basic_profile<extended_catalogue<Ds...>>` holds an
/// application's own dimensions `Ds...` too.
template <class C>
struct basic_profile CLIENTELE_DETAIL_BASES(: detail::cells<fields_t<C>>) {
  /// The catalogue whose fields it holds.
  using catalogue_type = C;
  /// Equal when every field holds the same value or is unspecified in both.
  friend constexpr bool operator==(const basic_profile&, const basic_profile&) = default;
};

/// @brief A field of catalogue `C`: one of its dimensions or their terms.
template <class F, class C>
concept FieldOf = Field<F> && detail::contains<F, fields_t<C>>;

/// @brief Field `F` of profile @p p: a `maybe` of the field's value type,
/// to read or assign.
template <class F, class C>
  requires FieldOf<F, C>
[[nodiscard]] constexpr maybe<typename F::value_type>& get(basic_profile<C>& p) noexcept {
  return static_cast<detail::cell<F>&>(p).value;
}

/// @brief Field `F` of profile @p p.
template <class F, class C>
  requires FieldOf<F, C>
[[nodiscard]] constexpr const maybe<typename F::value_type>& get(
    const basic_profile<C>& p) noexcept {
  return static_cast<const detail::cell<F>&>(p).value;
}

/// @cond CLIENTELE_DETAIL
namespace detail {
// What get<F> gives for an F that is not a field of the profile: nothing to
// read or assign, after the diagnostic.
struct not_a_field {};
}  // namespace detail
/// @endcond

namespace error {

/// @brief Raised by `get<F>(p)` when `F` is not a field of the catalogue of
/// profile `p`.
///
/// What it means and how to fix it: @ref diag_profile_has_no_such_field "A profile asked for a field its catalogue does not have".
template <class F, class Catalogue>
struct profile_has_no_such_field {
  static_assert(detail::always_false<F, Catalogue>,
                "clientele: get<F>(p) names a field that this profile's catalogue does not "
                "have. Name a dimension of the catalogue or one of its terms (such as "
                "clientele::terms::period); to hold a dimension of your own, use "
                "clientele::basic_profile<clientele::extended_catalogue<Dimension>>.");
};

}  // namespace error

/// @cond CLIENTELE_DETAIL
// Chosen only when F is not a field: the library's message instead of a
// list of candidates.
template <class F, class C>
constexpr detail::not_a_field get(const basic_profile<C>&) noexcept {
  static_assert(sizeof(error::profile_has_no_such_field<F, C>) != 0);
  return {};
}
/// @endcond

namespace detail {

template <class C, class List = typename C::list>
struct profile_ops;

template <class C, class... Ds>
struct profile_ops<C, type_list<Ds...>> {
  using P = basic_profile<C>;

  // The dimensions of p that have a value, one bit per position.
  static constexpr std::uint32_t specified(const P& p) noexcept {
    std::uint32_t m = 0;
    std::uint32_t bit = 1;
    ((m |= get<Ds>(p).has_value() ? bit : 0u, bit <<= 1), ...);
    return m;
  }

  template <class F>
  static constexpr code_t put(const P& p) noexcept {
    const auto& v = get<F>(p);
    return v.has_value() ? F::encode(*v) << offset_v<F, C> : 0;
  }

  template <class F>
  static constexpr void take(P& p, code_t c) noexcept {
    // Written out rather than a helper: a helper is one more function per
    // field for every file that includes this header (measured).
    const code_t field = (c >> offset_v<F, C>) & field_mask_v<F>;
    if (field != 0) {
      get<F>(p) = F::decode(field);
    }
  }

  template <class F>
  static constexpr bool in_range(code_t c) noexcept {
    const code_t field = (c >> offset_v<F, C>) & field_mask_v<F>;
    return field == 0 || F::valid(field);
  }

  template <class... Fs>
  static constexpr code_t encode(const P& p, type_list<Fs...>) noexcept {
    return (put<Fs>(p) | ... | code_t{0});
  }
  template <class... Fs>
  static constexpr P decode(code_t c, type_list<Fs...>) noexcept {
    P p{};
    (take<Fs>(p, c), ...);
    return p;
  }
  template <class... Fs>
  static constexpr bool all_in_range(code_t c, type_list<Fs...>) noexcept {
    return (in_range<Fs>(c) && ...);
  }

  static constexpr maybe<leaning> leaning_at(const P& p, std::size_t index) noexcept {
    maybe<leaning> out{};
    std::size_t i = 0;
    ((i++ == index ? void(out = lean<Ds>(p)) : void()), ...);
    return out;
  }

  template <class D>
  static constexpr maybe<leaning> lean(const P& p) noexcept {
    if constexpr (requires { leaning_of(typename D::value_type{}); }) {
      const auto& v = get<D>(p);
      return v.has_value() ? maybe<leaning>{leaning_of(*v)} : maybe<leaning>{};
    } else {
      return {};
    }
  }
};

// The packed form of a profile: each field at its place in the catalogue's
// layout, zero where unspecified. Checking and deriving at compile time
// work on it; decode() turns it back into the profile that public functions
// read.
template <class C>
[[nodiscard]] constexpr code_t encode(const basic_profile<C>& p) noexcept {
  return profile_ops<C>::encode(p, packed_fields_t<C>{});
}

template <class C>
[[nodiscard]] constexpr basic_profile<C> decode(code_t c) noexcept {
  return profile_ops<C>::decode(c, packed_fields_t<C>{});
}

// Whether every field of a code holds a value its field allows.
template <class C>
[[nodiscard]] constexpr bool in_range(code_t c) noexcept {
  return profile_ops<C>::all_in_range(c, packed_fields_t<C>{});
}

// Whether every dimension in `mask` has a value in `p`.
template <class C>
[[nodiscard]] constexpr bool specifies_all(const basic_profile<C>& p, std::uint32_t mask) noexcept {
  return (profile_ops<C>::specified(p) & mask) == mask;
}

}  // namespace detail

/// @brief The dimensions of catalogue `C` that profile @p p specifies, one
/// bit per position in the catalogue.
template <class C>
[[nodiscard]] constexpr std::uint32_t specified_mask(const basic_profile<C>& p) noexcept {
  return detail::profile_ops<C>::specified(p);
}

/// @brief Whether profile @p p has a value for field `F`.
template <Field F, class C>
[[nodiscard]] constexpr bool specifies(const basic_profile<C>& p) noexcept {
  return get<F>(p).has_value();
}

/// @brief The side the value of the dimension at position @p index of the
/// profile's catalogue leans to, or `std::nullopt` when that dimension is
/// unspecified, has no leanings, or @p index names no dimension.
template <class C>
[[nodiscard]] constexpr maybe<leaning> leaning_at(const basic_profile<C>& p,
                                                  std::size_t index) noexcept {
  return detail::profile_ops<C>::leaning_at(p, index);
}

}  // namespace clientele

#endif  // CLIENTELE_FRAMEWORK_BASIC_PROFILE_HPP

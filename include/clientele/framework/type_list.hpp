// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::type_list`: the list type that catalogues, policies
/// and tensions are given as, with the positions of its members.

#ifndef CLIENTELE_TYPE_LIST_HPP
#define CLIENTELE_TYPE_LIST_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

/// @cond CLIENTELE_DETAIL
// What the reference shows of a definition that lies in namespace detail: the
// documentation build defines CLIENTELE_DOXYGEN, and then an alias reads
// `implementation_defined` and a class shows no base of namespace detail.
#if defined(CLIENTELE_DOXYGEN)
#define CLIENTELE_IMPLEMENTATION_DEFINED(...) implementation_defined
#define CLIENTELE_DETAIL_BASES(...)
#else
#define CLIENTELE_IMPLEMENTATION_DEFINED(...) __VA_ARGS__
#define CLIENTELE_DETAIL_BASES(...) __VA_ARGS__
#endif
/// @endcond

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail {
struct type_list_tag;
}  // namespace detail
/// @endcond

/// @brief A list of types: a catalogue's dimensions, a relationship's
/// policies, the tensions of a relationship.
///
/// With `<clientele/ext/hana.hpp>` it is a Boost.Hana `Foldable`: walking
/// it yields a `hana::type` for each of `Ts...`, in order.
template <class... Ts>
struct type_list {
  /// The number of types in the list.
  static constexpr std::size_t size = sizeof...(Ts);
  /// Boost.Hana's tag for a type list.
  using hana_tag = CLIENTELE_IMPLEMENTATION_DEFINED(detail::type_list_tag);
  /// The list itself, also for a type derived from a list (a catalogue).
  using list = type_list;
};

namespace detail {

// The position of T in Ts..., or sizeof...(Ts) when T is not one of them.
template <class T, class... Ts>
constexpr std::size_t position_of() noexcept {
  constexpr bool same[] = {std::is_same_v<T, Ts>..., false};
  std::size_t i = 0;
  while (i < sizeof...(Ts) && !same[i]) {
    ++i;
  }
  return i;
}

template <class T, class List>
inline constexpr std::size_t index_in_list = 0;
template <class T, class... Ts>
inline constexpr std::size_t index_in_list<T, type_list<Ts...>> = position_of<T, Ts...>();

template <class T, class List>
inline constexpr bool in_list = false;
template <class T, class... Ts>
inline constexpr bool in_list<T, type_list<Ts...>> = (std::is_same_v<T, Ts> || ...);

// The position of T in a list, or in a type derived from one (a catalogue).
template <class T, class List>
inline constexpr std::size_t index_in = index_in_list<T, typename List::list>;

// Whether T is in a list, or in a type derived from one.
template <class T, class List>
inline constexpr bool contains = in_list<T, typename List::list>;

// The I-th type of a list, found by overload resolution on indexed bases.
template <std::size_t I, class T>
struct indexed {
  using type = T;
};
template <class Seq, class... Ts>
struct indexer;
template <std::size_t... Is, class... Ts>
struct indexer<std::index_sequence<Is...>, Ts...> : indexed<Is, Ts>... {};
template <std::size_t I, class T>
indexed<I, T> pick(const indexed<I, T>*);

template <std::size_t I, class List, class = typename List::list>
struct type_at;
template <std::size_t I, class List, class... Ts>
struct type_at<I, List, type_list<Ts...>>
    : decltype(detail::pick<I>(static_cast<const indexer<std::index_sequence_for<Ts...>, Ts...>*>(
          nullptr))) {};

template <class... Ls>
struct concat;
template <>
struct concat<> {
  using type = type_list<>;
};
template <class... Ts>
struct concat<type_list<Ts...>> {
  using type = type_list<Ts...>;
};
template <class... Ts, class... Us, class... Rest>
struct concat<type_list<Ts...>, type_list<Us...>, Rest...>
    : concat<type_list<Ts..., Us...>, Rest...> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_TYPE_LIST_HPP

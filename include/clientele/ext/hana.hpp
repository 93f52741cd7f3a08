// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Boost.Hana views of relationship types, for generic code that
/// iterates over dimensions, policies, derived properties or tensions to
/// print or store them.
///
/// This header makes every `type_list` a Hana `Foldable` and every profile
/// (`basic_profile<C>`) a Hana `Struct` whose keys are its text keys. It is
/// the optional CMake component `clientele::hana`, which needs Boost; the
/// umbrella header `<clientele/clientele.hpp>` does not include it.
///
/// Hana serves iteration here, never the per-query lookup (a `hana::find_if`
/// per query compiles tens of times slower than the library's lookup).
/// @snippet reflection.cpp print

#ifndef CLIENTELE_REFLECTION_HPP
#define CLIENTELE_REFLECTION_HPP

#include <clientele/catalogue/derived.hpp>
#include <clientele/catalogue/tensions.hpp>
#include <clientele/models/provider.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/string.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/pair.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

namespace clientele {

namespace detail {

template <class List>
struct to_hana;

template <class... Ts>
struct to_hana<type_list<Ts...>> {
  static constexpr auto value = boost::hana::tuple_t<Ts...>;
};

template <class R, class... Ps>
constexpr auto dimension_pairs(type_list<Ps...>) {
  return boost::hana::make_tuple(boost::hana::make_pair(
      boost::hana::type_c<typename Ps::dimension>, boost::hana::type_c<Ps>)...);
}

}  // namespace detail

/// @brief The twelve catalogue dimensions: a Boost.Hana `Foldable` of the
/// `hana::type`s of their tags, in the catalogue's order.
///
/// `hana::for_each`, `hana::unpack`, `hana::fold_left` and `hana::length`
/// work on it directly, and `hana::to_tuple(all_dimensions_c)` is the
/// `hana::tuple_t` of the tags. It is not a `hana::tuple` itself so that
/// including this header builds no tuple: the Hana types are made only when
/// it is walked.
inline constexpr catalogue all_dimensions_c{};

/// @brief The derived properties: a Boost.Hana `Foldable` of the
/// `hana::type`s of their descriptors, in the catalogue's order (see
/// `all_dimensions_c` for what it supports).
inline constexpr type_list<properties::kind, properties::consumer, properties::market,
                           properties::repeat_business, properties::loyalty,
                           properties::transaction_value, properties::acquisition_strategy,
                           properties::service_model, properties::revenue_profile,
                           properties::value_proposition, properties::purchasing_cycle>
    all_properties_c{};

/// @brief The policies of relationship `R`, as a `hana::tuple` of
/// `hana::type`s, in the order they were given.
template <Relationship R>
inline constexpr auto policies_c = detail::to_hana<policies_t<R>>::value;

/// @brief The dimension/policy pairs of relationship `R`: a `hana::tuple` of
/// `hana::pair`s whose first element is the `hana::type` of a dimension tag
/// and whose second is the `hana::type` of `R`'s policy for it.
template <Relationship R>
inline constexpr auto dimension_policies_c = detail::dimension_pairs<R>(policies_t<R>{});

/// @brief The tensions of relationship `R`, as a `hana::tuple` of
/// `hana::type`s of tension types.
template <Relationship R>
inline constexpr auto tensions_c = detail::to_hana<tensions_t<R>>::value;

/// @brief The relationship types of set `S` (a `bundle` or a `provider`),
/// as a `hana::tuple` of `hana::type`s, in order: walk a provider's
/// relationships with `hana::for_each`.
template <RelationshipSet S>
inline constexpr auto parts_c = detail::to_hana<relationships_t<S>>::value;

/// @brief The client relationships of set `S`, as a `hana::tuple` of
/// `hana::type`s.
template <RelationshipSet S>
inline constexpr auto client_parts_c = detail::to_hana<client_parts_t<S>>::value;

}  // namespace clientele

/// @cond CLIENTELE_DETAIL
// A profile is a Boost.Hana Struct: generic code can walk its members by
// name (hana::keys, hana::at_key, hana::for_each over hana::accessors). The
// accessors are built when first asked for, not when this header is read.
namespace boost::hana {
template <>
struct unpack_impl<clientele::detail::type_list_tag> {
  template <class... Ts, class F>
  static constexpr decltype(auto) apply(clientele::type_list<Ts...>, F&& f) {
    return static_cast<F&&>(f)(hana::type_c<Ts>...);
  }
};

template <class C>
struct accessors_impl<clientele::basic_profile<C>> {
  template <class F>
  struct field {
    template <class P>
    constexpr decltype(auto) operator()(P&& p) const noexcept {
      return clientele::get<F>(static_cast<P&&>(p));
    }
  };
  template <class F, std::size_t... Is>
  static constexpr auto key(std::index_sequence<Is...>) {
    return hana::string_c<F::name[Is]...>;
  }
  template <class... Fs>
  static constexpr auto pairs(clientele::type_list<Fs...>) {
    return hana::make_tuple(hana::make_pair(
        key<Fs>(std::make_index_sequence<Fs::name.size()>{}), field<Fs>{})...);
  }
  static constexpr auto apply() { return pairs(clientele::fields_t<C>{}); }
};
}  // namespace boost::hana
/// @endcond

#endif  // CLIENTELE_REFLECTION_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Bundles (one purchase that is two relationships at once) and
/// providers (the set of relationship types one business offers), queried as
/// a whole. See the page @ref archetypes.

#ifndef CLIENTELE_PROVIDER_HPP
#define CLIENTELE_PROVIDER_HPP

#include <clientele/models/archetypes.hpp>
#include <clientele/catalogue/derived.hpp>
#include <clientele/framework/fixed_string.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace clientele {

namespace error {

/// @brief Raised by a bundle or a provider given something that is not a
/// relationship type.
///
/// What it means and how to fix it: @ref diag_provider_not_a_relationship "A provider given a policy instead of a relationship type".
template <class T>
struct provider_argument_is_not_a_relationship {
  static_assert(detail::always_false<T>,
                "clientele: bundle<...> and provider<...> take relationship types only, such "
                "as clientele::relationship<...> or clientele::archetypes::law_firm, named or "
                "not (clientele::named<\"retained\", R>); a policy on its own is not a "
                "relationship.");
};

}  // namespace error

namespace detail {

// A part of a set: a relationship type, or an entry that names one (a type
// with `using type = R;` and `static constexpr std::string_view name`, such
// as the registry's `named<"name", R>`).
template <class T>
struct part_of {
  using type = T;
  static constexpr std::string_view name{};
};
template <class T>
  requires(!Relationship<T> && requires {
    typename T::type;
    std::string_view{T::name};
  } && Relationship<typename T::type>)
struct part_of<T> {
  using type = typename T::type;
  static constexpr std::string_view name = T::name;
};

template <class T, bool = Relationship<typename part_of<T>::type>>
struct require_relationship {};

template <class T>
struct require_relationship<T, false> {
  static constexpr error::provider_argument_is_not_a_relationship<T> diagnostic{};
};

}  // namespace detail

/// @brief Several relationships entered together, as one purchase: a car
/// bought with a service-and-maintenance contract is a customer purchase
/// bundled with a client relationship with the garage.
///
/// A part is a relationship type or a named one (`named<"contract", R>`,
/// from `<clientele/runtime/registry.hpp>`), which `part_t` finds by name.
///
/// *Mandates:* every one of `Rs...` is a `Relationship` or names one.
template <class... Rs>
struct bundle CLIENTELE_DETAIL_BASES(: detail::require_relationship<Rs>...) {
  /// The relationships bundled together.
  using parts = type_list<Rs...>;
  /// How many relationships the bundle holds.
  static constexpr std::size_t size = sizeof...(Rs);
};

/// @brief The set of relationship types one provider offers: a law firm with
/// retained clients and occasional customers, say.
///
/// A part is a relationship type or a named one (`named<"retained", R>`),
/// which `part_t` finds by name.
///
/// *Mandates:* every one of `Rs...` is a `Relationship` or names one.
template <class... Rs>
struct provider CLIENTELE_DETAIL_BASES(: detail::require_relationship<Rs>...) {
  /// The relationship types offered.
  using relationships = type_list<Rs...>;
  /// How many relationship types the provider offers.
  static constexpr std::size_t size = sizeof...(Rs);
};

namespace detail {
template <class T>
struct members;
// 1 for a client relationship; for an argument that is not a relationship
// type, the set's own diagnostic and nothing from inside is_client_v.
template <class R, bool = Relationship<typename part_of<R>::type>>
inline constexpr std::size_t client_v = is_client_v<typename part_of<R>::type> ? 1 : 0;
template <class R>
inline constexpr std::size_t client_v<R, false> = sizeof(require_relationship<R>) * 0;

template <class... Rs>
struct members<bundle<Rs...>> {
  static constexpr std::size_t clients = (client_v<Rs> + ... + 0);
  static constexpr std::size_t count = sizeof...(Rs);
  using relationships = type_list<typename part_of<Rs>::type...>;
  using parts = type_list<part_of<Rs>...>;
};
template <class... Rs>
struct members<provider<Rs...>> : members<bundle<Rs...>> {};
template <class T>
inline constexpr bool is_set = false;
template <class... Rs>
inline constexpr bool is_set<bundle<Rs...>> = true;
template <class... Rs>
inline constexpr bool is_set<provider<Rs...>> = true;
}  // namespace detail

/// @brief A `bundle` or a `provider`: a set of relationship types.
template <class S>
concept RelationshipSet = detail::is_set<S>;

/// @brief How many client relationships set `S` holds.
template <RelationshipSet S>
inline constexpr std::size_t client_count_v = detail::members<S>::clients;

/// @brief How many customer relationships set `S` holds.
template <RelationshipSet S>
inline constexpr std::size_t customer_count_v = detail::members<S>::count - detail::members<S>::clients;

/// @brief Whether set `S` holds at least one client relationship.
template <RelationshipSet S>
inline constexpr bool serves_clients_v = client_count_v<S> > 0;

/// @brief Whether set `S` holds at least one customer relationship.
template <RelationshipSet S>
inline constexpr bool serves_customers_v = customer_count_v<S> > 0;

/// @brief Whether set `S` holds client and customer relationships both: a
/// provider serving both kinds, or a bundle that is both at once.
template <RelationshipSet S>
inline constexpr bool serves_both_v = serves_clients_v<S> && serves_customers_v<S>;

/// @brief The relationship types of set `S`, in order, without their
/// names, as a `clientele::type_list`.
template <RelationshipSet S>
using relationships_t = CLIENTELE_IMPLEMENTATION_DEFINED(typename detail::members<S>::relationships);

namespace detail {
template <bool Client, class... Rs>
struct of_kind {
  using type = typename concat<std::conditional_t<
      (is_client_v<Rs> == Client), type_list<Rs>, type_list<>>...>::type;
};
template <bool Client, class List>
struct parts_of_kind;
template <bool Client, class... Rs>
struct parts_of_kind<Client, type_list<Rs...>> : of_kind<Client, Rs...> {};
}  // namespace detail

/// @brief The client relationships of set `S`, as a `type_list`, in order.
template <RelationshipSet S>
using client_parts_t = CLIENTELE_IMPLEMENTATION_DEFINED(
    typename detail::parts_of_kind<true, relationships_t<S>>::type);

/// @brief The customer relationships of set `S`, as a `type_list`, in order.
template <RelationshipSet S>
using customer_parts_t = CLIENTELE_IMPLEMENTATION_DEFINED(
    typename detail::parts_of_kind<false, relationships_t<S>>::type);

/// @brief What a report prints of one part of a set: its name (empty for a
/// part given without one), its kind, billing mode, billing period (for
/// periodic billing), support tier, and its whole profile. A dimension the
/// part leaves unspecified is unspecified here too.
struct part_summary {
  /// The part's name, or empty.
  std::string_view name{};
  /// Client or customer, under the part's kind rule.
  maybe<relationship_kind> kind{};
  /// How the part is billed.
  maybe<billing_mode> billing{};
  /// How often, when the part is billed periodically.
  maybe<billing_period> period{};
  /// Who supports it.
  maybe<support_tier> support{};
  /// The part's profile.
  profile of{};
};

namespace detail {
template <class Part>
constexpr part_summary summarize_part() noexcept {
  using R = typename Part::type;
  part_summary out;
  out.name = Part::name;
  out.of = profile_of<R>;
  if constexpr (derivable_v<R, properties::kind>) {
    out.kind = kind_v<R>;
  }
  out.billing = get<dimensions::billing>(out.of);
  if constexpr (PeriodicBilling<R>) {
    out.period = billing_period_v<R>;
  }
  out.support = get<dimensions::support>(out.of);
  return out;
}
template <class... Parts>
constexpr std::array<part_summary, sizeof...(Parts)> summarize_parts(type_list<Parts...>) noexcept {
  return {summarize_part<Parts>()...};
}

// The distinct values a member of the summaries takes, in order of first
// appearance.
template <class T, std::size_t N, class Get>
constexpr std::size_t count_distinct(const std::array<part_summary, N>& parts, Get get) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const maybe<T> v = get(parts[i]);
    bool seen = !v.has_value();
    for (std::size_t j = 0; j < i && !seen; ++j) {
      seen = get(parts[j]) == v;
    }
    n += seen ? 0 : 1;
  }
  return n;
}
template <class T, std::size_t K, std::size_t N, class Get>
constexpr std::array<T, K> distinct(const std::array<part_summary, N>& parts, Get get) noexcept {
  std::array<T, K> out{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const maybe<T> v = get(parts[i]);
    bool seen = !v.has_value();
    for (std::size_t j = 0; j < i && !seen; ++j) {
      seen = get(parts[j]) == v;
    }
    if (!seen) {
      out[n++] = *v;
    }
  }
  return out;
}
inline constexpr auto billing_of = [](const part_summary& s) { return s.billing; };
inline constexpr auto period_of_part = [](const part_summary& s) { return s.period; };
inline constexpr auto kind_of_part = [](const part_summary& s) { return s.kind; };
}  // namespace detail

/// @brief Every part of set `S` summarized, in order: data a report can
/// print (a provider's mix of retained clients and walk-in customers, say).
template <RelationshipSet S>
inline constexpr std::array<part_summary, S::size> mix_v =
    detail::summarize_parts(typename detail::members<S>::parts{});

/// @brief The kinds present in set `S`, each once, in order of first
/// appearance.
template <RelationshipSet S>
inline constexpr auto kinds_v = detail::distinct<
    relationship_kind, detail::count_distinct<relationship_kind>(mix_v<S>, detail::kind_of_part)>(
    mix_v<S>, detail::kind_of_part);

/// @brief The billing modes present in set `S`, each once, in order of
/// first appearance.
template <RelationshipSet S>
inline constexpr auto billing_modes_v = detail::distinct<
    billing_mode, detail::count_distinct<billing_mode>(mix_v<S>, detail::billing_of)>(
    mix_v<S>, detail::billing_of);

/// @brief The billing periods present in set `S`, each once, in order of
/// first appearance (parts not billed periodically have none).
template <RelationshipSet S>
inline constexpr auto billing_periods_v = detail::distinct<
    billing_period, detail::count_distinct<billing_period>(mix_v<S>, detail::period_of_part)>(
    mix_v<S>, detail::period_of_part);

/// @brief Whether a part of set `S` is billed in mode `Mode`.
template <RelationshipSet S, billing_mode Mode>
inline constexpr bool bills_with_v = [] {
  for (const part_summary& part : mix_v<S>) {
    if (part.billing == Mode) {
      return true;
    }
  }
  return false;
}();

/// @brief The highest support tier among the parts of set `S`
/// (`dedicated_team` above `support_desk` above `self_service`), or
/// unspecified when no part specifies its support.
template <RelationshipSet S>
inline constexpr maybe<support_tier> highest_support_tier_v = [] {
  maybe<support_tier> best{};
  for (const part_summary& part : mix_v<S>) {
    if (part.support.has_value() &&
        (!best.has_value() || static_cast<int>(*part.support) > static_cast<int>(*best))) {
      best = part.support;
    }
  }
  return best;
}();

namespace error {

/// @brief Raised by `part_t<S, Name>` when set `S` has no part named `Name`.
///
/// What it means and how to fix it: @ref diag_set_has_no_part_named "A set asked for a part it does not name".
template <class S, class Name>
struct set_has_no_part_named {
  static_assert(detail::always_false<S>,
                "clientele: part_t<S, Name>: the set has no part of that name. Name the part in "
                "the set, as clientele::named<\"name\", R>, or look at the names in "
                "clientele::mix_v<S>.");
};

}  // namespace error

namespace detail {
template <class Parts, auto Name>
struct find_part;
template <auto Name>
struct find_part<type_list<>, Name> {
  struct name_tag {};
  static constexpr error::set_has_no_part_named<type_list<>, name_tag> diagnostic{};
  using type = void;
};
template <class P, class... Ps, auto Name>
struct find_part<type_list<P, Ps...>, Name>
    : std::conditional_t<P::name == Name.view() && !P::name.empty(),
                         std::type_identity<typename P::type>,
                         find_part<type_list<Ps...>, Name>> {};
}  // namespace detail

/// @brief The relationship type of the part of set `S` named `Name`:
/// `part_t<law_practice_book, "retained">`.
template <RelationshipSet S, fixed_string Name>
using part_t = CLIENTELE_IMPLEMENTATION_DEFINED(
    typename detail::find_part<typename detail::members<S>::parts, Name>::type);

namespace archetypes {

/// @brief A service-and-maintenance contract for a car with a garage: the
/// owner relies on the garage's mechanics, who keep the car's history, look
/// after it to its needs and advise on what it requires, for a yearly fee
/// under a service contract. What is bought is the mechanics' expertise, a
/// professional service, and the relationship continues: a client
/// relationship.
using car_maintenance_contract =
    relationship<duration::ongoing, offering::professional_service,
                 personalization::recommendations, engagement::responsive, advice::advisory,
                 billing::recurring<period::annual>, support::support_desk, dependency::high,
                 agreement::service_contract, party::individual, purpose::end_use,
                 knowledge::deep>;

/// @brief Where the two overlap (the source @ref source_difference "Client vs Customer: What's the Difference"): a car bought at a showroom
/// (a customer purchase) together with a contract for its regular service and
/// maintenance (a client relationship). The bundle holds one relationship of
/// each kind.
using car_with_service_contract = bundle<car_showroom, car_maintenance_contract>;

/// @brief A law practice with retained clients and occasional customers: one
/// provider serving both kinds.
using law_practice = provider<law_firm, occasional_legal_matter>;

}  // namespace archetypes

}  // namespace clientele

#endif  // CLIENTELE_PROVIDER_HPP

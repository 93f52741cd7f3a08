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

#include <cstddef>

namespace clientele {

namespace error {

/// @brief Raised by a bundle or a provider given something that is not a
/// relationship type.
///
/// What it means and how to fix it: @ref diag_provider_not_a_relationship "A provider given a policy instead of a relationship type".
template <class T>
struct provider_argument_is_not_a_relationship {
  static_assert(detail::always_false<T>,
                "clientele: bundle<...> and provider<...> take relationship types only, such as "
                "clientele::relationship<...> or clientele::archetypes::law_firm; a policy on "
                "its own is not a relationship.");
};

}  // namespace error

namespace detail {

template <class T, bool = Relationship<T>>
struct require_relationship {};

template <class T>
struct require_relationship<T, false> {
  static constexpr error::provider_argument_is_not_a_relationship<T> diagnostic{};
};

}  // namespace detail

/// @brief Several relationships entered together, as one purchase: a car
/// bought with a service-and-maintenance contract is a customer purchase
/// bundled with an ongoing service relationship.
///
/// *Mandates:* every one of `Rs...` is a `Relationship`.
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
/// *Mandates:* every one of `Rs...` is a `Relationship`.
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
template <class R, bool = Relationship<R>>
inline constexpr std::size_t client_v = is_client_v<R> ? 1 : 0;
template <class R>
inline constexpr std::size_t client_v<R, false> = sizeof(require_relationship<R>) * 0;

template <class... Rs>
struct members<bundle<Rs...>> {
  static constexpr std::size_t clients = (client_v<Rs> + ... + 0);
  static constexpr std::size_t count = sizeof...(Rs);
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

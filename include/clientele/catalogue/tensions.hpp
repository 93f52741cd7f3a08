// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Tensions: combinations that are legal but lean against the
/// relationship's kind or against each other. They are reported, never
/// refused: `tensions_t<R>` lists them as types, `tensions_of(profile)` as
/// values.

#ifndef CLIENTELE_TENSIONS_HPP
#define CLIENTELE_TENSIONS_HPP

#include <clientele/queries.hpp>

#include <utility>

namespace clientele {

/// @brief The kinds of tension the library reports.
enum class tension_kind : unsigned char {
  client_with_customer_value,              ///< a client relationship with a value unusual for a client
  customer_with_client_value,              ///< a customer relationship with a value unusual for a customer
  dedicated_team_for_one_time,             ///< a dedicated team for a one-time relationship
  tailored_but_transactional,              ///< tailored personalization, transactional engagement
  advice_without_professional_service,     ///< advisory without a professional service
  milestone_without_professional_service   ///< milestone billing without a professional service
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `tension_kind` values.
template <>
struct enum_traits<tension_kind> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {
      "client_with_customer_value",          "customer_with_client_value",
      "dedicated_team_for_one_time",         "tailored_but_transactional",
      "advice_without_professional_service", "milestone_without_professional_service"};
};
/// @endcond

/// @brief The tensions of a profile as a bit set.
///
/// Bit `i` (0 to 11) is set when a client relationship has a value unusual
/// for a client in the dimension at position `i` of `catalogue`; bit
/// `12 + i` when a customer relationship has a value unusual for a customer
/// there; bits 24 to 27 stand for the other four tension kinds, in the order
/// of `tension_kind`.
using tension_set = std::uint64_t;

/// @brief The dimensions of profile @p p whose values are unusual for a
/// relationship of kind @p kind, one bit per position in `catalogue`.
///
/// The principle (see @ref model_tensions "Tensions"): a value is unusual
/// for a kind when the sources make its opposite part of what that kind
/// is, without hedging. For a client: a one-time duration, goods or a
/// standard service, standardized personalization, transactional
/// engagement, no advice, low dependency, self-service support. For a
/// customer: a professional service, tailored personalization,
/// collaborative engagement, advice relied on, high dependency, a dedicated
/// team. Values the sources allow either kind are never unusual: customers
/// may return, stay for years, subscribe, sign contracts and receive
/// recommendations; clients may be billed per visit or by the hour and
/// served by a front desk; how the buyer pays never is.
[[nodiscard]] constexpr std::uint32_t unusual_dimensions(const profile& p,
                                                         relationship_kind kind) noexcept {
  std::uint32_t out = 0;
  const auto mark = [&out](bool unusual, std::uint32_t dim) {
    if (unusual) {
      out |= dim;
    }
  };
  if (kind == relationship_kind::client) {
    mark(get<dimensions::duration>(p) == duration_kind::one_time,
         dimension_mask_v<dimensions::duration>);
    mark(get<dimensions::offering>(p) == offering_kind::goods ||
             get<dimensions::offering>(p) == offering_kind::standard_service,
         dimension_mask_v<dimensions::offering>);
    mark(get<dimensions::personalization>(p) == personalization_level::standardized,
         dimension_mask_v<dimensions::personalization>);
    mark(get<dimensions::engagement>(p) == engagement_level::transactional,
         dimension_mask_v<dimensions::engagement>);
    mark(get<dimensions::advice>(p) == advice_kind::none, dimension_mask_v<dimensions::advice>);
    mark(get<dimensions::dependency>(p) == dependency_level::low,
         dimension_mask_v<dimensions::dependency>);
    mark(get<dimensions::support>(p) == support_tier::self_service,
         dimension_mask_v<dimensions::support>);
  } else {
    mark(get<dimensions::offering>(p) == offering_kind::professional_service,
         dimension_mask_v<dimensions::offering>);
    mark(get<dimensions::personalization>(p) == personalization_level::tailored,
         dimension_mask_v<dimensions::personalization>);
    mark(get<dimensions::engagement>(p) == engagement_level::collaborative,
         dimension_mask_v<dimensions::engagement>);
    mark(get<dimensions::advice>(p) == advice_kind::advisory, dimension_mask_v<dimensions::advice>);
    mark(get<dimensions::dependency>(p) == dependency_level::high,
         dimension_mask_v<dimensions::dependency>);
    mark(get<dimensions::support>(p) == support_tier::dedicated_team,
         dimension_mask_v<dimensions::support>);
  }
  return out;
}

/// @brief The tensions of profile @p p, whose kind is @p kind
/// (unspecified when it is not known, in which case only the tensions that
/// do not depend on the kind are reported).
///
/// One fact is one tension: where a tension that pairs two dimensions holds
/// (a dedicated team for a one-time relationship, say), the leaning
/// tensions of those two dimensions are not reported beside it.
[[nodiscard]] constexpr tension_set tensions_of(const profile& p,
                                                maybe<relationship_kind> kind) noexcept {
  const bool professional = get<dimensions::offering>(p) == offering_kind::professional_service;
  const bool known_offering = get<dimensions::offering>(p).has_value();
  const bool pairs[] = {
      get<dimensions::support>(p) == support_tier::dedicated_team &&
          get<dimensions::duration>(p) == duration_kind::one_time,
      get<dimensions::personalization>(p) == personalization_level::tailored &&
          get<dimensions::engagement>(p) == engagement_level::transactional,
      get<dimensions::advice>(p) == advice_kind::advisory && known_offering && !professional,
      get<dimensions::billing>(p) == billing_mode::milestone && known_offering && !professional};
  const std::uint32_t paired[] = {
      dimension_mask_v<dimensions::support, dimensions::duration>,
      dimension_mask_v<dimensions::personalization, dimensions::engagement>,
      dimension_mask_v<dimensions::advice, dimensions::offering>,
      dimension_mask_v<dimensions::billing, dimensions::offering>};
  tension_set set = 0;
  std::uint32_t covered = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (pairs[i]) {
      set |= tension_set{1} << (2 * dimension_count + i);
      covered |= paired[i];
    }
  }
  if (kind) {
    const std::size_t base = *kind == relationship_kind::client ? 0 : dimension_count;
    set |= tension_set{unusual_dimensions(p, *kind) & ~covered} << base;
  }
  return set;
}

/// @brief The tensions of profile @p p under kind rule `Rule`.
template <KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr tension_set tensions_of(const profile& p) noexcept {
  return tensions_of(p, kind_of<Rule>(p));
}

namespace detail {
inline constexpr std::string_view client_prefix = "client relationship with a ";
inline constexpr std::string_view customer_prefix = "customer relationship with a ";
inline constexpr std::string_view client_suffix = " value unusual for a client";
inline constexpr std::string_view customer_suffix = " value unusual for a customer";
}  // namespace detail

/// @brief The tension types, each with a readable `name`, a `kind` and, for
/// the two leaning tensions, the `dimension` concerned.
namespace tensions {

/// @brief A client relationship whose value in dimension `D` is unusual for
/// a client (say, `self_service` support); see `unusual_dimensions`.
template <Dimension D>
struct client_with_customer_value final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::client_with_customer_value;
  /// The dimension whose value leans the other way.
  using dimension = D;
  /// @cond CLIENTELE_DETAIL
  static constexpr auto storage =
      detail::join_strings<detail::client_prefix.size() + D::name.size() + detail::client_suffix.size()>(
          detail::client_prefix, D::name, detail::client_suffix);
  /// @endcond
  /// A readable name, such as "client relationship with a support value unusual for a client".
  static constexpr std::string_view name = storage.view();
};

/// @brief A customer relationship whose value in dimension `D` is unusual
/// for a customer (say, `dedicated_team` support); see `unusual_dimensions`.
template <Dimension D>
struct customer_with_client_value final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::customer_with_client_value;
  /// The dimension whose value leans the other way.
  using dimension = D;
  /// @cond CLIENTELE_DETAIL
  static constexpr auto storage =
      detail::join_strings<detail::customer_prefix.size() + D::name.size() + detail::customer_suffix.size()>(
          detail::customer_prefix, D::name, detail::customer_suffix);
  /// @endcond
  /// A readable name, such as "customer relationship with a support value unusual for a customer".
  static constexpr std::string_view name = storage.view();
};

/// @brief A dedicated team looking after a one-time relationship.
struct dedicated_team_for_one_time final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::dedicated_team_for_one_time;
  /// A readable name.
  static constexpr std::string_view name = "dedicated support team for a one-time relationship";
};

/// @brief A tailored offer made without engaging with the counterpart.
struct tailored_but_transactional final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::tailored_but_transactional;
  /// A readable name.
  static constexpr std::string_view name = "tailored personalization with transactional engagement";
};

/// @brief Professional advice relied on where no professional service is
/// sold.
struct advice_without_professional_service final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::advice_without_professional_service;
  /// A readable name.
  static constexpr std::string_view name = "advisory relationship without a professional service";
};

/// @brief Billing by deliverable where no professional service is sold.
struct milestone_without_professional_service final {
  /// The kind of tension.
  static constexpr tension_kind kind = tension_kind::milestone_without_professional_service;
  /// A readable name.
  static constexpr std::string_view name = "milestone billing without a professional service";
};

}  // namespace tensions

namespace detail {

// The tensions that pair two dimensions, in the order of their bits after
// the leaning tensions.
using pair_tensions =
    type_list<tensions::dedicated_team_for_one_time, tensions::tailored_but_transactional,
              tensions::advice_without_professional_service,
              tensions::milestone_without_professional_service>;

inline constexpr std::size_t first_pair_bit = 2 * dimension_count;

template <std::size_t Bit, bool Leaning = (Bit < first_pair_bit)>
struct tension_at {
  using type = std::conditional_t<
      (Bit < dimension_count),
      tensions::client_with_customer_value<typename type_at<Bit % dimension_count, catalogue>::type>,
      tensions::customer_with_client_value<typename type_at<Bit % dimension_count, catalogue>::type>>;
};
template <std::size_t Bit>
struct tension_at<Bit, false> : type_at<Bit - first_pair_bit, pair_tensions> {};

template <class... Ls>
struct join {
  using type = type_list<>;
};
template <class... Ts>
struct join<type_list<Ts...>> {
  using type = type_list<Ts...>;
};
template <class... Ts, class... Us, class... Rest>
struct join<type_list<Ts...>, type_list<Us...>, Rest...> : join<type_list<Ts..., Us...>, Rest...> {};

template <tension_set Set, class Seq>
struct tension_list;

template <tension_set Set, std::size_t... Bits>
struct tension_list<Set, std::index_sequence<Bits...>>
    : join<std::conditional_t<(Set & (tension_set{1} << Bits)) != 0,
                              type_list<typename tension_at<Bits>::type>, type_list<>>...> {};

template <class R>
constexpr tension_set tensions_of_type() noexcept {
  const profile& p = profile_of<R>;
  return tensions_of(p, kind_of<kind_rule_t<R>>(p));
}

}  // namespace detail

/// @brief The tensions of relationship `R` as a bit set (see
/// `tension_set`), under `R`'s kind rule.
template <Relationship R>
inline constexpr tension_set tension_set_v = detail::tensions_of_type<R>();

/// @brief The tensions of relationship `R`, as a `type_list` of types from
/// `clientele::tensions`; empty when `R` has none.
template <Relationship R>
using tensions_t = CLIENTELE_IMPLEMENTATION_DEFINED(
    typename detail::tension_list<tension_set_v<R>, std::make_index_sequence<detail::first_pair_bit + detail::pair_tensions::size>>::type);

/// @brief Whether relationship `R` has tension `T`.
template <Relationship R, class T>
inline constexpr bool has_tension_v = [] {
  bool found = false;
  [&]<class... Ts>(type_list<Ts...>) { found = (std::is_same_v<T, Ts> || ...); }(tensions_t<R>{});
  return found;
}();

}  // namespace clientele

#endif  // CLIENTELE_TENSIONS_HPP

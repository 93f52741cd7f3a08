// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The properties the library derives from a relationship's
/// dimensions (never chosen directly): kind, consumer, market, repeat
/// business, loyalty, transaction value, acquisition strategy, service model,
/// revenue profile, value proposition and purchasing cycle.
///
/// Each property is a descriptor in `clientele::properties` with a
/// `constexpr` derivation over a profile; the compile-time query (`kind_v<R>`,
/// `market_v<R>`, ...) and the run-time function `derive<Property>(profile)`
/// share that derivation. Every property that depends on the kind follows the
/// relationship's kind rule.

#ifndef CLIENTELE_DERIVED_HPP
#define CLIENTELE_DERIVED_HPP

#include <clientele/queries.hpp>

namespace clientele {

/// @brief The market a relationship belongs to, from the party.
enum class market : unsigned char {
  b2c,  ///< business to consumer: the counterpart is an individual
  b2b,  ///< business to business: a company or a nonprofit organization
  b2g   ///< business to government: a government agency
};

/// @brief Whether the provider can count on further business.
enum class repeat_business : unsigned char {
  expected,  ///< the counterpart keeps coming back or stays
  possible   ///< the counterpart may or may not return
};

/// @brief The loyalty a provider can expect.
enum class loyalty : unsigned char {
  advocate,  ///< loyal, and refers others
  satisfied  ///< content, with no particular attachment
};

/// @brief The value of a typical transaction.
enum class transaction_value : unsigned char {
  high,     ///< expertise or a tailored solution commands a high price
  standard  ///< a standard price for a standard offer
};

/// @brief How the provider wins such a counterpart.
enum class acquisition_strategy : unsigned char {
  relationship_building,  ///< show expertise and build rapport
  competitive_offer       ///< compete on price, quality, variety and promotion
};

/// @brief How service is organised, from the support tier.
enum class service_model : unsigned char {
  professional_services_team,  ///< a team devoted to a few accounts
  customer_support_group       ///< a group that serves many buyers
};

/// @brief What the revenue from such relationships looks like.
enum class revenue_profile : unsigned char {
  recurring_stable,  ///< steady revenue that recurs over a long relationship
  volume_immediate   ///< revenue now, from many sales
};

/// @brief What the provider offers to win and keep the counterpart.
enum class value_proposition : unsigned char {
  expertise_and_custom_solutions,  ///< expert knowledge and solutions made to measure
  quality_price_convenience        ///< good products at a good price, easily bought
};

/// @brief How long it takes the counterpart to decide to buy.
///
/// The catalogue calls the values `long` and `short`, which are C++
/// keywords; the enumerators carry a suffix and `name_of` gives the
/// catalogue's names.
enum class purchasing_cycle : unsigned char {
  long_cycle,  ///< a long decision ("long")
  short_cycle  ///< a quick decision ("short")
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `market` values.
template <>
struct enum_traits<market> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"b2c", "b2b", "b2g"};
};
/// @brief Names of `repeat_business` values.
template <>
struct enum_traits<repeat_business> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"expected", "possible"};
};
/// @brief Names of `loyalty` values.
template <>
struct enum_traits<loyalty> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"advocate", "satisfied"};
};
/// @brief Names of `transaction_value` values.
template <>
struct enum_traits<transaction_value> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"high", "standard"};
};
/// @brief Names of `acquisition_strategy` values.
template <>
struct enum_traits<acquisition_strategy> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"relationship_building", "competitive_offer"};
};
/// @brief Names of `service_model` values.
template <>
struct enum_traits<service_model> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"professional_services_team",
                                               "customer_support_group"};
};
/// @brief Names of `revenue_profile` values.
template <>
struct enum_traits<revenue_profile> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"recurring_stable", "volume_immediate"};
};
/// @brief Names of `value_proposition` values.
template <>
struct enum_traits<value_proposition> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"expertise_and_custom_solutions",
                                               "quality_price_convenience"};
};
/// @brief Names of `purchasing_cycle` values.
template <>
struct enum_traits<purchasing_cycle> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"long", "short"};
};
/// @endcond

/// @brief Descriptors of the derived properties.
///
/// Each descriptor has a `value_type`, a `name`, the dimensions it `reads`
/// (a `dimension_mask_v`), whether it `uses_kind` (and so also reads what
/// the kind rule reads), and `derive(const profile&, relationship_kind)`,
/// called only with a profile that specifies everything it reads. The
/// library's descriptors also have `consults` (dimensions weighed when they
/// are specified) and `decide(const profile&, relationship_kind)`, which
/// returns the value with what decided it (`reasoned`); `derive` is
/// `decide(...).value`. A decision that the kind took has
/// `decided_by_kind` among its bits.
namespace properties {

/// @brief The bit of `reasoned::decided_by` that stands for the kind:
/// `explain` replaces it by what decided the kind.
inline constexpr std::uint32_t decided_by_kind = std::uint32_t{1} << 31;

/// @brief The kind: client or customer, as the kind rule says.
struct kind final {
  /// The property's values.
  using value_type = relationship_kind;
  /// The catalogue's name.
  static constexpr std::string_view name = "kind";
  /// Reads nothing beyond what the kind rule reads.
  static constexpr std::uint32_t reads = 0;
  /// Follows the kind rule.
  static constexpr bool uses_kind = true;
  /// The kind takes nothing else into account.
  static constexpr std::uint32_t consults = 0;
  /// @brief The kind itself; `explain` gives the kind rule's reasons.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile&,
                                                           relationship_kind k) noexcept {
    return {k, decided_by_kind, "as the kind rule decides"};
  }
  /// @brief The kind itself.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Whether the counterpart is a consumer: a customer who buys as an
/// individual for their own use (the source @ref source_difference "Client vs Customer: What's the Difference", "Consumer vs Customer").
struct consumer final {
  /// Yes or no.
  using value_type = bool;
  /// The catalogue's name.
  static constexpr std::string_view name = "consumer";
  /// Reads the party and the purpose.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::party, dimensions::purpose>;
  /// Only a customer can be a consumer.
  static constexpr bool uses_kind = true;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief A customer, an individual, buying for their own use.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    if (k == relationship_kind::client) {
      return {false, decided_by_kind, "a client is not a consumer: a consumer is a kind of customer"};
    }
    if (get<dimensions::party>(p) != party_kind::individual) {
      return {false, dimension_mask_v<dimensions::party>,
              "the buyer is an organization, not a person"};
    }
    if (get<dimensions::purpose>(p) != purpose_kind::end_use) {
      return {false, dimension_mask_v<dimensions::purpose>,
              "the buyer passes what is bought on to someone else"};
    }
    return {true, decided_by_kind | dimension_mask_v<dimensions::party, dimensions::purpose>,
            "a customer who buys as a person, for their own use"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief The market, from the party (the source @ref source_difference "Client vs Customer: What's the Difference", "B2C", "B2B").
struct market final {
  /// The property's values.
  using value_type = clientele::market;
  /// The catalogue's name.
  static constexpr std::string_view name = "market";
  /// Reads the party.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::party>;
  /// Does not depend on the kind.
  static constexpr bool uses_kind = false;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief Individuals are b2c, government agencies b2g, businesses and
  /// nonprofits b2b.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind) noexcept {
    constexpr std::uint32_t by = dimension_mask_v<dimensions::party>;
    switch (*get<dimensions::party>(p)) {
      case party_kind::individual: return {value_type::b2c, by, "the counterpart is a person"};
      case party_kind::government_agency:
        return {value_type::b2g, by, "the counterpart is a government agency"};
      case party_kind::business:
      case party_kind::nonprofit: break;
    }
    return {value_type::b2b, by, "the counterpart is a company or a nonprofit organization"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Repeat business, from the kind, the duration and the dependency
/// (the source @ref source_distinction "Understanding the Distinction", section 3: clients are the more
/// likely to come back; customers may or may not).
struct repeat_business final {
  /// The property's values.
  using value_type = clientele::repeat_business;
  /// The catalogue's name.
  static constexpr std::string_view name = "repeat_business";
  /// Reads the duration and the dependency.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::duration, dimensions::dependency>;
  /// Depends on the kind.
  static constexpr bool uses_kind = true;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief Expected of a client, of a counterpart who returns or stays (a
  /// duration other than one-time) and of one who depends highly on the
  /// provider; possible otherwise.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    if (k == relationship_kind::client) {
      return {value_type::expected, decided_by_kind,
              "clients come back to the professional they rely on"};
    }
    if (get<dimensions::duration>(p) != duration_kind::one_time) {
      return {value_type::expected, dimension_mask_v<dimensions::duration>,
              "the counterpart returns or stays"};
    }
    if (get<dimensions::dependency>(p) == dependency_level::high) {
      return {value_type::expected, dimension_mask_v<dimensions::dependency>,
              "the counterpart depends on the provider"};
    }
    return {value_type::possible,
            decided_by_kind | dimension_mask_v<dimensions::duration, dimensions::dependency>,
            "a customer who bought once and can readily shop elsewhere may or may not return"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Loyalty, from the kind and the signs of trust (the source @ref source_distinction "Understanding the Distinction", section 4:
/// clients tend to become advocates).
struct loyalty final {
  /// The property's values.
  using value_type = clientele::loyalty;
  /// The catalogue's name.
  static constexpr std::string_view name = "loyalty";
  /// Reads nothing beyond the kind.
  static constexpr std::uint32_t reads = 0;
  /// Depends on the kind.
  static constexpr bool uses_kind = true;
  /// Weighs the signs of trust when they are specified.
  static constexpr std::uint32_t consults =
      dimension_mask_v<dimensions::engagement, dimensions::advice, dimensions::dependency,
                       dimensions::knowledge>;
  /// @brief A client who shows a sign of trust (collaborative engagement,
  /// advice relied on, high dependency or deep knowledge) becomes an
  /// advocate; a client who shows none, and every customer, is satisfied at
  /// best.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    if (k == relationship_kind::customer) {
      return {value_type::satisfied, decided_by_kind,
              "customers are satisfied but seldom attached to the provider"};
    }
    const std::uint32_t trust =
        (get<dimensions::engagement>(p) == engagement_level::collaborative
             ? dimension_mask_v<dimensions::engagement>
             : 0u) |
        (get<dimensions::advice>(p) == advice_kind::advisory ? dimension_mask_v<dimensions::advice>
                                                             : 0u) |
        (get<dimensions::dependency>(p) == dependency_level::high
             ? dimension_mask_v<dimensions::dependency>
             : 0u) |
        (get<dimensions::knowledge>(p) == knowledge_level::deep
             ? dimension_mask_v<dimensions::knowledge>
             : 0u);
    if (trust != 0) {
      return {value_type::advocate, decided_by_kind | trust,
              "a client who trusts the provider refers others to it"};
    }
    return {value_type::satisfied, decided_by_kind | (consults & specified_mask(p)),
            "a client relationship with no sign of trust or close work"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Transaction value, from the offering and the personalization (the source
/// @ref source_distinction "Understanding the Distinction", section 5; the source @ref source_difference "Client vs Customer: What's the Difference").
struct transaction_value final {
  /// The property's values.
  using value_type = clientele::transaction_value;
  /// The catalogue's name.
  static constexpr std::string_view name = "transaction_value";
  /// Reads the offering and the personalization.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::offering, dimensions::personalization>;
  /// Does not depend on the kind.
  static constexpr bool uses_kind = false;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief High for professional services and tailored offers; standard
  /// otherwise.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind) noexcept {
    if (get<dimensions::offering>(p) == offering_kind::professional_service) {
      return {value_type::high, dimension_mask_v<dimensions::offering>,
              "expertise commands a higher price"};
    }
    if (get<dimensions::personalization>(p) == personalization_level::tailored) {
      return {value_type::high, dimension_mask_v<dimensions::personalization>,
              "a solution made to measure commands a higher price"};
    }
    return {value_type::standard, dimension_mask_v<dimensions::offering, dimensions::personalization>,
            "a standard offer at a standard price"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Acquisition strategy, from the kind and how the purchase is made
/// (the source @ref source_distinction "Understanding the Distinction", "Implications" 1; the source @ref source_difference "Client vs Customer: What's the Difference" on
/// longer purchasing cycles needing a deeper relationship).
struct acquisition_strategy final {
  /// The property's values.
  using value_type = clientele::acquisition_strategy;
  /// The catalogue's name.
  static constexpr std::string_view name = "acquisition_strategy";
  /// Reads nothing beyond the kind.
  static constexpr std::uint32_t reads = 0;
  /// Depends on the kind.
  static constexpr bool uses_kind = true;
  /// Weighs how the purchase is made when it is specified.
  static constexpr std::uint32_t consults =
      dimension_mask_v<dimensions::offering, dimensions::personalization, dimensions::support,
                       dimensions::agreement, dimensions::party>;
  /// @brief Clients are won by building a relationship; so are customers
  /// looked after by a dedicated team or sold a tailored solution, and
  /// organizations that decide over a long purchasing cycle (a professional
  /// service or a service contract); other customers by a competitive offer.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    if (k == relationship_kind::client) {
      return {value_type::relationship_building, decided_by_kind,
              "clients are won by showing expertise and building rapport"};
    }
    if (get<dimensions::support>(p) == support_tier::dedicated_team) {
      return {value_type::relationship_building, dimension_mask_v<dimensions::support>,
              "an account looked after by a dedicated team is won by building a relationship"};
    }
    if (get<dimensions::personalization>(p) == personalization_level::tailored) {
      return {value_type::relationship_building, dimension_mask_v<dimensions::personalization>,
              "a tailored solution is sold by understanding the buyer's needs"};
    }
    const bool long_cycle =
        get<dimensions::offering>(p) == offering_kind::professional_service ||
        get<dimensions::agreement>(p) == agreement_kind::service_contract;
    const auto party = get<dimensions::party>(p);
    if (long_cycle && party.has_value() && *party != party_kind::individual) {
      return {value_type::relationship_building,
              (consults & ~dimension_mask_v<dimensions::support, dimensions::personalization>) &
                  specified_mask(p),
              "an organization that decides over a long purchasing cycle is won by building a "
              "relationship"};
    }
    return {value_type::competitive_offer, decided_by_kind | (consults & specified_mask(p)),
            "customers choose on price, quality, variety and convenience"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Service model, from the support tier (the source @ref source_distinction "Understanding the Distinction", "Implications" 2;
/// the source @ref source_difference "Client vs Customer: What's the Difference").
struct service_model final {
  /// The property's values.
  using value_type = clientele::service_model;
  /// The catalogue's name.
  static constexpr std::string_view name = "service_model";
  /// Reads the support tier.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::support>;
  /// Does not depend on the kind.
  static constexpr bool uses_kind = false;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief A dedicated team is a professional services team; a support
  /// desk or self-service is run by a customer support group.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind) noexcept {
    if (get<dimensions::support>(p) == support_tier::dedicated_team) {
      return {value_type::professional_services_team, dimension_mask_v<dimensions::support>,
              "a team devoted to a few accounts looks after this one"};
    }
    return {value_type::customer_support_group, dimension_mask_v<dimensions::support>,
            "a support group serving many buyers answers this one"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Revenue profile, from the kind, the billing and the duration (the source @ref source_distinction "Understanding the Distinction",
/// "Implications" 3; the source @ref source_simple "Client VS CUSTOMER - A simple approach": clients bring steady income from ongoing work).
struct revenue_profile final {
  /// The property's values.
  using value_type = clientele::revenue_profile;
  /// The catalogue's name.
  static constexpr std::string_view name = "revenue_profile";
  /// Reads the billing and the duration.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::billing, dimensions::duration>;
  /// Depends on the kind.
  static constexpr bool uses_kind = true;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief Recurring and stable when the relationship is billed every
  /// period (a 12-month membership), when an ongoing relationship is billed
  /// other than per transaction, and when a client keeps coming back to the
  /// professional, however each visit is billed (a dentist's patient, a tax
  /// preparer's yearly return); volume and immediate otherwise. A free
  /// relationship brings no revenue of its own.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    constexpr std::uint32_t billing_dim = dimension_mask_v<dimensions::billing>;
    constexpr std::uint32_t both = dimension_mask_v<dimensions::billing, dimensions::duration>;
    const billing_mode billing = *get<dimensions::billing>(p);
    const duration_kind duration = *get<dimensions::duration>(p);
    if (billing == billing_mode::free) {
      return {value_type::volume_immediate, billing_dim,
              "a free relationship brings no revenue of its own"};
    }
    if (is_periodic(billing)) {
      return {value_type::recurring_stable, billing_dim, "billed every period"};
    }
    if (duration == duration_kind::ongoing && billing != billing_mode::per_transaction) {
      return {value_type::recurring_stable, both, "an ongoing relationship, billed as work is done"};
    }
    if (k == relationship_kind::client && duration != duration_kind::one_time) {
      return {value_type::recurring_stable, decided_by_kind | dimension_mask_v<dimensions::duration>,
              "a client who keeps coming back brings steady income, however each visit is billed"};
    }
    return {value_type::volume_immediate, decided_by_kind | both,
            "revenue from each sale as it is made"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Value proposition, from the kind and the personalization (the source
/// @ref source_cbce "CBCE Skill India", section 5).
struct value_proposition final {
  /// The property's values.
  using value_type = clientele::value_proposition;
  /// The catalogue's name.
  static constexpr std::string_view name = "value_proposition";
  /// Reads the personalization.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::personalization>;
  /// Depends on the kind.
  static constexpr bool uses_kind = true;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief Expertise and custom solutions for clients and for tailored
  /// offers; quality, price and convenience otherwise.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind k) noexcept {
    if (k == relationship_kind::client) {
      return {value_type::expertise_and_custom_solutions, decided_by_kind,
              "clients come for expertise and solutions made for them"};
    }
    if (get<dimensions::personalization>(p) == personalization_level::tailored) {
      return {value_type::expertise_and_custom_solutions,
              dimension_mask_v<dimensions::personalization>, "the offer is made to measure"};
    }
    return {value_type::quality_price_convenience,
            decided_by_kind | dimension_mask_v<dimensions::personalization>,
            "customers weigh quality, price and convenience"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

/// @brief Purchasing cycle, from the offering and the agreement (the source @ref source_difference "Client vs Customer: What's the Difference").
struct purchasing_cycle final {
  /// The property's values.
  using value_type = clientele::purchasing_cycle;
  /// The catalogue's name.
  static constexpr std::string_view name = "purchasing_cycle";
  /// Reads the offering and the agreement.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::offering, dimensions::agreement>;
  /// Does not depend on the kind.
  static constexpr bool uses_kind = false;
  /// Weighs nothing else.
  static constexpr std::uint32_t consults = 0;
  /// @brief Long when professional services are bought or a service
  /// contract is signed; short otherwise.
  [[nodiscard]] static constexpr reasoned<value_type> decide(const profile& p,
                                                           relationship_kind) noexcept {
    if (get<dimensions::offering>(p) == offering_kind::professional_service) {
      return {value_type::long_cycle, dimension_mask_v<dimensions::offering>,
              "a professional service takes longer to choose than a product"};
    }
    if (get<dimensions::agreement>(p) == agreement_kind::service_contract) {
      return {value_type::long_cycle, dimension_mask_v<dimensions::agreement>,
              "a service contract is negotiated before it is signed"};
    }
    return {value_type::short_cycle, dimension_mask_v<dimensions::offering, dimensions::agreement>,
            "a standard purchase is decided quickly"};
  }
  /// @brief `decide(p, k).value`.
  [[nodiscard]] static constexpr value_type derive(const profile& p, relationship_kind k) noexcept {
    return decide(p, k).value;
  }
};

}  // namespace properties

/// @brief A descriptor of a derived property, such as the types in
/// `clientele::properties`.
///
/// **Minimal complete definition**
/// - `using value_type`: the property's values;
/// - `static constexpr std::string_view name`;
/// - `static constexpr std::uint32_t reads`: the dimensions it needs;
/// - `static constexpr bool uses_kind`: whether it also reads the kind (and
///   so needs what the kind rule reads);
/// - `static constexpr value_type derive(const profile&, relationship_kind)`.
///
/// **What a model may also provide**
/// - `static constexpr std::uint32_t consults`: dimensions it weighs when
///   they are specified;
/// - `static constexpr reasoned<value_type> decide(const profile&,
///   relationship_kind)`: the value with what decided it (`explain` uses it;
///   without it, an explanation names everything the property reads).
template <class P>
concept DerivedProperty = requires(const profile& p, relationship_kind k) {
  typename P::value_type;
  std::string_view{P::name};
  std::uint32_t{P::reads};
  bool{P::uses_kind};
  { P::derive(p, k) } -> std::same_as<typename P::value_type>;
};

/// @brief The dimensions property `Property` reads under kind rule `Rule`.
template <DerivedProperty Property, KindRule Rule = kind_rules::catalogue>
inline constexpr std::uint32_t reads_v = Property::reads | (Property::uses_kind ? Rule::reads : 0u);

namespace detail {
template <class Property>
constexpr std::uint32_t own_consults() noexcept {
  if constexpr (requires { Property::consults; }) {
    return std::uint32_t{Property::consults};
  } else {
    return 0;
  }
}
}  // namespace detail

/// @brief The dimensions property `Property` weighs under kind rule `Rule`
/// when they are specified, beyond those it reads: its own `consults` and,
/// when it uses the kind, the kind rule's.
template <DerivedProperty Property, KindRule Rule = kind_rules::catalogue>
inline constexpr std::uint32_t consults_of_v =
    detail::own_consults<Property>() | (Property::uses_kind ? consults_v<Rule> : 0u);

/// @brief Derives property `Property` of profile @p p under kind rule `Rule`.
///
/// @returns the value, or an unspecified `maybe` when @p p leaves unspecified a
/// dimension the property reads (`reads_v<Property, Rule>`).
template <DerivedProperty Property, KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr maybe<typename Property::value_type> derive(
    const profile& p) noexcept {
  if (!detail::specifies_all(p, reads_v<Property, Rule>)) {
    return std::nullopt;
  }
  const relationship_kind k =
      Property::uses_kind ? Rule::classify(p) : relationship_kind::customer;
  return Property::derive(p, k);
}

namespace error {

/// @brief Raised by `derive<T>(profile)` or `explain<T>(profile)` when `T`
/// is not the descriptor of a derived property (an enumeration such as
/// `clientele::market`, say, rather than `clientele::properties::market`).
///
/// What it means and how to fix it: @ref diag_derive_given_an_enumeration "derive given the enumeration of a property".
template <class T>
struct not_a_derived_property {
  static_assert(detail::always_false<T>,
                "clientele: derive<P>(profile) and explain<P>(profile) take the descriptor of a "
                "derived property (a clientele::DerivedProperty), such as "
                "clientele::properties::market; the enumeration clientele::market is what "
                "derive<clientele::properties::market> returns.");
};

}  // namespace error

/// @brief Refuses, with a message, a `derive` of something that is not the
/// descriptor of a derived property. *Mandates:* never called.
template <class NotAProperty, class... Rest>
  requires(!DerivedProperty<NotAProperty>)
constexpr auto derive(const profile&) noexcept {
  static_assert(sizeof(error::not_a_derived_property<NotAProperty>) != 0);
  // What the caller meant to get, so that its use adds no error of its own.
  if constexpr (std::is_enum_v<NotAProperty>) {
    return maybe<NotAProperty>{};
  } else {
    return std::optional<int>{};
  }
}

/// @brief Refuses, with a message, an `explain` of something that is not the
/// descriptor of a derived property. *Mandates:* never called.
template <class NotAProperty, class... Rest>
  requires(!DerivedProperty<NotAProperty>)
constexpr auto explain(const profile&) noexcept {
  static_assert(sizeof(error::not_a_derived_property<NotAProperty>) != 0);
  // What the caller meant to get, so that its use adds no error of its own.
  if constexpr (std::is_enum_v<NotAProperty>) {
    return maybe<NotAProperty>{};
  } else {
    return std::optional<int>{};
  }
}

/// @brief Derives property `Property` of profile @p p under kind rule
/// `Rule`, with what decided it: the dimensions whose values decided (those
/// that decided the kind included, where the kind did) and why.
///
/// A property without `decide` is said to be decided by everything it reads
/// and weighs; a kind rule without `explain` likewise.
/// @returns the explanation, or `std::nullopt` when @p p leaves
/// unspecified a dimension the property reads.
template <DerivedProperty Property, KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr std::optional<reasoned<typename Property::value_type>> explain(
    const profile& p) noexcept {
  if (!detail::specifies_all(p, reads_v<Property, Rule>)) {
    return std::nullopt;
  }
  if constexpr (std::is_same_v<Property, properties::kind>) {
    return explain_kind<Rule>(p);
  } else {
    const auto kind = Property::uses_kind ? explain_kind<Rule>(p) : decltype(explain_kind<Rule>(p)){};
    const relationship_kind k = kind ? kind->value : relationship_kind::customer;
    reasoned<typename Property::value_type> out;
    if constexpr (requires { Property::decide(p, k); }) {
      out = Property::decide(p, k);
    } else {
      out = {Property::derive(p, k),
             (reads_v<Property, Rule> | consults_of_v<Property, Rule>) & specified_mask(p),
             Property::name};
    }
    if ((out.decided_by & properties::decided_by_kind) != 0) {
      out.decided_by &= ~properties::decided_by_kind;
      out.decided_by |= kind ? kind->decided_by : 0u;
    }
    return out;
  }
}

namespace detail {

// The position of the lowest dimension in a mask of dimensions.
constexpr std::size_t lowest_dimension(std::uint32_t dims) noexcept {
  std::size_t i = 0;
  while (i < dimension_count && ((dims >> i) & 1u) == 0) {
    ++i;
  }
  return i;
}

// The bits of a code that the catalogue dimensions in a mask occupy.
template <class... Ds>
constexpr code_t fields_of(std::uint32_t dims, type_list<Ds...>) noexcept {
  code_t m = 0;
  std::size_t i = 0;
  ((m |= ((dims >> i++) & 1u) != 0 ? bits_of<Ds> : 0), ...);
  return m;
}

// The fields a property's value depends on: what it reads and what it
// weighs.
template <class Property, class Rule>
inline constexpr code_t read_fields_v =
    fields_of(reads_v<Property, Rule> | consults_of_v<Property, Rule>, catalogue{});

// The dimensions a code specifies.
template <class... Ds>
constexpr std::uint32_t dims_in(code_t code, type_list<Ds...>) noexcept {
  std::uint32_t out = 0;
  std::size_t i = 0;
  ((out |= (code & bits_of<Ds>) != 0 ? std::uint32_t{1} << i : 0u, ++i), ...);
  return out;
}

// Reports the first dimension the property needs that the relationship
// leaves unspecified.
template <class Property, std::uint32_t Missing>
struct report_underived {
  static constexpr error::dimension_not_specified<
      typename type_at<lowest_dimension(Missing), catalogue>::type>
      diagnostic{};
  static constexpr typename Property::value_type value{};
};

// The value of a derived property for a relationship whose code, restricted
// to the fields the property reads, is `Code`; `Missing` is what it reads and
// the code leaves unspecified.
// The profile is decoded in the evaluation, not held as a constant: one
// per code would be kept for the whole translation unit (measured).
template <class Property, class Rule>
constexpr typename Property::value_type derive_from_code(code_t code) noexcept {
  const profile p = decode<catalogue>(code);
  return Property::derive(p, Property::uses_kind ? Rule::classify(p) : relationship_kind::customer);
}

template <class Property, class Rule, code_t Code, std::uint32_t Missing>
inline constexpr typename Property::value_type derived_value =
    derive_from_code<Property, Rule>(Code);

template <class Property, class Rule, code_t Code, std::uint32_t Missing>
  requires(Missing != 0)
inline constexpr typename Property::value_type derived_value<Property, Rule, Code, Missing> =
    report_underived<Property, Missing>::value;

// One constant per distinct setting of the fields a property reads, shared
// by every relationship type that agrees on them.
template <class Property, class Rule, code_t Code>
inline constexpr typename Property::value_type derived_at =
    derived_value<Property, Rule, Code, reads_v<Property, Rule> & ~dims_in(Code, catalogue{})>;

// A kind that is neither client nor customer is the kind rule's fault.
template <class Rule, relationship_kind K, bool = (static_cast<unsigned>(K) <= 1)>
struct checked_kind {
  static constexpr relationship_kind value = K;
};
template <class Rule, relationship_kind K>
struct checked_kind<Rule, K, false> {
  static constexpr error::kind_rule_returned_no_kind<Rule> diagnostic{};
  static constexpr relationship_kind value = K;
};

// A kind that the kind rule returned, checked: one constant per distinct
// setting of the fields the rule reads and weighs (not three, as through
// derived_at: measured, the rule weighs six more dimensions than it needs).
// The field of dimension D in a code, and the field that value V of D has.
template <class D>
inline constexpr code_t field_at_v = field_mask_v<D> << catalogue_offset_v<D>;
template <class D, auto V>
inline constexpr code_t field_of_v = D::encode(V) << catalogue_offset_v<D>;

// The catalogue's rule on a code, reading the fields it weighs straight from
// the code in one evaluation without a call: the same decision as its
// classify (tests/exhaustive checks every setting). Decoding a profile per
// relationship type cost GCC 40 KB a type; a call per field, 280,000
// instructions a type (measured).
constexpr relationship_kind catalogue_kind_in(code_t code) noexcept {
  namespace d = dimensions;
  using rule = kind_rules::catalogue;
  const code_t offering = code & field_at_v<d::offering>;
  if (offering != field_of_v<d::offering, offering_kind::professional_service>) {
    return relationship_kind::customer;
  }
  const code_t pers = code & field_at_v<d::personalization>;
  const code_t eng = code & field_at_v<d::engagement>;
  const code_t adv = code & field_at_v<d::advice>;
  const code_t dep = code & field_at_v<d::dependency>;
  const code_t know = code & field_at_v<d::knowledge>;
  const int client = int{pers == field_of_v<d::personalization, personalization_level::tailored>} +
                     int{eng == field_of_v<d::engagement, engagement_level::collaborative>} +
                     int{adv == field_of_v<d::advice, advice_kind::advisory>} +
                     int{dep == field_of_v<d::dependency, dependency_level::high>} +
                     int{know == field_of_v<d::knowledge, knowledge_level::deep>} +
                     int{(code & field_at_v<d::agreement>) ==
                         field_of_v<d::agreement, agreement_kind::service_contract>};
  const int customer =
      int{pers == field_of_v<d::personalization, personalization_level::standardized>} +
      int{eng == field_of_v<d::engagement, engagement_level::transactional>} +
      int{adv == field_of_v<d::advice, advice_kind::none>} +
      int{dep == field_of_v<d::dependency, dependency_level::low>} +
      int{know == field_of_v<d::knowledge, knowledge_level::minimal>};
  if ((code & field_at_v<d::duration>) == field_of_v<d::duration, duration_kind::one_time>) {
    return client >= rule::relationship_signs_needed && client > customer
               ? relationship_kind::client
               : relationship_kind::customer;
  }
  return customer >= rule::transaction_signs && customer > client ? relationship_kind::customer
                                                                  : relationship_kind::client;
}

// The kind a rule gives a code: the catalogue's rule reads the code itself;
// another rule classifies the decoded profile.
template <class Rule>
constexpr relationship_kind kind_from_code(code_t code) noexcept {
  if constexpr (std::is_same_v<Rule, kind_rules::catalogue>) {
    return catalogue_kind_in(code);
  } else {
    return Rule::classify(decode<catalogue>(code));
  }
}

// The dimensions the rule reads that a code leaves unspecified.
template <class Rule>
constexpr std::uint32_t kind_missing(code_t code) noexcept {
  return reads_v<properties::kind, Rule> & ~dims_in(code, catalogue{});
}

// The kind a rule gives a code and what the code leaves unspecified of what
// the rule reads (above bit 8), in one evaluation per relationship type:
// Clang evaluates a template argument anew each time it is named, and two
// evaluations of a fold over the catalogue cost it 530,000 instructions a
// type (measured). The rule is asked only about a code that specifies what
// it reads.
template <class Rule>
constexpr std::uint64_t kind_and_missing(code_t code) noexcept {
  std::uint32_t missing = 0;
  if constexpr (std::is_same_v<Rule, kind_rules::catalogue>) {
    missing = ((code & field_at_v<dimensions::duration>) == 0
                   ? dimension_mask_v<dimensions::duration> : 0u) |
              ((code & field_at_v<dimensions::offering>) == 0
                   ? dimension_mask_v<dimensions::offering> : 0u);
  } else {
    missing = kind_missing<Rule>(code);
  }
  const relationship_kind k = missing == 0 ? kind_from_code<Rule>(code) : relationship_kind::customer;
  return static_cast<std::uint64_t>(k) | (std::uint64_t{missing} << 8);
}

// The kind, checked: keyed on the rule and the result above, a handful of
// constants in all rather than one per setting of the six dimensions the
// catalogue's rule weighs (measured).
template <class Rule, std::uint64_t KindAndMissing, bool = (KindAndMissing >> 8) == 0>
inline constexpr relationship_kind kind_checked =
    checked_kind<Rule, static_cast<relationship_kind>(KindAndMissing & 0xffu)>::value;
template <class Rule, std::uint64_t KindAndMissing>
inline constexpr relationship_kind kind_checked<Rule, KindAndMissing, false> =
    report_underived<properties::kind, static_cast<std::uint32_t>(KindAndMissing >> 8)>::value;

}  // namespace detail

/// @brief The kind of `R`: client or customer, under `R`'s kind rule.
template <Relationship R>
inline constexpr relationship_kind kind_v = detail::kind_checked<
    typename R::clientele_kind_rule,
    detail::kind_and_missing<typename R::clientele_kind_rule>(
        R::clientele_code & detail::read_fields_v<properties::kind, typename R::clientele_kind_rule>)>;

namespace detail {

// The fields a property reads itself, without its kind rule's.
template <class Property>
inline constexpr code_t own_fields_v =
    fields_of(Property::reads | own_consults<Property>(), catalogue{});

// A property that reads the kind: keyed on its own fields and the kind, which
// far fewer relationship types tell apart than all the fields the kind rule
// reads besides (measured). A kind left open is reported by the kind.
template <class Property>
constexpr typename Property::value_type derive_from_kind(code_t own,
                                                         relationship_kind k) noexcept {
  return Property::derive(decode<catalogue>(own), k);
}
template <class Property, code_t Own, relationship_kind Kind, std::uint32_t Missing>
inline constexpr typename Property::value_type derived_own =
    derive_from_kind<Property>(Own, Kind);
template <class Property, code_t Own, relationship_kind Kind, std::uint32_t Missing>
  requires(Missing != 0)
inline constexpr typename Property::value_type derived_own<Property, Own, Kind, Missing> =
    report_underived<Property, Missing>::value;
template <class Property, code_t Own, relationship_kind Kind>
inline constexpr typename Property::value_type derived_by =
    derived_own<Property, Own, Kind, Property::reads & ~dims_in(Own, catalogue{})>;

template <bool UsesKind>
struct derived_pick {
  template <class R, class Property, class Rule>
  static constexpr typename Property::value_type value =
      derived_at<Property, Rule, R::clientele_code & read_fields_v<Property, Rule>>;
};
template <>
struct derived_pick<true> {
  template <class R, class Property, class Rule>
  static constexpr typename Property::value_type value =
      derived_by<Property, R::clientele_code & own_fields_v<Property>, kind_v<R>>;
};

// Keyed on the fields the property reads (and the kind, for a property
// that reads it): every relationship type that agrees on them shares one
// constant. The queries below spell it out, which spares a variable per
// relationship type and query.
template <class R, class Property, class Rule = typename R::clientele_kind_rule>
inline constexpr typename Property::value_type derived_of =
    derived_pick<Property::uses_kind>::template value<R, Property, Rule>;

}  // namespace detail

/// @brief The value of derived property `Property` of relationship `R`,
/// following `R`'s kind rule.
///
/// *Mandates:* `R` specifies every dimension the property reads.
template <Relationship R, DerivedProperty Property>
inline constexpr typename Property::value_type derived_v = detail::derived_of<R, Property>;

/// @brief Whether `R` specifies every dimension that property `Property`
/// reads, so that `derived_v<R, Property>` compiles.
template <Relationship R, DerivedProperty Property>
inline constexpr bool derivable_v =
    (reads_v<Property, typename R::clientele_kind_rule> &
     ~detail::dims_in(R::clientele_code &
                          detail::read_fields_v<Property, typename R::clientele_kind_rule>,
                      catalogue{})) == 0;

/// @brief The value of derived property `Property` of relationship `R`,
/// with the dimensions that decided it and why (see `explain`).
///
/// *Mandates:* `R` specifies every dimension the property reads.
template <Relationship R, DerivedProperty Property>
inline constexpr reasoned<typename Property::value_type> explanation_v =
    (static_cast<void>(derived_v<R, Property>),
     *explain<Property, typename R::clientele_kind_rule>(profile_of<R>));

/// @brief Whether `R` is a client relationship.
template <Relationship R>
inline constexpr bool is_client_v = kind_v<R> == relationship_kind::client;
/// @brief Whether `R` is a customer relationship.
template <Relationship R>
inline constexpr bool is_customer_v = kind_v<R> == relationship_kind::customer;
/// @brief Whether `R`'s counterpart is a consumer: a customer buying as an
/// individual for their own use.
template <Relationship R>
inline constexpr bool is_consumer_v = detail::derived_by<
    properties::consumer, R::clientele_code & detail::own_fields_v<properties::consumer>, kind_v<R>>;
/// @brief The market of `R`.
template <Relationship R>
inline constexpr market market_v = detail::derived_at<
    properties::market, typename R::clientele_kind_rule,
    R::clientele_code & detail::read_fields_v<properties::market, typename R::clientele_kind_rule>>;
/// @brief Whether repeat business is expected of `R`.
template <Relationship R>
inline constexpr repeat_business repeat_business_v = detail::derived_by<
    properties::repeat_business, R::clientele_code & detail::own_fields_v<properties::repeat_business>, kind_v<R>>;
/// @brief The loyalty to expect of `R`.
template <Relationship R>
inline constexpr loyalty loyalty_v = detail::derived_by<
    properties::loyalty, R::clientele_code & detail::own_fields_v<properties::loyalty>, kind_v<R>>;
/// @brief The value of a typical transaction of `R`.
template <Relationship R>
inline constexpr transaction_value transaction_value_v = detail::derived_at<
    properties::transaction_value, typename R::clientele_kind_rule,
    R::clientele_code & detail::read_fields_v<properties::transaction_value, typename R::clientele_kind_rule>>;
/// @brief How to win a counterpart like `R`'s.
template <Relationship R>
inline constexpr acquisition_strategy acquisition_strategy_v = detail::derived_by<
    properties::acquisition_strategy, R::clientele_code & detail::own_fields_v<properties::acquisition_strategy>, kind_v<R>>;
/// @brief How service is organised for `R`.
template <Relationship R>
inline constexpr service_model service_model_v = detail::derived_at<
    properties::service_model, typename R::clientele_kind_rule,
    R::clientele_code & detail::read_fields_v<properties::service_model, typename R::clientele_kind_rule>>;
/// @brief The revenue profile of `R`.
template <Relationship R>
inline constexpr revenue_profile revenue_profile_v = detail::derived_by<
    properties::revenue_profile, R::clientele_code & detail::own_fields_v<properties::revenue_profile>, kind_v<R>>;
/// @brief The value proposition that wins `R`.
template <Relationship R>
inline constexpr value_proposition value_proposition_v = detail::derived_by<
    properties::value_proposition, R::clientele_code & detail::own_fields_v<properties::value_proposition>, kind_v<R>>;
/// @brief The purchasing cycle of `R`.
template <Relationship R>
inline constexpr purchasing_cycle purchasing_cycle_v = detail::derived_at<
    properties::purchasing_cycle, typename R::clientele_kind_rule,
    R::clientele_code & detail::read_fields_v<properties::purchasing_cycle, typename R::clientele_kind_rule>>;

/// @brief A relationship whose kind is known: it specifies what its kind
/// rule reads.
template <class R>
concept Classified = Relationship<R> && derivable_v<R, properties::kind>;

/// @brief A client relationship.
template <class R>
concept ClientRelationship = Classified<R> && is_client_v<R>;

/// @brief A customer relationship.
template <class R>
concept CustomerRelationship = Classified<R> && is_customer_v<R>;

/// @brief A relationship whose counterpart is a consumer.
template <class R>
concept ConsumerRelationship =
    Relationship<R> && derivable_v<R, properties::consumer> && is_consumer_v<R>;

}  // namespace clientele

#endif  // CLIENTELE_DERIVED_HPP

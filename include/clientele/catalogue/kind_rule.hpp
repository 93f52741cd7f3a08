// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Kind rules: how a relationship is classified as a client or a
/// customer relationship. The catalogue's rule is the default; an
/// application can give a relationship another rule as one of its policies.

#ifndef CLIENTELE_KIND_RULE_HPP
#define CLIENTELE_KIND_RULE_HPP

#include <clientele/catalogue/profile.hpp>

#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>

namespace clientele {

/// @brief Whether a relationship is a client or a customer relationship.
enum class relationship_kind : unsigned char {
  client,   ///< a relationship built on a professional's knowledge and advice
  customer  ///< a purchase: of goods, of standard services, or of expertise bought once
};

/// @cond CLIENTELE_DETAIL
template <>
struct enum_traits<relationship_kind> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"client", "customer"};
};
/// @endcond

/// @brief The requirement of a kind rule: `static constexpr std::uint32_t
/// reads` (a `dimension_mask_v`) and `static constexpr relationship_kind
/// classify(const profile&)`, both usable in constant expressions.
struct kind_rule_requirement {
  /// @brief What is wrong with kind rule `K`, or `policy_defect::none`.
  template <class K>
  static constexpr policy_defect check() noexcept {
    if constexpr (!requires { &K::classify; } || !requires { K::reads; }) {
      return policy_defect::no_classify;
    } else if constexpr (!requires(const profile& p) {
                           { K::classify(p) } -> std::same_as<relationship_kind>;
                           requires std::is_same_v<std::remove_cv_t<decltype(K::reads)>,
                                                   std::uint32_t>;
                         }) {
      return policy_defect::bad_classify;
    } else if constexpr (!requires {
                           typename detail::constant_probe<K::classify(profile{})>;
                           typename detail::constant_probe<K::reads>;
                         }) {
      return policy_defect::classify_not_constant;
    } else {
      return policy_defect::none;
    }
  }
};

namespace dimensions {

/// @brief The slot of a relationship that holds its kind rule. It is not a
/// catalogue dimension and has no place in a profile.
struct kind_rule final {
  /// What a kind rule must provide: `reads` and `classify`.
  using requirement = kind_rule_requirement;
};

}  // namespace dimensions

/// @brief A rule that classifies relationships as client or customer ones.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::kind_rule;`
/// - `static constexpr std::uint32_t reads`: the dimensions it needs, as
///   `dimension_mask_v<...>`; a relationship that leaves one unspecified has
///   no kind;
/// - `static constexpr relationship_kind classify(const profile&)`, usable
///   in constant expressions, called only with profiles that specify every
///   dimension in `reads`.
///
/// **What a model may also provide**
/// - `static constexpr std::string_view name`, shown in explanations;
/// - `static constexpr std::uint32_t consults`: dimensions it weighs when
///   they are specified (its `classify` must accept them unspecified). A
///   rule that looks at a dimension outside `reads | consults` gets answers
///   the library cannot keep apart at compile time;
/// - `static constexpr reasoned<relationship_kind> explain(const profile&)`:
///   the kind with what decided it (see `explain_kind`).
///
/// `kind_rules::catalogue` is the model with every member.
template <class K>
concept KindRule = PolicyOf<K, dimensions::kind_rule>;

/// @brief A derived answer with what decided it: the value, the dimensions
/// whose values decided it (a `dimension_mask_v`), and a sentence saying why,
/// in words an application can show its users.
///
/// `explain<Property>(profile)` and `explanation_v<R, Property>` give one
/// for every derived property; `to_string(reasoned, profile)` (in
/// `<clientele/runtime/explain.hpp>`) adds the deciding values.
template <class T>
struct reasoned {
  /// The answer.
  T value{};
  /// @brief The dimensions whose values decided it, one bit per position
  /// in `catalogue`.
  std::uint32_t decided_by = 0;
  /// Why, as one sentence without a final full stop.
  std::string_view why{};
  /// Equal when value, deciding dimensions and sentence are.
  friend constexpr bool operator==(const reasoned&, const reasoned&) = default;
};

/// @brief How the signs of a relationship beyond its offering and its
/// duration weigh: which dimensions show a client relationship and which a
/// customer one. See @ref model_weighing "Weighing the evidence".
struct relationship_signs {
  /// @brief Dimensions whose values are signs of a client relationship: tailored
  /// personalization, collaborative engagement, advisory trust, high
  /// dependency, deep knowledge, a service contract.
  std::uint32_t client_side = 0;
  /// @brief Dimensions whose values are signs of a customer relationship:
  /// standardized personalization, transactional engagement, no advice,
  /// low dependency, minimal knowledge.
  std::uint32_t customer_side = 0;
  /// How many client-side signs.
  [[nodiscard]] constexpr int client() const noexcept { return count(client_side); }
  /// How many customer-side signs.
  [[nodiscard]] constexpr int customer() const noexcept { return count(customer_side); }

 private:
  static constexpr int count(std::uint32_t dims) noexcept {
    int n = 0;
    for (; dims != 0; dims &= dims - 1) {
      ++n;
    }
    return n;
  }
};

namespace detail {

// The signs from the values of the six dimensions the catalogue's rule
// weighs; shared by signs_of and by the relationship types' kind, which
// reads them from the packed code without building a profile (measured:
// decoding a whole profile per relationship type cost GCC 40 KB a type).
constexpr relationship_signs signs_from(maybe<personalization_level> pers,
                                        maybe<engagement_level> eng, maybe<advice_kind> adv,
                                        maybe<dependency_level> dep, maybe<knowledge_level> know,
                                        maybe<agreement_kind> agr) noexcept {
  relationship_signs s;
  const auto mark = [&s](bool client, bool customer, std::uint32_t dim) {
    s.client_side |= client ? dim : 0u;
    s.customer_side |= customer ? dim : 0u;
  };
  mark(pers == personalization_level::tailored, pers == personalization_level::standardized,
       dimension_mask_v<dimensions::personalization>);
  mark(eng == engagement_level::collaborative, eng == engagement_level::transactional,
       dimension_mask_v<dimensions::engagement>);
  mark(adv == advice_kind::advisory, adv == advice_kind::none,
       dimension_mask_v<dimensions::advice>);
  mark(dep == dependency_level::high, dep == dependency_level::low,
       dimension_mask_v<dimensions::dependency>);
  mark(know == knowledge_level::deep, know == knowledge_level::minimal,
       dimension_mask_v<dimensions::knowledge>);
  mark(agr == agreement_kind::service_contract, false, dimension_mask_v<dimensions::agreement>);
  return s;
}

// Which step of the catalogue's rule decides: the kind follows from it.
enum class catalogue_step : unsigned char {
  goods,                  // customer
  standard_service,       // customer
  engaged_once_closely,   // client
  bought_once,            // customer
  routine_transaction,    // customer
  continuing              // client
};

constexpr catalogue_step catalogue_decides(offering_kind offering, duration_kind duration,
                                           const relationship_signs& s, int transaction_signs,
                                           int relationship_signs_needed) noexcept {
  if (offering == offering_kind::goods) {
    return catalogue_step::goods;
  }
  if (offering == offering_kind::standard_service) {
    return catalogue_step::standard_service;
  }
  if (duration == duration_kind::one_time) {
    return s.client() >= relationship_signs_needed && s.client() > s.customer()
               ? catalogue_step::engaged_once_closely
               : catalogue_step::bought_once;
  }
  return s.customer() >= transaction_signs && s.customer() > s.client()
             ? catalogue_step::routine_transaction
             : catalogue_step::continuing;
}

constexpr relationship_kind kind_of_step(catalogue_step step) noexcept {
  return step == catalogue_step::engaged_once_closely || step == catalogue_step::continuing
             ? relationship_kind::client
             : relationship_kind::customer;
}

}  // namespace detail

/// @brief The signs of profile @p p beyond its offering and its duration.
/// An unspecified dimension is no sign either way; `recommendations`,
/// `responsive` engagement and an agreement other than a service contract
/// lean neither way here.
[[nodiscard]] constexpr relationship_signs signs_of(const profile& p) noexcept {
  return detail::signs_from(get<dimensions::personalization>(p), get<dimensions::engagement>(p),
                            get<dimensions::advice>(p), get<dimensions::dependency>(p),
                            get<dimensions::knowledge>(p), get<dimensions::agreement>(p));
}

/// @brief The library's kind rules.
namespace kind_rules {

/// @brief The catalogue's rule, the default. It reads the signs together, as
/// the sources do (see @ref model_weighing "Weighing the evidence"):
///
/// 1. What is bought comes first: goods and standard services make a
///    customer relationship, however often the buyer returns and however
///    they pay (a subscription, a restaurant's regular).
/// 2. A professional service bought in a relationship that continues
///    (`ongoing`, `repeat` or `fixed_term`) makes a client relationship,
///    unless the relationship shows a clear pattern of a transaction: at
///    least `transaction_signs` customer-side signs and more of them than
///    client-side ones.
/// 3. A professional service bought once makes a customer relationship (a
///    law firm's occasional buyer with one specific need), unless the
///    relationship shows at least `relationship_signs_needed` client-side
///    signs and more of them than customer-side ones.
///
/// The signs are those of `signs_of`: personalization, engagement, advice,
/// dependency, knowledge and a service contract. How the buyer pays never
/// decides the kind.
struct catalogue final {
  /// This is a kind rule.
  using dimension = dimensions::kind_rule;
  /// The rule's name.
  static constexpr std::string_view name = "catalogue";
  /// The rule needs the duration and the offering.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::duration, dimensions::offering>;
  /// The rule also weighs these when they are specified.
  static constexpr std::uint32_t consults =
      dimension_mask_v<dimensions::personalization, dimensions::engagement, dimensions::advice,
                       dimensions::dependency, dimensions::knowledge, dimensions::agreement>;
  /// @brief Customer-side signs that make a continuing professional service
  /// a transaction (when they also outnumber the client-side ones).
  static constexpr int transaction_signs = 3;
  /// @brief Client-side signs that make a single professional engagement a
  /// client relationship (when they also outnumber the customer-side ones).
  static constexpr int relationship_signs_needed = 3;

  /// @brief The kind, with the dimensions that decided it and why.
  [[nodiscard]] static constexpr reasoned<relationship_kind> explain(const profile& p) noexcept {
    constexpr std::uint32_t what = dimension_mask_v<dimensions::offering>;
    constexpr std::uint32_t what_and_how_long =
        dimension_mask_v<dimensions::offering, dimensions::duration>;
    const relationship_signs s = signs_of(p);
    const detail::catalogue_step step =
        detail::catalogue_decides(*get<dimensions::offering>(p), *get<dimensions::duration>(p), s,
                                  transaction_signs, relationship_signs_needed);
    const relationship_kind kind = detail::kind_of_step(step);
    switch (step) {
      case detail::catalogue_step::goods:
        return {kind, what, "goods are bought, not a professional's knowledge and advice"};
      case detail::catalogue_step::standard_service:
        return {kind, what,
                "a standard service is bought, not a professional's knowledge and advice, "
                "however often the buyer returns or pays"};
      case detail::catalogue_step::engaged_once_closely:
        return {kind, what_and_how_long | s.client_side,
                "a single professional engagement, but one the buyer relies on and works on "
                "closely with the provider"};
      case detail::catalogue_step::bought_once:
        return {kind, what_and_how_long | s.customer_side,
                "a professional's expertise bought once, for one specific need, by an "
                "occasional buyer"};
      case detail::catalogue_step::routine_transaction:
        return {kind, what_and_how_long | s.customer_side,
                "a professional service bought again, but each time as a standard transaction "
                "without advice, reliance or knowledge of the buyer"};
      case detail::catalogue_step::continuing: break;
    }
    return {kind, what_and_how_long | s.client_side,
            "a professional's knowledge and advice bought in a relationship that continues"};
  }
  /// @brief Client or customer, as `explain` says.
  [[nodiscard]] static constexpr relationship_kind classify(const profile& p) noexcept {
    return detail::kind_of_step(detail::catalogue_decides(
        *get<dimensions::offering>(p), *get<dimensions::duration>(p), signs_of(p),
        transaction_signs, relationship_signs_needed));
  }
};

/// @brief The default rule of clientele 0.1 and 0.2: a client relationship
/// is an `ongoing` one built on a professional service; every other
/// relationship is a customer relationship. Name it as a policy to keep
/// those verdicts: `relationship<..., kind_rules::ongoing_professional>`.
struct ongoing_professional final {
  /// This is a kind rule.
  using dimension = dimensions::kind_rule;
  /// The rule's name.
  static constexpr std::string_view name = "ongoing_professional";
  /// The rule reads the duration and the offering.
  static constexpr std::uint32_t reads =
      dimension_mask_v<dimensions::duration, dimensions::offering>;
  /// @brief Client when ongoing and professional, customer otherwise.
  [[nodiscard]] static constexpr relationship_kind classify(const profile& p) noexcept {
    return get<dimensions::duration>(p) == duration_kind::ongoing &&
                   get<dimensions::offering>(p) == offering_kind::professional_service
               ? relationship_kind::client
               : relationship_kind::customer;
  }
};

/// @brief The reading of the source @ref source_difference "Client vs Customer: What's the Difference": whoever buys professional services is a
/// client, however long the relationship lasts.
struct by_offering final {
  /// This is a kind rule.
  using dimension = dimensions::kind_rule;
  /// The rule's name.
  static constexpr std::string_view name = "by_offering";
  /// The rule reads the offering only.
  static constexpr std::uint32_t reads = dimension_mask_v<dimensions::offering>;
  /// @brief Client when the offering is a professional service.
  [[nodiscard]] static constexpr relationship_kind classify(const profile& p) noexcept {
    return get<dimensions::offering>(p) == offering_kind::professional_service
               ? relationship_kind::client
               : relationship_kind::customer;
  }
};

}  // namespace kind_rules

/// @brief The dimensions kind rule `Rule` weighs when they are specified
/// beyond those it needs: its `consults`, or none.
template <KindRule Rule>
inline constexpr std::uint32_t consults_v = [] {
  if constexpr (requires { Rule::consults; }) {
    return std::uint32_t{Rule::consults};
  } else {
    return std::uint32_t{0};
  }
}();

/// @brief The kind of a profile under kind rule `Rule`, or unspecified
/// when the profile leaves a dimension the rule reads unspecified.
template <KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr maybe<relationship_kind> kind_of(const profile& p) noexcept {
  if (!detail::specifies_all(p, Rule::reads)) {
    return std::nullopt;
  }
  return Rule::classify(p);
}

/// @brief The kind of a profile under kind rule `Rule` with what decided
/// it: a `std::optional<reasoned<relationship_kind>>`, empty when the
/// profile leaves a dimension the rule reads unspecified. A rule without
/// `explain` is said to be decided by all it reads and weighs.
template <KindRule Rule = kind_rules::catalogue>
[[nodiscard]] constexpr auto explain_kind(const profile& p) noexcept {
  // Spelled through Rule, so that nothing is instantiated before it is used.
  using explanation = std::optional<reasoned<decltype(Rule::classify(p))>>;
  if (!detail::specifies_all(p, Rule::reads)) {
    return explanation{};
  }
  if constexpr (requires { Rule::explain(p); }) {
    return explanation{Rule::explain(p)};
  } else {
    return explanation{reasoned<relationship_kind>{
        Rule::classify(p), (Rule::reads | consults_v<Rule>) & specified_mask(p), Rule::name}};
  }
}

namespace error {

/// @brief Raised when a kind rule lacks `reads` or `classify`.
///
/// What it means and how to fix it: @ref diag_kind_rule_lacks_classify "An application's kind rule without classify()".
template <class K>
struct kind_rule_lacks_classify {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule lacks 'static constexpr std::uint32_t reads' or "
                "'static constexpr clientele::relationship_kind classify(const "
                "clientele::profile&)'. Declare both; see clientele::kind_rules::catalogue.");
};

/// @brief Raised when a kind rule's `classify` or `reads` has the wrong
/// type.
///
/// What it means and how to fix it: @ref diag_kind_rule_classify_has_wrong_signature "A kind rule whose classify takes the wrong argument".
template <class K>
struct kind_rule_classify_has_wrong_signature {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' or 'reads' has the wrong type. Declare "
                "'static constexpr clientele::relationship_kind classify(const "
                "clientele::profile&) noexcept' and 'static constexpr std::uint32_t reads = "
                "clientele::dimension_mask_v<...>;'.");
};

/// @brief Raised when a kind rule's `classify` or `reads` cannot be
/// evaluated at compile time.
///
/// What it means and how to fix it: @ref diag_kind_rule_classify_not_constant "A kind rule whose classify is not constexpr".
template <class K>
struct kind_rule_classify_not_constant {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' or 'reads' is not usable in constant "
                "expressions. Declare both 'static constexpr'.");
};

/// @brief Raised when a kind rule classifies a relationship as a value
/// outside `relationship_kind`.
///
/// What it means and how to fix it: @ref diag_kind_rule_returned_no_kind "A kind rule that returns neither kind".
template <class K>
struct kind_rule_returned_no_kind {
  static_assert(detail::always_false<K>,
                "clientele: this kind rule's 'classify' returned a value that is neither "
                "relationship_kind::client nor relationship_kind::customer. Return one of the "
                "two.");
};

}  // namespace error

namespace detail {

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::no_classify> : error::kind_rule_lacks_classify<K> {};

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::bad_classify>
    : error::kind_rule_classify_has_wrong_signature<K> {};

template <std::size_t I, class K>
struct explain_defect<I, K, policy_defect::classify_not_constant>
    : error::kind_rule_classify_not_constant<K> {};

}  // namespace detail

}  // namespace clientele

#endif  // CLIENTELE_KIND_RULE_HPP

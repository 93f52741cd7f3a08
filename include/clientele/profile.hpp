// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::profile`: the values of every dimension of a
/// relationship as plain data, the common ground of the compile-time model
/// and the run-time one.

#ifndef CLIENTELE_PROFILE_HPP
#define CLIENTELE_PROFILE_HPP

#include <clientele/advice.hpp>
#include <clientele/agreement.hpp>
#include <clientele/billing.hpp>
#include <clientele/dependency.hpp>
#include <clientele/duration.hpp>
#include <clientele/engagement.hpp>
#include <clientele/knowledge.hpp>
#include <clientele/offering.hpp>
#include <clientele/party.hpp>
#include <clientele/personalization.hpp>
#include <clientele/purpose.hpp>
#include <clientele/support.hpp>

#include <optional>

namespace clientele {

/// @brief The value of every dimension of a relationship, with `std::nullopt`
/// where the relationship leaves a dimension unspecified.
///
/// A profile is a regular value type: it is copyable, compares with `==`,
/// and every library function that reads it is `constexpr`. The billing
/// period holds a value exactly when billing is `recurring` or `retainer`.
/// `profile_of<R>` is the profile of a relationship type.
struct profile {
  std::optional<duration_kind> duration;                ///< the duration dimension
  std::optional<offering_kind> offering;                ///< the offering dimension
  std::optional<personalization_level> personalization;  ///< the personalization dimension
  std::optional<engagement_level> engagement;            ///< the engagement dimension
  std::optional<advice_kind> advice;                    ///< the advice dimension
  std::optional<billing_mode> billing;                  ///< the billing dimension
  std::optional<support_tier> support;                  ///< the support dimension
  std::optional<dependency_level> dependency;            ///< the dependency dimension
  std::optional<agreement_kind> agreement;              ///< the agreement dimension
  std::optional<party_kind> party;                      ///< the party dimension
  std::optional<purpose_kind> purpose;                  ///< the purpose dimension
  std::optional<knowledge_level> knowledge;              ///< the knowledge dimension
  std::optional<billing_period> period;                 ///< the billing period, with periodic billing

  /// @brief Two profiles are equal when every dimension holds the same value
  /// or is unspecified in both.
  friend constexpr bool operator==(const profile&, const profile&) = default;
};

/// @brief The number of catalogue dimensions a relationship can specify
/// (the billing period, part of billing, is not counted).
inline constexpr std::size_t dimension_count = 12;

/// @brief Whether profile @p p has a value for the dimension with index
/// @p index (`D::index` of a dimension tag; 12 is the billing period).
///
/// @returns false for an index that names no dimension.
[[nodiscard]] constexpr bool specifies(const profile& p, std::size_t index) noexcept {
  switch (index) {
    case dimensions::duration::index: return p.duration.has_value();
    case dimensions::offering::index: return p.offering.has_value();
    case dimensions::personalization::index: return p.personalization.has_value();
    case dimensions::engagement::index: return p.engagement.has_value();
    case dimensions::advice::index: return p.advice.has_value();
    case dimensions::billing::index: return p.billing.has_value();
    case dimensions::support::index: return p.support.has_value();
    case dimensions::dependency::index: return p.dependency.has_value();
    case dimensions::agreement::index: return p.agreement.has_value();
    case dimensions::party::index: return p.party.has_value();
    case dimensions::purpose::index: return p.purpose.has_value();
    case dimensions::knowledge::index: return p.knowledge.has_value();
    case dimensions::period::index: return p.period.has_value();
    default: return false;
  }
}

/// @brief The side the value of the dimension with index @p index leans to,
/// or `std::nullopt` when that dimension is unspecified or has no leanings.
[[nodiscard]] constexpr std::optional<leaning> leaning_at(const profile& p,
                                                          std::size_t index) noexcept {
  const auto lean = [](const auto& value) -> std::optional<leaning> {
    if (!value) {
      return std::nullopt;
    }
    return leaning_of(*value);
  };
  switch (index) {
    case dimensions::duration::index: return lean(p.duration);
    case dimensions::offering::index: return lean(p.offering);
    case dimensions::personalization::index: return lean(p.personalization);
    case dimensions::engagement::index: return lean(p.engagement);
    case dimensions::advice::index: return lean(p.advice);
    case dimensions::billing::index: return lean(p.billing);
    case dimensions::support::index: return lean(p.support);
    case dimensions::dependency::index: return lean(p.dependency);
    case dimensions::agreement::index: return lean(p.agreement);
    case dimensions::party::index: return lean(p.party);
    case dimensions::purpose::index: return lean(p.purpose);
    case dimensions::knowledge::index: return lean(p.knowledge);
    default: return std::nullopt;
  }
}

namespace detail {

// Whether every dimension in `mask` has a value in `p`.
[[nodiscard]] constexpr bool specifies_all(const profile& p, mask_t mask) noexcept {
  for (std::size_t i = 0; i <= dimensions::period::index; ++i) {
    if ((mask & (mask_t{1} << i)) != 0 && !specifies(p, i)) {
      return false;
    }
  }
  return true;
}

template <class... Ps>
constexpr profile make_profile() noexcept {
  profile p{};
  (Ps::dimension::template record<profile, Ps>(p), ...);
  return p;
}

}  // namespace detail

/// @brief The set of dimensions `Ds...` as a bit mask, one bit per
/// dimension index; a kind rule lists the dimensions it reads this way.
template <Dimension... Ds>
inline constexpr std::uint32_t dimension_mask_v = ((std::uint32_t{1} << Ds::index) | ... | 0u);

}  // namespace clientele

#endif  // CLIENTELE_PROFILE_HPP

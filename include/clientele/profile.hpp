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

namespace dimensions {
struct kind_rule;
}  // namespace dimensions

/// @brief The setting of one dimension in a profile: a value of enumeration
/// `E`, or unspecified.
///
/// It behaves like `std::optional<E>` for everything a profile needs
/// (`has_value()`, `explicit operator bool`, `operator*`, `value_or`,
/// `reset()`, assignment from `E` or `std::nullopt`, comparison with `E`,
/// with `std::nullopt` and with another `maybe`), but it is a trivially
/// copyable pair of bytes: the compiler evaluates it several times faster
/// than `std::optional` in constant expressions, and every relationship type
/// computes its profile in one.
template <class E>
class maybe {
 public:
  /// An unspecified setting.
  constexpr maybe() noexcept = default;
  /// An unspecified setting.
  constexpr maybe(std::nullopt_t) noexcept {}
  /// The setting @p value.
  constexpr maybe(E value) noexcept : value_{value}, has_value_{true} {}

  /// Whether the dimension has a value.
  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  /// Whether the dimension has a value.
  constexpr explicit operator bool() const noexcept { return has_value_; }
  /// The value. *Preconditions:* `has_value()`; without one, the
  /// enumeration's first value is returned (never undefined behaviour).
  [[nodiscard]] constexpr E operator*() const noexcept { return value_; }
  /// The value, or @p fallback when unspecified.
  [[nodiscard]] constexpr E value_or(E fallback) const noexcept {
    return has_value_ ? value_ : fallback;
  }
  /// Makes the setting unspecified.
  constexpr void reset() noexcept { *this = maybe{}; }

  /// Equal when both are unspecified or both hold the same value.
  friend constexpr bool operator==(const maybe& a, const maybe& b) noexcept {
    return a.has_value_ == b.has_value_ && (!a.has_value_ || a.value_ == b.value_);
  }
  /// Equal when @p a holds @p b.
  friend constexpr bool operator==(const maybe& a, E b) noexcept {
    return a.has_value_ && a.value_ == b;
  }
  /// Equal when @p a is unspecified.
  friend constexpr bool operator==(const maybe& a, std::nullopt_t) noexcept {
    return !a.has_value_;
  }

 private:
  E value_{};
  bool has_value_ = false;
};

/// @brief The value of every dimension of a relationship, each unspecified
/// (`std::nullopt`) where the relationship leaves that dimension open.
///
/// A profile is a regular value type: it is copyable, compares with `==`,
/// and every library function that reads it is `constexpr`. The billing
/// period holds a value exactly when billing is `recurring` or `retainer`.
/// `profile_of<R>` is the profile of a relationship type.
struct profile {
  maybe<duration_kind> duration;                ///< the duration dimension
  maybe<offering_kind> offering;                ///< the offering dimension
  maybe<personalization_level> personalization;  ///< the personalization dimension
  maybe<engagement_level> engagement;            ///< the engagement dimension
  maybe<advice_kind> advice;                    ///< the advice dimension
  maybe<billing_mode> billing;                  ///< the billing dimension
  maybe<support_tier> support;                  ///< the support dimension
  maybe<dependency_level> dependency;            ///< the dependency dimension
  maybe<agreement_kind> agreement;              ///< the agreement dimension
  maybe<party_kind> party;                      ///< the party dimension
  maybe<purpose_kind> purpose;                  ///< the purpose dimension
  maybe<knowledge_level> knowledge;              ///< the knowledge dimension
  maybe<billing_period> period;                 ///< the billing period, with periodic billing

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

namespace detail {

// The leaning of a setting, read from its enumeration's table of leanings:
// one function per size of table rather than one per enumeration.
template <std::size_t N>
constexpr maybe<leaning> lean(const leaning (&table)[N], bool has_value,
                              std::size_t value) noexcept {
  if (!has_value) {
    return std::nullopt;
  }
  return value < N ? table[value] : leaning::either;
}

}  // namespace detail

/// @brief The side the value of the dimension with index @p index leans to,
/// or `std::nullopt` when that dimension is unspecified or has no leanings.
[[nodiscard]] constexpr maybe<leaning> leaning_at(const profile& p, std::size_t index) noexcept {
  using detail::lean;
  switch (index) {
    case dimensions::duration::index:
      return lean(enum_traits<duration_kind>::leanings, p.duration.has_value(),
                  static_cast<std::size_t>(*p.duration));
    case dimensions::offering::index:
      return lean(enum_traits<offering_kind>::leanings, p.offering.has_value(),
                  static_cast<std::size_t>(*p.offering));
    case dimensions::personalization::index:
      return lean(enum_traits<personalization_level>::leanings, p.personalization.has_value(),
                  static_cast<std::size_t>(*p.personalization));
    case dimensions::engagement::index:
      return lean(enum_traits<engagement_level>::leanings, p.engagement.has_value(),
                  static_cast<std::size_t>(*p.engagement));
    case dimensions::advice::index:
      return lean(enum_traits<advice_kind>::leanings, p.advice.has_value(),
                  static_cast<std::size_t>(*p.advice));
    case dimensions::billing::index:
      return lean(enum_traits<billing_mode>::leanings, p.billing.has_value(),
                  static_cast<std::size_t>(*p.billing));
    case dimensions::support::index:
      return lean(enum_traits<support_tier>::leanings, p.support.has_value(),
                  static_cast<std::size_t>(*p.support));
    case dimensions::dependency::index:
      return lean(enum_traits<dependency_level>::leanings, p.dependency.has_value(),
                  static_cast<std::size_t>(*p.dependency));
    case dimensions::agreement::index:
      return lean(enum_traits<agreement_kind>::leanings, p.agreement.has_value(),
                  static_cast<std::size_t>(*p.agreement));
    case dimensions::party::index:
      return lean(enum_traits<party_kind>::leanings, p.party.has_value(),
                  static_cast<std::size_t>(*p.party));
    case dimensions::purpose::index:
      return lean(enum_traits<purpose_kind>::leanings, p.purpose.has_value(),
                  static_cast<std::size_t>(*p.purpose));
    case dimensions::knowledge::index:
      return lean(enum_traits<knowledge_level>::leanings, p.knowledge.has_value(),
                  static_cast<std::size_t>(*p.knowledge));
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

// The tag of the dimension with index I.
template <std::size_t I>
struct dimension_at;
template <> struct dimension_at<0> { using type = dimensions::duration; };
template <> struct dimension_at<1> { using type = dimensions::offering; };
template <> struct dimension_at<2> { using type = dimensions::personalization; };
template <> struct dimension_at<3> { using type = dimensions::engagement; };
template <> struct dimension_at<4> { using type = dimensions::advice; };
template <> struct dimension_at<5> { using type = dimensions::billing; };
template <> struct dimension_at<6> { using type = dimensions::support; };
template <> struct dimension_at<7> { using type = dimensions::dependency; };
template <> struct dimension_at<8> { using type = dimensions::agreement; };
template <> struct dimension_at<9> { using type = dimensions::party; };
template <> struct dimension_at<10> { using type = dimensions::purpose; };
template <> struct dimension_at<11> { using type = dimensions::knowledge; };

// --- the packed form -----------------------------------------------------
// Each relationship type folds its policies into one 64-bit code: four bits
// per dimension index, 0 for unspecified and value + 1 otherwise (15 for a
// value that does not fit). Checking and deriving at compile time works on
// this code, which costs the compiler far less than building a profile;
// decode() turns it into the profile that every public function reads.
using code_t = std::uint64_t;

inline constexpr std::size_t code_fields = 13;  // twelve dimensions and the period

// The field of a value: value + 1, or 15 for a value that does not fit.
constexpr code_t field(std::size_t value) noexcept {
  return value < 14 ? value + 1 : 15;
}

template <class E>
constexpr code_t field_of(E value) noexcept {
  return field(static_cast<std::size_t>(value));
}

// The field of a setting, shifted to the place of dimension index `index`.
constexpr code_t put(bool has_value, std::size_t value, std::size_t index) noexcept {
  return has_value ? field(value) << (4 * index) : 0;
}

template <class E>
constexpr maybe<E> setting_of(code_t code, std::size_t index) noexcept {
  const auto v = (code >> (4 * index)) & 15;
  return v == 0 ? maybe<E>{} : maybe<E>{static_cast<E>(v - 1)};
}

// Each setting is passed to put() as its parts, as leaning_at() does with
// lean(): a helper taking the `maybe<E>` itself would be one more template
// per enumeration for every file that includes this header.
[[nodiscard]] constexpr code_t encode(const profile& p) noexcept {
  return put(p.duration.has_value(), static_cast<std::size_t>(*p.duration), 0) |
         put(p.offering.has_value(), static_cast<std::size_t>(*p.offering), 1) |
         put(p.personalization.has_value(), static_cast<std::size_t>(*p.personalization), 2) |
         put(p.engagement.has_value(), static_cast<std::size_t>(*p.engagement), 3) |
         put(p.advice.has_value(), static_cast<std::size_t>(*p.advice), 4) |
         put(p.billing.has_value(), static_cast<std::size_t>(*p.billing), 5) |
         put(p.support.has_value(), static_cast<std::size_t>(*p.support), 6) |
         put(p.dependency.has_value(), static_cast<std::size_t>(*p.dependency), 7) |
         put(p.agreement.has_value(), static_cast<std::size_t>(*p.agreement), 8) |
         put(p.party.has_value(), static_cast<std::size_t>(*p.party), 9) |
         put(p.purpose.has_value(), static_cast<std::size_t>(*p.purpose), 10) |
         put(p.knowledge.has_value(), static_cast<std::size_t>(*p.knowledge), 11) |
         put(p.period.has_value(), static_cast<std::size_t>(*p.period), 12);
}

// A template, so that only the code that decodes compiles it.
template <class Profile = profile>
[[nodiscard]] constexpr Profile decode(code_t c) noexcept {
  return Profile{setting_of<duration_kind>(c, 0),        setting_of<offering_kind>(c, 1),
                 setting_of<personalization_level>(c, 2), setting_of<engagement_level>(c, 3),
                 setting_of<advice_kind>(c, 4),          setting_of<billing_mode>(c, 5),
                 setting_of<support_tier>(c, 6),         setting_of<dependency_level>(c, 7),
                 setting_of<agreement_kind>(c, 8),       setting_of<party_kind>(c, 9),
                 setting_of<purpose_kind>(c, 10),        setting_of<knowledge_level>(c, 11),
                 setting_of<billing_period>(c, 12)};
}

template <class... Ps>
constexpr profile make_profile() noexcept {
  profile p{};
  (Ps::dimension::template record<profile, Ps>(p), ...);
  return p;
}

// Bit 52 of a relationship's code says that it has a kind rule.
inline constexpr code_t rule_bit = code_t{1} << 52;

// The code of one policy (the rule bit for a kind rule, zero for a type that
// is not a policy), cached per type.
template <class P>
inline constexpr code_t code_v = [] {
  if constexpr (defect_v<P> != policy_defect::none) {
    return code_t{0};
  } else if constexpr (std::is_same_v<typename P::dimension, dimensions::kind_rule>) {
    return rule_bit;
  } else {
    return encode(make_profile<P>());
  }
}();

}  // namespace detail

/// @brief The set of dimensions `Ds...` as a bit mask, one bit per
/// dimension index; a kind rule lists the dimensions it reads this way.
template <Dimension... Ds>
inline constexpr std::uint32_t dimension_mask_v = ((std::uint32_t{1} << Ds::index) | ... | 0u);

}  // namespace clientele

#endif  // CLIENTELE_PROFILE_HPP

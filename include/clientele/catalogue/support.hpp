// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The support dimension: who looks after the counterpart once they have bought (the support tier).
///
/// Modelled on the source @ref source_difference "Client vs Customer: What's the Difference" ("How Do Client and Customer Service Vary?"); see the page @ref dim_support.

#ifndef CLIENTELE_SUPPORT_HPP
#define CLIENTELE_SUPPORT_HPP

#include <clientele/catalogue/support_terms.hpp>
#include <clientele/framework/basic_profile.hpp>

namespace clientele {

/// @brief The values of the support dimension: who looks after the counterpart once they have bought (the support tier).
enum class support_tier : unsigned char {
  self_service,  ///< Help the buyer finds alone: documentation, answers to common questions.
  support_desk,  ///< A customer support group that answers by email, chat and phone, for many buyers at once.
  dedicated_team,  ///< A professional services team that looks after a small number of accounts.
};

/// @cond CLIENTELE_DETAIL
/// @brief Names and leanings of `support_tier`.
template <>
struct enum_traits<support_tier> {
  /// The catalogue's names, indexed by value.
  static constexpr std::string_view names[] = {"self_service", "support_desk", "dedicated_team"};
  /// The side each value leans to, indexed by value.
  static constexpr leaning leanings[] = {leaning::customer, leaning::customer, leaning::client};
};
/// @endcond

/// @brief The library's default terms for a support tier.
///
/// Each calendar is in UTC and has no holidays; an application sets its own
/// zone and holidays on a copy (`terms.calendar.zone = ...`).
///
/// | tier | channels | urgent | high | normal | low | contact | hours (UTC) |
/// |------|----------|--------|------|--------|-----|---------|-------------|
/// | `self_service` | portal | 8 business h | 16 business h | 24 business h | 40 business h | none | Mon-Fri 09:00-17:00 |
/// | `support_desk` | email, chat, phone, portal | 1 h | 4 business h | 8 business h | 24 business h | none | Mon-Fri 08:00-20:00 |
/// | `dedicated_team` | all five | 15 min | 1 h | 4 business h | 8 business h | team | Mon-Fri 08:00-18:00 |
///
/// A tier outside `support_tier` gets default-constructed terms, which
/// commit to nothing (`deadline_error::no_target` for every priority).
[[nodiscard]] constexpr support_terms support_terms_for(support_tier tier) noexcept {
  using std::chrono::hours;
  using std::chrono::minutes;
  switch (tier) {
    case support_tier::self_service:
      return support_terms{.channels = channel::portal,
                           .first_response = {.urgent = business_time(hours{8}),
                                              .high = business_time(hours{16}),
                                              .normal = business_time(hours{24}),
                                              .low = business_time(hours{40})},
                           .contact = designated_contact::none,
                           .calendar = {.hours = weekly_hours::weekdays(hours{9}, hours{17})}};
    case support_tier::support_desk:
      return support_terms{
          .channels = {channel::email, channel::chat, channel::phone, channel::portal},
          .first_response = {.urgent = calendar_time(hours{1}),
                             .high = business_time(hours{4}),
                             .normal = business_time(hours{8}),
                             .low = business_time(hours{24})},
          .contact = designated_contact::none,
          .calendar = {.hours = weekly_hours::weekdays(hours{8}, hours{20})}};
    case support_tier::dedicated_team:
      return support_terms{.channels = channel_set::all(),
                           .first_response = {.urgent = calendar_time(minutes{15}),
                                              .high = calendar_time(hours{1}),
                                              .normal = business_time(hours{4}),
                                              .low = business_time(hours{8})},
                           .contact = designated_contact::team,
                           .calendar = {.hours = weekly_hours::weekdays(hours{8}, hours{18})}};
  }
  return support_terms{};
}

/// @cond CLIENTELE_DETAIL
namespace detail {
// Whether a policy declares support terms, and whether they are a constant.
template <class P>
concept declares_terms = requires { P::terms; };
template <class P>
concept constant_support_terms =
    std::is_same_v<std::remove_cv_t<decltype(P::terms)>, support_terms> &&
    requires { typename std::bool_constant<(P::terms == P::terms)>; };
}  // namespace detail
/// @endcond

/// @brief The requirement of the support dimension: a policy declares
/// `static constexpr support_tier value`, and may declare
/// `static constexpr support_terms terms` (its own channels, targets,
/// contact and calendar) that `check_support_terms` accepts.
struct support_requirement {
  /// @brief What is wrong with policy `P`, or `policy_defect::none`.
  template <class P>
  static constexpr policy_defect check() noexcept {
    if constexpr (constexpr policy_defect d = value_requirement::check<P>(); d != policy_defect::none) {
      return d;
    } else if constexpr (!detail::declares_terms<P>) {
      return policy_defect::none;
    } else if constexpr (!detail::constant_support_terms<P>) {
      return policy_defect::bad_terms;
    } else if constexpr (check_support_terms(P::terms) != support_terms_fault::none) {
      return policy_defect::bad_terms;
    } else {
      return policy_defect::none;
    }
  }
};

namespace dimensions {

/// @brief The support dimension: the tier of support the counterpart gets.
/// Its values carry terms (`support_terms`): channels, first-response targets,
/// a designated contact and a business calendar.
struct support final : enum_dimension<support_tier> {
  /// Its key in the text form.
  static constexpr std::string_view name = "support";
  /// Its policies may declare their own `terms`.
  using requirement = support_requirement;
  /// The terms of a support tier, each a field of a profile.
  using terms = type_list<clientele::terms::channels, clientele::terms::first_response,
                          clientele::terms::contact, clientele::terms::hours,
                          clientele::terms::zone, clientele::terms::holidays>;
  /// @brief The terms of support policy `P`: its own, or its tier's defaults.
  template <class P>
  static constexpr support_terms terms_of() noexcept {
    if constexpr (detail::declares_terms<P>) {
      return P::terms;
    } else {
      return support_terms_for(P::value);
    }
  }
  /// @brief The value of term `T` in the profile of policy `P`: unspecified
  /// where it is the tier's default, so that a profile names only what
  /// differs from the documented defaults.
  template <class T, class P>
  static constexpr maybe<typename T::value_type> term_value() noexcept {
    if constexpr (detail::declares_terms<P>) {
      const typename T::value_type v = T::get(P::terms);
      if (v == T::get(support_terms_for(P::value))) {
        return {};
      }
      return v;
    } else {
      return {};
    }
  }
};

}  // namespace dimensions

/// @brief A policy of the support dimension: any type with
/// `using dimension = clientele::dimensions::support;` and
/// `static constexpr clientele::support_tier value`.
template <class P>
concept SupportPolicy = PolicyOf<P, dimensions::support>;

/// @brief The library's policies for the support dimension.
namespace support {

/// @brief Help the buyer finds alone: documentation, answers to common questions.
///
/// Leans to: customer.
struct self_service final : basic_policy<dimensions::support, support_tier::self_service> {};

/// @brief A customer support group that answers by email, chat and phone, for many buyers at once.
///
/// Leans to: customer.
struct support_desk final : basic_policy<dimensions::support, support_tier::support_desk> {};

/// @brief A professional services team that looks after a small number of accounts.
///
/// Leans to: client.
struct dedicated_team final : basic_policy<dimensions::support, support_tier::dedicated_team> {};

}  // namespace support

namespace error {

/// @brief Raised by a support policy `P` whose `terms` are not usable.
///
/// What it means and how to fix it: @ref diag_support_policy_terms_invalid "A support policy that commits to no response time".
template <class P>
struct support_policy_terms_invalid {
  static_assert(detail::always_false<P>,
                "clientele: this support policy's member 'terms' must be a 'static constexpr "
                "clientele::support_terms' with a positive first-response target for every "
                "priority, weekly hours and holidays that were all accepted, a well-formed time "
                "zone, and opening hours if any target counts business time. "
                "clientele::check_support_terms(terms) names what is wrong.");
};

}  // namespace error

/// @cond CLIENTELE_DETAIL
namespace detail {
template <std::size_t I, class P>
  requires std::is_same_v<typename P::dimension, dimensions::support>
struct explain_defect<I, P, policy_defect::bad_terms> : error::support_policy_terms_invalid<P> {};
}  // namespace detail
/// @endcond

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_HPP

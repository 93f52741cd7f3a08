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

/// @brief The library's policies for the support dimension, and the terms
/// they take.
namespace support {

/// @brief The first-response targets a policy states: a target for each
/// priority it names, and no target (`response_target::none()`) for the
/// others, as in `.first_response = {.urgent = calendar_time(1h), .high =
/// business_time(4h)}`. Naming no priority states no targets: the tier's
/// own apply.
struct targets {
  stated<response_target> urgent{};  ///< For `priority::urgent`.
  stated<response_target> high{};    ///< For `priority::high`.
  stated<response_target> normal{};  ///< For `priority::normal`.
  stated<response_target> low{};     ///< For `priority::low`.

  /// Whether any priority is named.
  [[nodiscard]] constexpr bool has_value() const noexcept {
    return urgent.has_value() || high.has_value() || normal.has_value() || low.has_value();
  }
  /// @brief The targets stated, with no target for a priority not named;
  /// @p fallback when no priority is named.
  [[nodiscard]] constexpr first_response_targets value_or(
      const first_response_targets& fallback) const noexcept {
    if (!has_value()) {
      return fallback;
    }
    const response_target none = response_target::none();
    return {urgent.value_or(none), high.value_or(none), normal.value_or(none),
            low.value_or(none)};
  }
  /// Equal when they name the same priorities with equal targets.
  friend constexpr bool operator==(const targets&, const targets&) = default;
};

/// @brief The support terms a policy states, written where the policy is
/// named: `support::support_desk::with<support::terms{.first_response =
/// {.urgent = calendar_time(30min)}}>`.
///
/// Each member is stated or left to the tier (`support_terms_for`): stating
/// targets keeps the tier's channels, contact and calendar. A structural
/// type, so that it can be a template argument.
/// @snippet tickets.cpp stated_terms
struct terms {
  stated<channel_set> channels{};          ///< Where customers reach the team.
  targets first_response{};                ///< Targets for the priorities it names.
  stated<designated_contact> contact{};    ///< Who looks after the account.
  stated<weekly_hours> hours{};            ///< Local opening hours.
  stated<time_zone> zone{};                ///< The zone of the opening hours.
  stated<holiday_list> holidays{};         ///< Local dates on which the calendar is closed.

  /// @brief @p defaults with every stated term in place of its own.
  [[nodiscard]] constexpr support_terms over(support_terms defaults) const noexcept {
    defaults.channels = channels.value_or(defaults.channels);
    defaults.first_response = first_response.value_or(defaults.first_response);
    defaults.contact = contact.value_or(defaults.contact);
    defaults.calendar.hours = hours.value_or(defaults.calendar.hours);
    defaults.calendar.zone = zone.value_or(defaults.calendar.zone);
    defaults.calendar.holidays = holidays.value_or(defaults.calendar.holidays);
    return defaults;
  }

  /// Equal when they state the same terms with equal values.
  friend constexpr bool operator==(const terms&, const terms&) = default;
};

}  // namespace support

/// @cond CLIENTELE_DETAIL
namespace detail {
// Whether a policy declares support terms, whether it states them
// (support::terms) or declares them whole, and whether they are a constant.
template <class P>
concept declares_terms = requires { P::terms; };
template <class P>
concept states_support_terms =
    std::is_same_v<std::remove_cv_t<decltype(P::terms)>, support::terms>;
template <class P>
concept constant_support_terms =
    (std::is_same_v<std::remove_cv_t<decltype(P::terms)>, support_terms> ||
     states_support_terms<P>) &&
    requires { typename std::bool_constant<(P::terms == P::terms)>; };
// The terms of support policy P.
template <class P>
constexpr support_terms policy_support_terms() noexcept {
  if constexpr (!declares_terms<P>) {
    return support_terms_for(P::value);
  } else if constexpr (states_support_terms<P>) {
    return P::terms.over(support_terms_for(P::value));
  } else {
    return P::terms;
  }
}
// The base of a library policy given terms T: none when T states nothing.
template <class T>
struct no_support_terms {};
template <auto T>
struct support_terms_member {
  static constexpr auto terms = T;
};
template <auto T>
using support_terms_base =
    std::conditional_t<T == decltype(T){}, no_support_terms<decltype(T)>, support_terms_member<T>>;
}  // namespace detail
/// @endcond

/// @brief The requirement of the support dimension: a policy declares
/// `static constexpr support_tier value`, and may declare
/// `static constexpr support_terms terms` (its own channels, targets,
/// contact and calendar) or `static constexpr support::terms terms` (the
/// terms it states over its tier's), that `check_support_terms` accepts.
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
    } else if constexpr (check_support_terms(detail::policy_support_terms<P>()) !=
                         support_terms_fault::none) {
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
  /// @brief The terms of support policy `P`: those it states
  /// (`clientele::support::terms`) over its tier's defaults, those it
  /// declares whole, or its tier's defaults.
  template <class P>
  static constexpr support_terms terms_of() noexcept {
    return detail::policy_support_terms<P>();
  }
  /// @brief The value of term `T` in the profile of policy `P`: unspecified
  /// where it is the tier's default, so that a profile names only what
  /// differs from the documented defaults.
  template <class T, class P>
  static constexpr maybe<typename T::value_type> term_value() noexcept {
    if constexpr (detail::declares_terms<P>) {
      const typename T::value_type v = T::get(detail::policy_support_terms<P>());
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

/// @brief A policy of the support dimension.
///
/// **Minimal complete definition**
/// - `using dimension = clientele::dimensions::support;`
/// - `static constexpr clientele::support_tier value`.
///
/// **What a model may also provide**
/// - `static constexpr clientele::support::terms terms{...}`: the terms the
///   policy states over its tier's (channels, first-response targets for
///   the priorities it commits to, a designated contact, a business
///   calendar); a term left out keeps the tier's default, so stating targets
///   keeps the tier's channels.
///
/// The library's tiers are models and take terms with
/// `support::support_desk::with<support::terms{...}>`.
template <class P>
concept SupportPolicy = PolicyOf<P, dimensions::support>;

namespace support {

/// @brief A support policy of tier `Tier` with terms `T` stated over the
/// tier's: what `support_desk::with<T>` and the others name.
template <support_tier Tier, terms T>
struct stated_policy final : basic_policy<dimensions::support, Tier>,
                             detail::support_terms_base<T> {
  /// This policy with terms `U` instead.
  template <terms U>
  using with = stated_policy<Tier, U>;
};

/// @brief Help the buyer finds alone: documentation, answers to common questions.
///
/// Leans to: customer.
struct self_service final : basic_policy<dimensions::support, support_tier::self_service> {
  /// This tier with terms `T` stated over its own.
  template <terms T>
  using with = stated_policy<support_tier::self_service, T>;
};

/// @brief A customer support group that answers by email, chat and phone, for many buyers at once.
///
/// Leans to: customer.
struct support_desk final : basic_policy<dimensions::support, support_tier::support_desk> {
  /// @brief This tier with terms `T` stated over its own.
  ///
  /// As in `support_desk::with<support::terms{.first_response = {.urgent =
  /// calendar_time(30min)}}>`.
  template <terms T>
  using with = stated_policy<support_tier::support_desk, T>;
};

/// @brief A professional services team that looks after a small number of accounts.
///
/// Leans to: client.
struct dedicated_team final : basic_policy<dimensions::support, support_tier::dedicated_team> {
  /// This tier with terms `T` stated over its own.
  template <terms T>
  using with = stated_policy<support_tier::dedicated_team, T>;
};

}  // namespace support

namespace error {

/// @brief Raised by a support policy `P` whose `terms` are not usable.
///
/// What it means and how to fix it: @ref diag_support_policy_terms_invalid "A support policy that commits to no response time".
template <class P>
struct support_policy_terms_invalid {
  static_assert(detail::always_false<P>,
                "clientele: this support policy's member 'terms' must be a 'static constexpr "
                "clientele::support_terms' (or the terms the policy states, "
                "clientele::support::terms, as in support::support_desk::with<support::terms{"
                "...}>) with, for every priority, a positive first-response target or "
                "response_target::none(), weekly hours and holidays that were all accepted, a "
                "well-formed time zone, and opening hours if any target counts business time. "
                "clientele::check_support_terms(terms) names what is wrong.");
};

/// @brief Raised by a support policy `P` whose first-response targets count
/// business time while its terms declare no opening hours.
///
/// What it means and how to fix it: @ref diag_support_policy_business_without_hours "A support policy on business time with no opening hours".
template <class P>
struct support_policy_business_time_without_hours {
  static_assert(detail::always_false<P>,
                "clientele: this support policy's first-response targets count business time, "
                "but its terms declare no opening hours, so no deadline could ever fall due. "
                "Give the terms opening hours (.calendar = {.hours = "
                "clientele::weekly_hours::weekdays(9h, 17h)}) or count the targets on the "
                "calendar clock (clientele::calendar_time(...)).");
};

}  // namespace error

/// @cond CLIENTELE_DETAIL
namespace detail {
// The one fault a policy's terms have, where it is the missing opening
// hours: that is named; any other fault gets the message that lists every
// requirement.
template <class P>
constexpr bool only_hours_missing() noexcept {
  if constexpr (constant_support_terms<P>) {
    const std::uint32_t faults = support_terms_faults(policy_support_terms<P>());
    return faults == (std::uint32_t{1}
                      << static_cast<unsigned>(support_terms_fault::business_without_hours));
  } else {
    return false;
  }
}
template <std::size_t I, class P>
  requires std::is_same_v<typename P::dimension, dimensions::support>
struct explain_defect<I, P, policy_defect::bad_terms>
    : std::conditional_t<only_hours_missing<P>(),
                         error::support_policy_business_time_without_hours<P>,
                         error::support_policy_terms_invalid<P>> {};
}  // namespace detail
/// @endcond

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_HPP

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief What a support tier commits to: the channels it answers on, a
/// first-response target per priority, whether a named team or person looks
/// after the account, and the business calendar its business-time targets
/// count on (`support_terms`); the library's defaults for its three tiers
/// (`support_terms_for`, `support_terms_v`). See the page @ref deadlines.

#ifndef CLIENTELE_SUPPORT_COMMITMENTS_HPP
#define CLIENTELE_SUPPORT_COMMITMENTS_HPP

#include <clientele/catalogue/support.hpp>
#include <clientele/queries.hpp>
#include <clientele/support/calendar.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace clientele {

// --- channels ----------------------------------------------------------------------

/// @brief A way a customer reaches the support team.
enum class channel : unsigned char {
  email,      ///< written messages, answered by email
  chat,       ///< live chat
  phone,      ///< telephone calls
  in_person,  ///< visits and on-site meetings
  portal,     ///< requests filed on a help-centre or community portal
};

/// @brief Names of `channel`.
template <>
struct enum_traits<channel> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"email", "chat", "phone", "in_person", "portal"};
};

/// @brief A set of channels, stored as bits: a regular `constexpr` value.
///
/// `channel::email | channel::chat` makes one; a value outside `channel` is
/// never a member.
class channel_set {
 public:
  /// No channel.
  constexpr channel_set() noexcept = default;
  /// The channel @p c alone.
  constexpr channel_set(channel c) noexcept { insert(c); }
  /// The channels @p cs.
  constexpr channel_set(std::initializer_list<channel> cs) noexcept {
    for (channel c : cs) {
      insert(c);
    }
  }
  /// Every channel.
  [[nodiscard]] static constexpr channel_set all() noexcept {
    return {channel::email, channel::chat, channel::phone, channel::in_person, channel::portal};
  }

  /// Adds @p c (a value outside `channel` is ignored).
  constexpr channel_set& insert(channel c) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ | bit(c));
    return *this;
  }
  /// Removes @p c.
  constexpr channel_set& erase(channel c) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ & ~bit(c));
    return *this;
  }
  /// Whether @p c is a member.
  [[nodiscard]] constexpr bool contains(channel c) const noexcept {
    return bit(c) != 0 && (bits_ & bit(c)) != 0;
  }
  /// The number of channels.
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (unsigned b = bits_; b != 0; b &= b - 1) {
      ++n;
    }
    return n;
  }
  /// Whether the set is empty.
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  /// The members as bits, `1 << channel` each.
  [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }

  /// The channels of either set.
  friend constexpr channel_set operator|(channel_set a, channel_set b) noexcept {
    channel_set r;
    r.bits_ = static_cast<std::uint8_t>(a.bits_ | b.bits_);
    return r;
  }
  /// The channels of both sets.
  friend constexpr channel_set operator&(channel_set a, channel_set b) noexcept {
    channel_set r;
    r.bits_ = static_cast<std::uint8_t>(a.bits_ & b.bits_);
    return r;
  }
  /// Equal when both hold the same channels.
  friend constexpr bool operator==(channel_set, channel_set) = default;

 private:
  static constexpr unsigned bit(channel c) noexcept {
    const auto i = static_cast<unsigned>(c);
    return i < enum_count_v<channel> ? 1U << i : 0U;
  }

  std::uint8_t bits_ = 0;
};

/// @brief The set of @p a and @p b.
[[nodiscard]] constexpr channel_set operator|(channel a, channel b) noexcept {
  return channel_set{a} | channel_set{b};
}

// --- targets -----------------------------------------------------------------------------

/// @brief How urgent a ticket is.
enum class priority : unsigned char {
  urgent,  ///< work has stopped: a production system is down
  high,    ///< work is badly impaired
  normal,  ///< a question or a problem with a workaround
  low,     ///< general guidance, no time pressure
};

/// @brief Names of `priority`.
template <>
struct enum_traits<priority> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"urgent", "high", "normal", "low"};
};

/// @brief The clock a response target counts on.
enum class response_clock : unsigned char {
  calendar,  ///< elapsed time, around the clock
  business,  ///< open time of the terms' business calendar only
};

/// @brief Names of `response_clock`.
template <>
struct enum_traits<response_clock> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"calendar", "business"};
};

/// @brief A first-response target: how long, on which clock. A zero target
/// commits to nothing (`deadline_error::no_target`).
struct response_target {
  std::chrono::seconds time{};                      ///< How long, at second precision.
  response_clock clock = response_clock::business;  ///< What counts towards it.

  /// Equal when time and clock are.
  friend constexpr bool operator==(const response_target&, const response_target&) = default;
};

/// @brief A target of @p time elapsed, around the clock: `calendar_time(1h)`.
[[nodiscard]] constexpr response_target calendar_time(std::chrono::seconds time) noexcept {
  return response_target{time, response_clock::calendar};
}
/// @brief A target of @p time of open business time: `business_time(8h)`.
[[nodiscard]] constexpr response_target business_time(std::chrono::seconds time) noexcept {
  return response_target{time, response_clock::business};
}

/// @brief A first-response target for each priority.
struct first_response_targets {
  response_target urgent{};  ///< For `priority::urgent`.
  response_target high{};    ///< For `priority::high`.
  response_target normal{};  ///< For `priority::normal`.
  response_target low{};     ///< For `priority::low`.

  /// The target for @p p; a zero target for a value outside `priority`.
  [[nodiscard]] constexpr response_target operator[](priority p) const noexcept {
    switch (p) {
      case priority::urgent: return urgent;
      case priority::high: return high;
      case priority::normal: return normal;
      case priority::low: return low;
    }
    return response_target{};
  }
  /// Equal when every target is.
  friend constexpr bool operator==(const first_response_targets&,
                                   const first_response_targets&) = default;
};

// --- who looks after the account ------------------------------------------------------

/// @brief Whether a named team or person looks after the account, rather
/// than whoever takes the next ticket.
enum class designated_contact : unsigned char {
  none,                       ///< tickets go to a shared queue
  team,                       ///< a named team knows the account
  technical_account_manager,  ///< a named person (a technical account manager) looks after it
};

/// @brief Names of `designated_contact`.
template <>
struct enum_traits<designated_contact> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"none", "team", "technical_account_manager"};
};

// --- terms -----------------------------------------------------------------------------

/// @brief What a support tier commits to: a regular `constexpr` value.
///
/// An aggregate, so an application declares its own tiers with designated
/// initializers:
/// @snippet tickets.cpp custom_tier
struct support_terms {
  channel_set channels{};                                 ///< Where customers reach the team.
  first_response_targets first_response{};                ///< Target per priority.
  designated_contact contact = designated_contact::none;  ///< Who looks after the account.
  business_calendar calendar{};                           ///< What business-time targets count on.

  /// Equal when every member is.
  friend constexpr bool operator==(const support_terms&, const support_terms&) = default;
};

/// @brief Whether @p terms can be used: its calendar accepted every
/// interval and holiday, its zone is valid, every target's clock is known.
/// @returns `deadline_error::none`, or the first problem found.
[[nodiscard]] constexpr deadline_error check_terms(const support_terms& terms) noexcept {
  if (const deadline_error e = detail::check_calendar(terms.calendar); e != deadline_error::none) {
    return e;
  }
  for (const response_target& t : {terms.first_response.urgent, terms.first_response.high,
                                   terms.first_response.normal, terms.first_response.low}) {
    if (t.clock != response_clock::calendar && t.clock != response_clock::business) {
      return deadline_error::invalid_target;
    }
  }
  return deadline_error::none;
}

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

/// @brief The default terms of the support tier of relationship `R`.
/// *Mandates:* `R` specifies the support dimension.
template <Relationship R>
inline constexpr support_terms support_terms_v = support_terms_for(support_tier_v<R>);

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_COMMITMENTS_HPP

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

/// @brief Whether @p terms can be used: its calendar accepted every
/// interval and holiday, its zone is valid, every target's clock is known
/// (or the priority has no target, `response_target::none()`).
/// @returns `deadline_error::none`, or the first problem found.
[[nodiscard]] constexpr deadline_error check_terms(const support_terms& terms) noexcept {
  if (const deadline_error e = detail::check_calendar(terms.calendar); e != deadline_error::none) {
    return e;
  }
  for (const response_target& t : {terms.first_response.urgent, terms.first_response.high,
                                   terms.first_response.normal, terms.first_response.low}) {
    if (t.clock != response_clock::calendar && t.clock != response_clock::business &&
        !t.is_none()) {
      return deadline_error::invalid_target;
    }
  }
  return deadline_error::none;
}

/// @brief The support terms of relationship `R`: its support policy's
/// `terms` when it declares them, the defaults of its tier
/// (`support_terms_for`) otherwise. *Mandates:* `R` specifies the support
/// dimension.
template <Relationship R>
inline constexpr support_terms support_terms_v = [] {
  if constexpr (__is_base_of(detail::poisoned, R)) {
    // An invalid relationship has had its diagnostic: no second error here.
    return support_terms{};
  } else {
    return dimensions::support::terms_of<support_policy_t<R>>();
  }
}();

}  // namespace clientele

#endif  // CLIENTELE_SUPPORT_COMMITMENTS_HPP

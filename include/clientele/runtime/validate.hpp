// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `validate()`: every rule a run-time profile breaks, with the same
/// words the compiler uses for a relationship type that breaks it.

#ifndef CLIENTELE_VALIDATE_HPP
#define CLIENTELE_VALIDATE_HPP

#include <clientele/catalogue/rules.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace clientele {

/// @brief One rule a profile breaks.
struct violation {
  /// The rule broken.
  consistency_rule rule;
  /// The dimensions involved, as a `dimension_mask_v` (the period's rules name billing).
  std::uint32_t dimensions;
  /// @brief What is wrong and how to fix it: for the catalogue's rules, the
  /// very text of the compile-time diagnostic.
  std::string_view message;

  /// Two violations are equal when they name the same rule.
  friend bool operator==(const violation&, const violation&) = default;
};

/// @brief Every rule that profile @p p breaks, in the order of
/// `consistency_rule`.
///
/// @returns an empty vector when the profile is valid. A business calendar
/// that is malformed in several ways gives one violation of
/// `business_calendar_in_range` per fault, each with the rule's message and
/// what exactly is wrong (`calendar_fault_message`), so no fault hides
/// another. The catalogue's four
/// rules are the ones a relationship type is checked against at compile time
/// (one function, `broken_rules`, serves both); the structural rules catch
/// what only run-time data can hold: a period without periodic billing,
/// periodic billing without a period, a value outside its enumeration.
[[nodiscard]] inline std::vector<violation> validate(const profile& p) {
  std::vector<violation> out;
  const std::uint32_t broken = broken_rules(p);
  for (std::size_t i = 0; i < enum_count_v<consistency_rule>; ++i) {
    if ((broken & (std::uint32_t{1} << i)) == 0) {
      continue;
    }
    const auto rule = static_cast<consistency_rule>(i);
    if (rule != consistency_rule::business_calendar_in_range) {
      out.push_back(violation{rule, dimensions_of(rule), message_of(rule)});
      continue;
    }
    const std::uint32_t faults = support_terms_faults(support_terms_from(p));
    for (const support_terms_fault f :
         {support_terms_fault::invalid_hours, support_terms_fault::invalid_holidays,
          support_terms_fault::invalid_zone, support_terms_fault::invalid_target}) {
      if ((faults & (std::uint32_t{1} << static_cast<unsigned>(f))) != 0) {
        out.push_back(violation{rule, dimensions_of(rule), calendar_fault_message(f)});
      }
    }
  }
  return out;
}

}  // namespace clientele

#endif  // CLIENTELE_VALIDATE_HPP

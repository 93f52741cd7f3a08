// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's dimension whose term, held as it is, has no hash for the profile.
// EXPECT: and the profile.s hash cannot read it. Give the term.s tag .static constexpr
// EXPECT: term_has_no_hash<commission_rate>
#include <clientele/clientele.hpp>
#include <clientele/runtime/hash.hpp>

#include <cstdint>
#include <string_view>

namespace cl = clientele;
enum class channel_kind : unsigned char { web, partner };
template <>
struct clientele::enum_traits<channel_kind> {
  static constexpr std::string_view names[] = {"web", "partner"};
  static constexpr clientele::leaning leanings[] = {clientele::leaning::customer,
                                                    clientele::leaning::either};
};
struct commission {
  unsigned basis_points = 0;
  friend constexpr bool operator==(const commission&, const commission&) = default;
};
struct commission_rate {
  using value_type = commission;
  static constexpr std::string_view name = "commission";
};
struct sales_channel : cl::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "sales_channel";
  using terms = cl::type_list<commission_rate>;
};
using shop_profile = cl::basic_profile<cl::extended_catalogue<sales_channel>>;
const auto h = std::hash<shop_profile>{}(shop_profile{});  // FAILS

int main() {}

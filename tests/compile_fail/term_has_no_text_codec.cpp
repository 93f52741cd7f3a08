// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// An application's dimension whose term, held as it is, has no words for the text form.
// EXPECT: so the text form needs its words: specialise clientele::text_codec<F>
// EXPECT: term_has_no_text_codec<commission_rate>
#include <clientele/clientele.hpp>

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
  static constexpr std::uint64_t hash(const commission& c) noexcept { return c.basis_points; }
};
struct sales_channel : cl::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "sales_channel";
  using terms = cl::type_list<commission_rate>;
};
using shop_profile = cl::basic_profile<cl::extended_catalogue<sales_channel>>;
const auto text = cl::to_string(shop_profile{});  // FAILS

int main() {}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A field read from a profile whose catalogue does not have it: an
// application's dimension, read from the library's profile.
// EXPECT: get<F>\(p\) names a field that this profile's catalogue does not have
// EXPECT: profile_has_no_such_field<channel, clientele::catalogue>
#include <clientele/clientele.hpp>

#include <string_view>

namespace cl = clientele;

enum class channel_kind : unsigned char { online, in_store };
template <>
struct cl::enum_traits<channel_kind> {
  static constexpr std::string_view names[] = {"online", "in_store"};
};
struct channel final : cl::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "channel";
};

inline constexpr cl::profile stored{};
inline constexpr auto sale = cl::get<channel>(stored);  // FAILS

int main() {}

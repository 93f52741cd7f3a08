// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Two policies of an application dimension in one relationship.
// EXPECT: a relationship takes at most one policy per dimension
// EXPECT: dimension_given_twice<app::channel_dim
#include <clientele/clientele.hpp>

namespace app {
enum class channel_kind : unsigned char { online, in_store };
}
template <>
struct clientele::enum_traits<app::channel_kind> {
  static constexpr std::string_view names[] = {"online", "in_store"};
};
namespace app {
struct channel_dim final : clientele::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "channel";
};
struct online final : clientele::basic_policy<channel_dim, channel_kind::online> {};
struct in_store final : clientele::basic_policy<channel_dim, channel_kind::in_store> {};
}  // namespace app

namespace cl = clientele;
using R = cl::relationship<app::online, cl::duration::ongoing, app::in_store>;
constexpr auto probe = sizeof(R);  // FAILS

int main() {}

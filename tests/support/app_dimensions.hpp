// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Two dimensions of an application's own, declared as the contributor docs
// say, and a catalogue of thirteen dimensions with one of them among the
// library's: shared by the static and the unit tests of application
// dimensions.

#ifndef CLIENTELE_TESTS_APP_DIMENSIONS_HPP
#define CLIENTELE_TESTS_APP_DIMENSIONS_HPP

#include <clientele/clientele.hpp>

#include <string_view>

namespace app {

// How the counterpart reaches the provider.
enum class channel_kind : unsigned char { in_person, phone, online };
// Where the counterpart is.
enum class region_kind : unsigned char { domestic, international };

}  // namespace app

template <>
struct clientele::enum_traits<app::channel_kind> {
  static constexpr std::string_view names[] = {"in_person", "phone", "online"};
  static constexpr leaning leanings[] = {leaning::client, leaning::either, leaning::customer};
};

template <>
struct clientele::enum_traits<app::region_kind> {
  static constexpr std::string_view names[] = {"domestic", "international"};
  static constexpr leaning leanings[] = {leaning::either, leaning::either};
};

namespace app {

struct channel final : clientele::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "channel";
};
struct region final : clientele::enum_dimension<region_kind> {
  static constexpr std::string_view name = "region";
};

// Thirteen dimensions: the library's twelve with the region among them.
struct my_catalogue
    : clientele::type_list<clientele::dimensions::duration, clientele::dimensions::offering,
                           clientele::dimensions::personalization,
                           clientele::dimensions::engagement, clientele::dimensions::advice,
                           clientele::dimensions::billing, region, clientele::dimensions::support,
                           clientele::dimensions::dependency, clientele::dimensions::agreement,
                           clientele::dimensions::party, clientele::dimensions::purpose,
                           clientele::dimensions::knowledge> {};

}  // namespace app

#endif  // CLIENTELE_TESTS_APP_DIMENSIONS_HPP

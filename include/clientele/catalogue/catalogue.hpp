// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::catalogue`: the list of the library's dimensions, the
/// one place that names them all. Everything that walks the dimensions (the
/// profile, its packed form, the text form, validation, hashing, the Hana
/// views) derives from this list.

#ifndef CLIENTELE_CATALOGUE_HPP
#define CLIENTELE_CATALOGUE_HPP

// The billing periods first: a period's diagnostic (recurring<int>) then
// shows one include level fewer.
#include <clientele/catalogue/billing_period.hpp>
#include <clientele/catalogue/advice.hpp>
#include <clientele/catalogue/agreement.hpp>
#include <clientele/catalogue/billing.hpp>
#include <clientele/catalogue/dependency.hpp>
#include <clientele/catalogue/duration.hpp>
#include <clientele/catalogue/engagement.hpp>
#include <clientele/catalogue/knowledge.hpp>
#include <clientele/catalogue/offering.hpp>
#include <clientele/catalogue/party.hpp>
#include <clientele/catalogue/personalization.hpp>
#include <clientele/catalogue/purpose.hpp>
#include <clientele/catalogue/support.hpp>

namespace clientele {

/// @brief The dimensions of the library's catalogue, in the order of the
/// profile and of the text form. Adding a dimension is one line here (see
/// the contributor guide on the page @ref extending).
struct catalogue final
    : type_list<dimensions::duration, dimensions::offering, dimensions::personalization,
                dimensions::engagement, dimensions::advice, dimensions::billing,
                dimensions::support, dimensions::dependency, dimensions::agreement,
                dimensions::party, dimensions::purpose, dimensions::knowledge> {};

/// @brief An application's catalogue: the library's dimensions followed by
/// the application's own `Ds...`, for a `basic_profile` that holds them too.
template <Dimension... Ds>
struct extended_catalogue final : detail::concat<catalogue::list, type_list<Ds...>>::type {};

}  // namespace clientele

#endif  // CLIENTELE_CATALOGUE_HPP

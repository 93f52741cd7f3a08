// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Invoice schedules: billing terms as catalogues write them
/// (`terms.hpp`), the invoice dates and service periods they give from a
/// start date (`schedule.hpp`), and the schedules of bundles
/// (`bundles.hpp`). See the page @ref invoices.
///
/// The umbrella header `<clientele/clientele.hpp>` leaves it out: a program
/// that does not compute schedules does not pay for them.

#ifndef CLIENTELE_SCHEDULES_INVOICES_HPP
#define CLIENTELE_SCHEDULES_INVOICES_HPP

#include <clientele/schedules/bundles.hpp>
#include <clientele/schedules/schedule.hpp>
#include <clientele/schedules/terms.hpp>

#endif  // CLIENTELE_SCHEDULES_INVOICES_HPP

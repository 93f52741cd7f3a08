// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief `clientele::billing_terms`, kept under this name for code written
/// before 0.3: the terms are values of the catalogue now, in
/// `<clientele/catalogue/billing_terms.hpp>`.

#ifndef CLIENTELE_SCHEDULES_TERMS_HPP
#define CLIENTELE_SCHEDULES_TERMS_HPP

#include <clientele/catalogue/billing_terms.hpp>

#endif  // CLIENTELE_SCHEDULES_TERMS_HPP

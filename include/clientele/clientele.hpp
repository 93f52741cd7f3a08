// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The umbrella header: the compile-time model and the run-time
/// mirror.
///
/// It includes the framework, the catalogue (every dimension, the rules,
/// the kind rules, the derived properties, the tensions), `relationship` and
/// its queries, the ready-made models (presets, archetypes, bundles,
/// providers) and the run-time mirror (profile text, validation, hashing,
/// registry). It leaves out the invoice schedules (`schedules/`, as
/// `<clientele/schedules/invoices.hpp>`) and the support deadlines
/// (`support/`, as `<clientele/support/deadlines.hpp>`), which pay for
/// `<chrono>` only where they are used, and the adapters to other
/// libraries in `ext/`, as `<clientele/ext/hana.hpp>`, so that a program
/// that does not use them does not need them.

#ifndef CLIENTELE_CLIENTELE_HPP
#define CLIENTELE_CLIENTELE_HPP

#include <clientele/version.hpp>

#include <clientele/catalogue/catalogue.hpp>
#include <clientele/catalogue/derived.hpp>
#include <clientele/catalogue/kind_rule.hpp>
#include <clientele/catalogue/period.hpp>
#include <clientele/catalogue/profile.hpp>
#include <clientele/catalogue/rules.hpp>
#include <clientele/catalogue/tensions.hpp>
#include <clientele/framework/basic_profile.hpp>
#include <clientele/framework/dimension.hpp>
#include <clientele/framework/stated.hpp>
#include <clientele/framework/type_list.hpp>
#include <clientele/models/archetypes.hpp>
#include <clientele/models/presets.hpp>
#include <clientele/models/provider.hpp>
#include <clientele/queries.hpp>
#include <clientele/relationship.hpp>
#include <clientele/runtime.hpp>

#endif  // CLIENTELE_CLIENTELE_HPP

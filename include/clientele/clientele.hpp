// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The umbrella header: the whole compile-time model.
///
/// It includes every dimension, `relationship`, the queries, the derived
/// properties, the rules, the tensions, the presets and the Boost.Hana
/// reflection helpers.

#ifndef CLIENTELE_CLIENTELE_HPP
#define CLIENTELE_CLIENTELE_HPP

#include <clientele/version.hpp>

#include <clientele/dimension.hpp>
#include <clientele/duration.hpp>
#include <clientele/offering.hpp>
#include <clientele/personalization.hpp>
#include <clientele/engagement.hpp>
#include <clientele/advice.hpp>
#include <clientele/billing.hpp>
#include <clientele/billing_period.hpp>
#include <clientele/period.hpp>
#include <clientele/support.hpp>
#include <clientele/dependency.hpp>
#include <clientele/agreement.hpp>
#include <clientele/party.hpp>
#include <clientele/purpose.hpp>
#include <clientele/knowledge.hpp>

#include <clientele/profile.hpp>
#include <clientele/kind_rule.hpp>
#include <clientele/rules.hpp>
#include <clientele/relationship.hpp>
#include <clientele/queries.hpp>
#include <clientele/derived.hpp>
#include <clientele/tensions.hpp>
#include <clientele/presets.hpp>
#include <clientele/archetypes.hpp>
#include <clientele/provider.hpp>
#include <clientele/reflection.hpp>
#include <clientele/runtime.hpp>

#endif  // CLIENTELE_CLIENTELE_HPP

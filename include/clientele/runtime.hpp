// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The run-time mirror of the compile-time model: hashing, the text
/// form, validation and dispatch. See the page @ref runtime.

#ifndef CLIENTELE_RUNTIME_HPP
#define CLIENTELE_RUNTIME_HPP

#include <clientele/runtime/explain.hpp>
#include <clientele/runtime/hash.hpp>
#include <clientele/runtime/registry.hpp>
#include <clientele/runtime/text.hpp>
#include <clientele/runtime/validate.hpp>

#endif  // CLIENTELE_RUNTIME_HPP

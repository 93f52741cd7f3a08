// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The library's version: the single source of the version number,
/// which the build system reads from this file.

#ifndef CLIENTELE_VERSION_HPP
#define CLIENTELE_VERSION_HPP

/// The major version: changes that break compatibility.
#define CLIENTELE_VERSION_MAJOR 0
/// The minor version: compatible additions.
#define CLIENTELE_VERSION_MINOR 2
/// The patch version: compatible fixes.
#define CLIENTELE_VERSION_PATCH 0
/// The version as one number, `major * 10000 + minor * 100 + patch`.
#define CLIENTELE_VERSION \
  (CLIENTELE_VERSION_MAJOR * 10000 + CLIENTELE_VERSION_MINOR * 100 + CLIENTELE_VERSION_PATCH)

namespace clientele {

/// The major version, as a constant.
inline constexpr int version_major = CLIENTELE_VERSION_MAJOR;
/// The minor version, as a constant.
inline constexpr int version_minor = CLIENTELE_VERSION_MINOR;
/// The patch version, as a constant.
inline constexpr int version_patch = CLIENTELE_VERSION_PATCH;

}  // namespace clientele

#endif  // CLIENTELE_VERSION_HPP

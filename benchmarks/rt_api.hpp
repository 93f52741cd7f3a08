// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The functions the run-time benchmark times: one set through the library,
// one written by hand, and name lookup through a gperf perfect hash. Each is
// defined in its own translation unit, so the timing loop cannot see
// through it.

#ifndef CLIENTELE_BENCHMARKS_RT_API_HPP
#define CLIENTELE_BENCHMARKS_RT_API_HPP

#include <clientele/catalogue/profile.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace bench::lib {
clientele::profile profile_by_name(std::string_view name);
std::size_t find_name(std::string_view name);
std::uint64_t dispatch_name(std::string_view name);
std::uint64_t dispatch_profile(const clientele::profile& p);
clientele::profile profile_by_profile(const clientele::profile& p);
std::size_t find_profile(const clientele::profile& p);
std::string text(const clientele::profile& p);
bool parse(std::string_view text, clientele::profile& out);
}  // namespace bench::lib

namespace bench::base {
clientele::profile profile_by_name(std::string_view name);
std::size_t find_name(std::string_view name);
std::uint64_t dispatch_name(std::string_view name);
std::uint64_t dispatch_profile(const clientele::profile& p);
clientele::profile profile_by_profile(const clientele::profile& p);
std::size_t find_profile(const clientele::profile& p);
std::string text(const clientele::profile& p);
bool parse(std::string_view text, clientele::profile& out);
extern const std::size_t name_count;
extern const std::string_view names[];
}  // namespace bench::base

namespace bench::gperf {
clientele::profile profile_by_name(std::string_view name);
std::size_t find_name(std::string_view name);
std::uint64_t dispatch_name(std::string_view name);
}  // namespace bench::gperf

#endif  // CLIENTELE_BENCHMARKS_RT_API_HPP

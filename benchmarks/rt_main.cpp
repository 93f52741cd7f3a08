// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The run-time benchmark: dispatch by name, to_string and parse_profile,
// through the library and by hand, timed in turn in the same process.
// Prints one line per operation: its name, then the best rate of the
// library and of the baseline in operations per second.
//
// Usage: rt_bench [rounds]

#include "rt_api.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

volatile std::uint64_t sink = 0;

// Runs `op` over every sample `reps` times; returns operations per second.
template <class Op>
double rate(const Op& op, std::size_t samples, std::size_t reps) {
  const auto start = clock_type::now();
  std::uint64_t acc = 0;
  for (std::size_t r = 0; r < reps; ++r) {
    for (std::size_t i = 0; i < samples; ++i) {
      acc += op(i);
    }
  }
  const std::chrono::duration<double> took = clock_type::now() - start;
  sink = sink + acc;
  return static_cast<double>(samples * reps) / took.count();
}

std::uint64_t digest(const clientele::profile& p) {
  namespace d = clientele::dimensions;
  return static_cast<std::uint64_t>(clientele::get<d::billing>(p).value_or(clientele::billing_mode{})) +
         static_cast<std::uint64_t>(clientele::get<d::party>(p).has_value());
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;

  // The stored names, in a fixed shuffled order, and their texts.
  std::vector<std::string_view> names(bench::base::names, bench::base::names + bench::base::name_count);
  for (std::size_t i = names.size(); i > 1; --i) {
    std::swap(names[i - 1], names[(i * 7919) % i]);
  }
  std::vector<std::string> texts;
  std::vector<clientele::profile> profiles;
  for (const std::string_view n : names) {
    const clientele::profile lib = bench::lib::profile_by_name(n);
    const clientele::profile base = bench::base::profile_by_name(n);
    clientele::profile parsed_lib{};
    clientele::profile parsed_base{};
    const std::string text = bench::lib::text(lib);
    if (!(lib == base) || text != bench::base::text(base) || !bench::lib::parse(text, parsed_lib) ||
        !bench::base::parse(text, parsed_base) || !(parsed_lib == lib) || !(parsed_base == lib)) {
      std::fprintf(stderr, "mismatch for %.*s: %s\n", static_cast<int>(n.size()), n.data(),
                   text.c_str());
      return 1;
    }
    texts.push_back(text);
    profiles.push_back(lib);
  }

  const std::size_t samples = names.size();
  struct result {
    const char* name;
    double lib = 0;
    double base = 0;
  };
  result results[] = {{"dispatch"}, {"to_string"}, {"parse_profile"}};
  const std::size_t reps[] = {400, 200, 100};
  for (int round = 0; round < rounds; ++round) {
    results[0].lib = std::max(results[0].lib, rate([&](std::size_t i) {
      return digest(bench::lib::profile_by_name(names[i]));
    }, samples, reps[0]));
    results[0].base = std::max(results[0].base, rate([&](std::size_t i) {
      return digest(bench::base::profile_by_name(names[i]));
    }, samples, reps[0]));
    results[1].lib = std::max(results[1].lib, rate([&](std::size_t i) {
      return static_cast<std::uint64_t>(bench::lib::text(profiles[i]).size());
    }, samples, reps[1]));
    results[1].base = std::max(results[1].base, rate([&](std::size_t i) {
      return static_cast<std::uint64_t>(bench::base::text(profiles[i]).size());
    }, samples, reps[1]));
    results[2].lib = std::max(results[2].lib, rate([&](std::size_t i) {
      clientele::profile p{};
      return static_cast<std::uint64_t>(bench::lib::parse(texts[i], p)) + digest(p);
    }, samples, reps[2]));
    results[2].base = std::max(results[2].base, rate([&](std::size_t i) {
      clientele::profile p{};
      return static_cast<std::uint64_t>(bench::base::parse(texts[i], p)) + digest(p);
    }, samples, reps[2]));
  }
  for (const result& r : results) {
    std::printf("%s %.0f %.0f\n", r.name, r.lib, r.base);
  }
  return 0;
}

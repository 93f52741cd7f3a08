// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The run-time benchmark: dispatch by name and by profile (calling a function
// with the type found, which returns a small answer of it), name lookup, to_string and parse_profile (on profiles without terms and with
// every billing and support term written out), through the library, by hand
// and, for names, through a gperf perfect hash; timed in turn in the same
// process, best of several rounds.
//
// Before timing, it checks that every side gives the same answers for every
// registered type and exits with status 1, naming the profile, if one does
// not: the benchmark is also a test.
//
// Prints one line per operation: its name, the best rate of the library, of
// the hand-written baseline and of gperf (0 where it has none), in
// operations per second, and the bytes of text per operation (0 where there
// is no text). The last line, memory_read, gives the rate of reading a
// 64 MB buffer, in bytes per second, as the ceiling of text throughput.
//
// Usage: rt_bench [rounds] [operations per measurement]

#include "rt_api.hpp"

#include <clientele/catalogue/profile_terms.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace cl = clientele;
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

std::uint64_t digest(const cl::profile& p) {
  namespace d = cl::dimensions;
  return static_cast<std::uint64_t>(cl::get<d::billing>(p).value_or(cl::billing_mode{})) +
         static_cast<std::uint64_t>(cl::get<d::party>(p).has_value());
}

// Profile p with every term of its billing mode and support tier held
// explicitly (each at its default): the longest text of the type.
template <class T, class... Fs>
void hold(cl::profile& p, const T& terms, cl::type_list<Fs...>) {
  ((cl::get<Fs>(p) = Fs::get(terms)), ...);
}
cl::profile with_terms(cl::profile p) {
  namespace d = cl::dimensions;
  if (cl::get<d::billing>(p)) {
    hold(p, cl::billing_terms_from(p), typename cl::field_partition<d::billing::terms>::wide{});
  }
  if (cl::get<d::support>(p)) {
    hold(p, cl::support_terms_from(p), typename cl::field_partition<d::support::terms>::wide{});
  }
  return p;
}

// Reading a buffer of 64 MB as 64-bit words: bytes per second.
double memory_read_rate() {
  std::vector<std::uint64_t> buffer(std::size_t{8} << 20);
  for (std::size_t i = 0; i < buffer.size(); ++i) {
    buffer[i] = i;
  }
  const auto start = clock_type::now();
  std::uint64_t acc = 0;
  for (const std::uint64_t w : buffer) {
    acc += w;
  }
  const std::chrono::duration<double> took = clock_type::now() - start;
  sink = sink + acc;
  return static_cast<double>(buffer.size() * sizeof(std::uint64_t)) / took.count();
}

struct result {
  const char* name;
  double lib = 0;
  double base = 0;
  double gperf = 0;
  double bytes = 0;
};

bool fail(std::string_view what, std::string_view name, const std::string& text) {
  std::fprintf(stderr, "mismatch (%.*s) for %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(name.size()), name.data(), text.c_str());
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::atoi(argv[1]) : 5;
  const std::size_t ops = argc > 2 ? static_cast<std::size_t>(std::atoll(argv[2])) : 400000;

  // The stored names, in a fixed shuffled order, their profiles and texts.
  std::vector<std::string_view> names(bench::base::names, bench::base::names + bench::base::name_count);
  for (std::size_t i = names.size(); i > 1; --i) {
    std::swap(names[i - 1], names[(i * 7919) % i]);
  }
  std::vector<cl::profile> profiles;
  std::vector<cl::profile> termed;
  std::vector<std::string> texts;
  std::vector<std::string> termed_texts;
  bool ok = true;
  for (const std::string_view n : names) {
    const cl::profile lib = bench::lib::profile_by_name(n);
    const cl::profile term = with_terms(lib);
    const std::size_t index = bench::base::find_name(n);
    const std::uint64_t answer = bench::lib::dispatch_name(n);
    if (!(lib == bench::base::profile_by_name(n)) || !(lib == bench::gperf::profile_by_name(n)) ||
        bench::lib::profile_by_name(n) == cl::profile{} || answer != bench::base::dispatch_name(n) ||
        answer != bench::gperf::dispatch_name(n) || answer != bench::lib::dispatch_profile(term) ||
        answer != bench::base::dispatch_profile(term)) {
      ok = fail("dispatch by name", n, bench::lib::text(lib));
    }
    if (bench::lib::find_name(n) == bench::base::name_count || index != bench::gperf::find_name(n) ||
        !(bench::lib::profile_by_profile(lib) == lib) || !(bench::base::profile_by_profile(lib) == lib) ||
        !(bench::lib::profile_by_profile(term) == lib) || !(bench::base::profile_by_profile(term) == lib) ||
        bench::lib::find_profile(term) != bench::lib::find_name(n) ||
        bench::base::find_profile(term) != index) {
      ok = fail("lookup", n, bench::lib::text(lib));
    }
    for (const cl::profile& p : {lib, term}) {
      const std::string text = bench::lib::text(p);
      cl::profile parsed_lib{};
      cl::profile parsed_base{};
      if (text != bench::base::text(p) || !bench::lib::parse(text, parsed_lib) ||
          !bench::base::parse(text, parsed_base) || !(parsed_lib == p) || !(parsed_base == p)) {
        ok = fail("text", n, text + " / " + bench::base::text(p));
      }
    }
    profiles.push_back(lib);
    termed.push_back(term);
    texts.push_back(bench::lib::text(lib));
    termed_texts.push_back(bench::lib::text(term));
  }
  // A name that is not registered is found by none.
  for (const std::string_view miss : {"", "acct_", "acct_000000_0x", "no such account name, long"}) {
    if (bench::lib::find_name(miss) != bench::base::name_count ||
        bench::base::find_name(miss) != bench::base::name_count ||
        bench::gperf::find_name(miss) != bench::base::name_count) {
      ok = fail("unregistered name", miss, "");
    }
  }
  if (!ok) {
    return 1;
  }

  const std::size_t samples = names.size();
  const std::size_t reps = std::max<std::size_t>(1, ops / samples);
  std::size_t plain_bytes = 0;
  std::size_t termed_bytes = 0;
  for (std::size_t i = 0; i < samples; ++i) {
    plain_bytes += texts[i].size();
    termed_bytes += termed_texts[i].size();
  }
  result results[] = {{"dispatch_by_name"},      {"find_name"},
                      {"dispatch_by_profile"},   {"dispatch_by_profile_terms"},
                      {"to_string"},             {"to_string_terms"},
                      {"parse_profile"},         {"parse_profile_terms"}};
  results[4].bytes = results[6].bytes = static_cast<double>(plain_bytes) / static_cast<double>(samples);
  results[5].bytes = results[7].bytes = static_cast<double>(termed_bytes) / static_cast<double>(samples);
  const auto best = [](double& slot, double r) { slot = std::max(slot, r); };
  double memory = 0;
  for (int round = 0; round < rounds; ++round) {
    best(results[0].lib, rate([&](std::size_t i) { return bench::lib::dispatch_name(names[i]); }, samples, reps));
    best(results[0].base, rate([&](std::size_t i) { return bench::base::dispatch_name(names[i]); }, samples, reps));
    best(results[0].gperf, rate([&](std::size_t i) { return bench::gperf::dispatch_name(names[i]); }, samples, reps));
    best(results[1].lib, rate([&](std::size_t i) { return bench::lib::find_name(names[i]); }, samples, reps));
    best(results[1].base, rate([&](std::size_t i) { return bench::base::find_name(names[i]); }, samples, reps));
    best(results[1].gperf, rate([&](std::size_t i) { return bench::gperf::find_name(names[i]); }, samples, reps));
    best(results[2].lib, rate([&](std::size_t i) { return bench::lib::dispatch_profile(profiles[i]); }, samples, reps));
    best(results[2].base, rate([&](std::size_t i) { return bench::base::dispatch_profile(profiles[i]); }, samples, reps));
    best(results[3].lib, rate([&](std::size_t i) { return bench::lib::dispatch_profile(termed[i]); }, samples, reps / 2 + 1));
    best(results[3].base, rate([&](std::size_t i) { return bench::base::dispatch_profile(termed[i]); }, samples, reps / 2 + 1));
    best(results[4].lib, rate([&](std::size_t i) { return bench::lib::text(profiles[i]).size(); }, samples, reps / 2 + 1));
    best(results[4].base, rate([&](std::size_t i) { return bench::base::text(profiles[i]).size(); }, samples, reps / 2 + 1));
    best(results[5].lib, rate([&](std::size_t i) { return bench::lib::text(termed[i]).size(); }, samples, reps / 4 + 1));
    best(results[5].base, rate([&](std::size_t i) { return bench::base::text(termed[i]).size(); }, samples, reps / 4 + 1));
    best(results[6].lib, rate([&](std::size_t i) {
      cl::profile p{};
      return static_cast<std::uint64_t>(bench::lib::parse(texts[i], p)) + digest(p);
    }, samples, reps / 4 + 1));
    best(results[6].base, rate([&](std::size_t i) {
      cl::profile p{};
      return static_cast<std::uint64_t>(bench::base::parse(texts[i], p)) + digest(p);
    }, samples, reps / 4 + 1));
    best(results[7].lib, rate([&](std::size_t i) {
      cl::profile p{};
      return static_cast<std::uint64_t>(bench::lib::parse(termed_texts[i], p)) + digest(p);
    }, samples, reps / 8 + 1));
    best(results[7].base, rate([&](std::size_t i) {
      cl::profile p{};
      return static_cast<std::uint64_t>(bench::base::parse(termed_texts[i], p)) + digest(p);
    }, samples, reps / 8 + 1));
    best(memory, memory_read_rate());
  }
  for (const result& r : results) {
    std::printf("%s %.0f %.0f %.0f %.1f\n", r.name, r.lib, r.base, r.gperf, r.bytes);
  }
  std::printf("memory_read %.0f 0 0 1\n", memory);
  return 0;
}

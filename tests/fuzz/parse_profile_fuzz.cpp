// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// libFuzzer target for parse_profile: any input either parses to a profile
// that prints back to a text which parses to the same profile, or fails with
// a message and a position inside the input. validate() and hashing never
// fail on a parsed profile.

#include <clientele/clientele.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace cl = clientele;
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  const cl::parse_result r = cl::parse_profile(text);
  if (!r) {
    if (r.error().message.empty() || r.error().position > size) {
      std::abort();
    }
    return 0;
  }
  const cl::profile& p = *r;
  const cl::parse_result again = cl::parse_profile(cl::to_string(p));
  if (!again || *again != p) {
    std::abort();
  }
  for (const cl::violation& v : cl::validate(p)) {
    if (v.message.empty() || v.message != cl::message_of(v.rule)) {
      std::abort();
    }
  }
  static_cast<void>(std::hash<cl::profile>{}(p));
  return 0;
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// libFuzzer target for parse_profile: any input either parses to a profile
// that prints back to a text which parses to the same profile, or fails with
// a message and a position inside the input. The generic parser of the
// library's catalogue, parse_profile_of<catalogue>, reaches the same verdict.
// validate() and hashing never fail on a parsed profile.

#include <clientele/clientele.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace cl = clientele;
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  const cl::parse_result r = cl::parse_profile(text);
  cl::parse_error generic_error{};
  const std::optional<cl::profile> generic = cl::parse_profile_of<cl::catalogue>(text, &generic_error);
  if (!r) {
    if (r.error().message.empty() || r.error().position > size || generic ||
        generic_error.message != r.error().message ||
        generic_error.position != r.error().position) {
      std::abort();
    }
    return 0;
  }
  const cl::profile& p = *r;
  if (!generic || *generic != p) {
    std::abort();
  }
  const std::string text_of_p = cl::to_string(p);
  const cl::parse_result again = cl::parse_profile(text_of_p);
  if (!again || *again != p || cl::to_string(*again) != text_of_p) {
    std::abort();
  }
  for (const cl::violation& v : cl::validate(p)) {
    if (v.message.empty() || v.message != cl::message_of(v.rule)) {
      std::abort();
    }
  }
  if (std::hash<cl::profile>{}(p) != std::hash<cl::profile>{}(*again)) {
    std::abort();
  }
  // Leaving out the defaults is idempotent and keeps what the terms promise.
  const cl::profile c = cl::canonical(p);
  if (cl::canonical(c) != c || cl::billing_terms_from(c) != cl::billing_terms_from(p) ||
      cl::support_terms_from(c) != cl::support_terms_from(p)) {
    std::abort();
  }
  return 0;
}

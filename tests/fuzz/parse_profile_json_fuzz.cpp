// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// libFuzzer target for the JSON documents of <clientele/ext/json.hpp>: any
// input is refused with a message or read as a profile; a profile read
// writes a document that reads back to it, agrees with the text form, and
// the throwing conversion agrees with the non-throwing one.

#include <clientele/clientele.hpp>
#include <clientele/ext/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace cl = clientele;
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  const cl::json_profile_result r = cl::parse_profile_json(text);
  if (!r) {
    if (r.error().message.empty() || r.error().position > size) {
      std::abort();
    }
    if (r.error().what != cl::json_error::kind::syntax) {
      // A document that is JSON but not a profile: from_json throws the same.
      const nlohmann::json j = nlohmann::json::parse(text);
      try {
        (void)j.get<cl::profile>();
        std::abort();
      } catch (const nlohmann::json::exception& e) {
        if (std::string_view{e.what()}.find(r.error().message) == std::string_view::npos) {
          std::abort();
        }
      }
    }
    return 0;
  }
  const cl::profile& p = *r;
  const nlohmann::json j = p;
  const cl::json_profile_result again = cl::parse_profile_json(j.dump());
  if (!again || *again != p || nlohmann::json(*again) != j) {
    std::abort();
  }
  // The text form holds the same profile, where its values are valid.
  if (cl::validate(p).empty()) {
    const cl::parse_result t = cl::parse_profile(cl::to_string(p));
    if (!t || *t != p) {
      std::abort();
    }
  }
  const cl::billing_terms b = cl::billing_terms_from(p);
  const cl::support_terms s = cl::support_terms_from(p);
  if (nlohmann::json(b).get<cl::billing_terms>() != b ||
      nlohmann::json(s).get<cl::support_terms>() != s) {
    std::abort();
  }
  return 0;
}

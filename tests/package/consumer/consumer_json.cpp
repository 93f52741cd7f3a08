// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A consumer of the component json alone: a profile to JSON and back.

#include <clientele/clientele.hpp>
#include <clientele/ext/json.hpp>

#include <cstdio>
#include <string>

namespace cl = clientele;

int main() {
  const cl::profile p = cl::profile_of<cl::relationship<
      cl::duration::ongoing, cl::billing::recurring<cl::period::monthly>,
      cl::agreement::service_contract>>;
  const nlohmann::json j = p;
  const cl::json_profile_result back = cl::parse_profile_json(j.dump());
  const bool ok = j.at("billing") == "recurring" && back && *back == p;
  std::printf("clientele json: %s\n", ok ? (j.dump() + " read back").c_str() : "UNEXPECTED DOCUMENT");
  return ok ? 0 : 1;
}

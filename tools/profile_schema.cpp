// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Writes the JSON Schema of a profile's document, generated from the
// catalogue by clientele::profile_json_schema(), to the file named by its
// argument (the build installs it as share/clientele/profile.schema.json).

#include <clientele/ext/json.hpp>

#include <cstdio>
#include <fstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: profile_schema <output file>\n");
    return 2;
  }
  std::ofstream out{argv[1]};
  out << clientele::profile_json_schema().dump(2) << '\n';
  out.close();
  if (!out) {
    std::fprintf(stderr, "profile_schema: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}

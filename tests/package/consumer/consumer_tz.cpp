// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A consumer of the component tz alone: finds a named zone in the system's
// time-zone database.

#include <clientele/clientele.hpp>
#include <clientele/ext/tz.hpp>

#include <cstdio>

int main() {
  const auto zone = clientele::tz::locate_zone("Europe/Berlin");
  const bool ok = zone.has_value() && zone->name() == "Europe/Berlin";
  std::printf("clientele tz: %s\n", ok ? "Europe/Berlin found" : "Europe/Berlin NOT FOUND");
  return ok ? 0 : 1;
}

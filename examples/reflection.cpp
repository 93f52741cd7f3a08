// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Walking a relationship type with Boost.Hana: print every dimension and
// policy, every derived property, and every tension of a few relationships.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>
#include <clientele/ext/hana.hpp>

#include <fmt/format.h>


namespace cl = clientele;
namespace hana = boost::hana;

//! [print]
template <cl::Relationship R>
void print(std::string_view title) {
  fmt::print("{}\n", title);
  hana::for_each(cl::dimension_policies_c<R>, [](auto pair) {
    using dimension = typename decltype(+hana::first(pair))::type;
    using policy = typename decltype(+hana::second(pair))::type;
    fmt::print("  {}: {}\n", dimension::name, cl::policy_name_v<policy>);
  });
  hana::for_each(cl::all_properties_c, [](auto property) {
    using P = typename decltype(property)::type;
    if constexpr (cl::derivable_v<R, P>) {
      // A property's value prints by name; a yes-or-no one as yes or no.
      const auto value = cl::derived_v<R, P>;
      if constexpr (std::is_same_v<decltype(value), const bool>) {
        fmt::print("  {} = {}\n", P::name, value ? "yes" : "no");
      } else {
        fmt::print("  {} = {}\n", P::name, value);
      }
    }
  });
  hana::for_each(cl::tensions_c<R>, [](auto tension) {
    fmt::print("  tension: {}\n", decltype(tension)::type::name);
  });
}
//! [print]

int main() {
  print<cl::client>("client (preset)");
  print<cl::customer>("customer (preset)");
  // A client relationship served through a support desk: legal, but a tension.
  print<cl::client::with<cl::support::support_desk>>("client with a support desk");
  return 0;
}

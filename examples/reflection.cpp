// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Walking a relationship type with Boost.Hana: print every dimension and
// policy, every derived property, and every tension of a few relationships.

#include <clientele/clientele.hpp>
#include <clientele/ext/hana.hpp>

#include <iostream>

namespace cl = clientele;
namespace hana = boost::hana;

//! [print]
template <cl::Relationship R>
void print(std::string_view title) {
  std::cout << title << '\n';
  hana::for_each(cl::dimension_policies_c<R>, [](auto pair) {
    using dimension = typename decltype(+hana::first(pair))::type;
    using policy = typename decltype(+hana::second(pair))::type;
    std::cout << "  " << dimension::name << ": " << cl::policy_name_v<policy> << '\n';
  });
  hana::for_each(cl::all_properties_c, [](auto property) {
    using P = typename decltype(property)::type;
    if constexpr (cl::derivable_v<R, P>) {
      const auto value = cl::derived_v<R, P>;
      if constexpr (std::is_same_v<decltype(value), const bool>) {
        std::cout << "  " << P::name << " = " << (value ? "yes" : "no") << '\n';
      } else {
        std::cout << "  " << P::name << " = " << cl::name_of(value) << '\n';
      }
    }
  });
  hana::for_each(cl::tensions_c<R>, [](auto tension) {
    std::cout << "  tension: " << decltype(tension)::type::name << '\n';
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

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A consumer of the component hana alone: counts a relationship's policies
// with Boost.Hana.

#include <clientele/clientele.hpp>
#include <clientele/ext/hana.hpp>

#include <boost/hana/length.hpp>

#include <cstddef>
#include <cstdio>

namespace cl = clientele;
namespace hana = boost::hana;

using retainer = cl::relationship<cl::offering::professional_service, cl::duration::ongoing,
                                  cl::billing::retainer<cl::period::quarterly>,
                                  cl::agreement::service_contract>;

int main() {
  constexpr std::size_t count = decltype(hana::length(cl::policies_c<retainer>))::value;
  static_assert(count == 4);
  std::printf("clientele hana: %zu policies, as expected\n", count);
  return 0;
}

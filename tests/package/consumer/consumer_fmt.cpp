// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A consumer of the component fmt alone: prints a profile and an invoice date
// with {fmt} and checks the text.

#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <chrono>
#include <cstdio>
#include <string>

namespace cl = clientele;

int main() {
  const cl::profile p = cl::profile_of<cl::relationship<
      cl::duration::ongoing, cl::billing::recurring<cl::period::monthly>,
      cl::agreement::service_contract>>;
  const std::chrono::year_month_day start{std::chrono::year{2024}, std::chrono::January,
                                          std::chrono::day{31}};
  const auto next = cl::next_invoice_date(cl::billing_terms_from(p), start, start);
  const std::string text = fmt::format("{} next invoice {}", p, next);
  const bool ok = text == cl::to_string(p) + " next invoice 2024-01-31";
  fmt::print("clientele fmt: {}\n", ok ? "formats as expected" : "UNEXPECTED TEXT: " + text);
  return ok ? 0 : 1;
}

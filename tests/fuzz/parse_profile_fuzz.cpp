// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// libFuzzer target for parse_profile, invoice schedules and first-response
// deadlines.
//
// Any input either parses to a profile that prints back to a text which
// parses to the same profile (with the same hash and the same verdict of
// validate), or fails with a message and a position inside the input. The
// generic parser of the library's catalogue, parse_profile_of<catalogue>,
// reaches the same verdict.
//
// The profile's billing terms then give a schedule from a start date drawn
// from the input (the first and last days of the calendar among them):
// invoice dates strictly increase, indexing, lower_bound and next_invoice
// agree with iteration, and an empty schedule has no invoice anywhere. Its
// support terms give deadlines from an instant drawn from the input (the
// first and last seconds of the calendar among them): a deadline is never
// before the ticket nor past the calendar, time_remaining at the deadline is
// zero, and a response at the deadline is on time.

#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace cl = clientele;
using std::chrono::days;
using std::chrono::seconds;
using std::chrono::sys_days;
using std::chrono::sys_seconds;
using std::chrono::year_month_day;

void require(bool ok) {
  if (!ok) {
    std::abort();
  }
}

// A number drawn from the input: FNV-1a of its bytes.
std::uint64_t draw(std::string_view text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : text) {
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return h;
}

constexpr year_month_day first_day{std::chrono::year::min(), std::chrono::January,
                                   std::chrono::day{1}};
constexpr year_month_day last_day{std::chrono::year::max(), std::chrono::December,
                                  std::chrono::day{31}};

// A date from `n`: one of the calendar's ends, a month's end, or any day.
year_month_day date_from(std::uint64_t n) {
  const std::int64_t first = sys_days{first_day}.time_since_epoch().count();
  const std::int64_t last = sys_days{last_day}.time_since_epoch().count();
  switch (n % 8) {
    case 0: return first_day;
    case 1: return last_day;
    case 2: return sys_days{days{first + static_cast<std::int64_t>((n >> 3) % 4000)}};
    case 3: return sys_days{days{last - static_cast<std::int64_t>((n >> 3) % 4000)}};
    case 4: return std::chrono::year{2000 + static_cast<int>((n >> 3) % 40)} /
                   std::chrono::month{static_cast<unsigned>((n >> 9) % 12 + 1)} /
                   std::chrono::last;
    default:
      return sys_days{days{first + static_cast<std::int64_t>((n >> 3) % static_cast<std::uint64_t>(
                                                                 last - first + 1))}};
  }
}

void check_schedule(const cl::billing_terms& terms, year_month_day start, year_month_day query) {
  const cl::invoice_schedule s = cl::invoice_dates(terms, start);
  require(s.empty() == (s.begin() == s.end()));
  if (s.empty()) {
    require(!s[0].ok() && !s[1].ok() && !s.front().ok());
    require(s.lower_bound(query) == s.end());
    require(!cl::next_invoice(terms, start, query));
    return;
  }
  // Iteration, indexing and lower_bound agree, dates strictly increasing.
  auto it = s.begin();
  std::ptrdiff_t k = 0;
  year_month_day previous{};
  for (; k < 48 && it != s.end(); ++k, ++it) {
    const year_month_day d = *it;
    require(d.ok() && it.index() == k && s[k] == d);
    require(k == 0 || previous < d);
    const auto lb = s.lower_bound(d);
    require(lb.index() == k && *lb == d);
    const cl::schedule_result<cl::invoice> next = cl::next_invoice(terms, start, d);
    require(next.has_value() && next->date == d && next->service == it.service());
    if (k > 0) {
      const year_month_day before{sys_days{d} - days{1}};
      require(s.lower_bound(before).index() == (before > previous ? k : k - 1));
    }
    previous = d;
  }
  if (it == s.end()) {
    // The end: found past the last invoice, and one step back is the last.
    if (previous != last_day) {
      const year_month_day after{sys_days{previous} + days{1}};
      auto end = s.lower_bound(after);
      require(end == s.end() && end.index() == k);
      --end;
      require(*end == previous);
      require(!cl::next_invoice(terms, start, after));
    }
    auto back = s.begin() + k;
    require(back == s.end());
    --back;
    require(*back == previous);
  }
  // A date drawn from the input.
  const auto lb = s.lower_bound(query);
  const cl::schedule_result<cl::invoice> next = cl::next_invoice(terms, start, query);
  if (lb == s.end()) {
    require(!next && (next.error() == cl::schedule_error::after_last_invoice ||
                      next.error() == cl::schedule_error::beyond_calendar));
    require(lb.index() == 0 || s[lb.index() - 1] < query);
  } else {
    require(*lb >= query && (lb.index() == 0 || s[lb.index() - 1] < query));
    require(next.has_value() && next->date == *lb && next->service == lb.service());
  }
}

void check_deadlines(const cl::support_terms& terms, sys_seconds created) {
  constexpr std::int64_t end = 253402300800;  // 10000-01-01T00:00:00Z
  for (const cl::priority level :
       {cl::priority::urgent, cl::priority::high, cl::priority::normal, cl::priority::low}) {
    const cl::deadline_result<sys_seconds> due = cl::first_response_due(terms, level, created);
    if (!due) {
      continue;
    }
    require(*due >= created && due->time_since_epoch().count() < end);
    require(cl::time_remaining(terms, level, created, *due) == seconds{0});
    require(cl::is_late(terms, level, created, *due) == false);
    if (due->time_since_epoch().count() + 1 < end) {
      require(cl::is_late(terms, level, created, *due + seconds{1}) == true);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
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
  if (!again || *again != p || cl::to_string(*again) != text_of_p ||
      cl::broken_rules(*again) != cl::broken_rules(p)) {
    std::abort();
  }
  // Each violation says its rule's text (a malformed calendar adds what
  // exactly is wrong after it).
  for (const cl::violation& v : cl::validate(p)) {
    const std::string_view rule_text = cl::message_of(v.rule);
    if (rule_text.empty() || v.message.substr(0, rule_text.size()) != rule_text ||
        (v.rule != cl::consistency_rule::business_calendar_in_range && v.message != rule_text)) {
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
  const std::uint64_t n = draw(text);
  if (cl::get<cl::terms::period>(p).has_value()) {
    check_schedule(cl::billing_terms_from(p), date_from(n), date_from(n >> 20));
  }
  if (cl::get<cl::dimensions::support>(p).has_value()) {
    const std::int64_t first = -62135596800;  // 0001-01-01T00:00:00Z
    const std::int64_t last = 253402300799;   // 9999-12-31T23:59:59Z
    const std::uint64_t m = (n * 0x9E3779B97F4A7C15ULL) ^ (n >> 29);
    const std::int64_t t = m % 4 == 0   ? first
                           : m % 4 == 1 ? last - static_cast<std::int64_t>((m >> 2) % 100000)
                                        : first + static_cast<std::int64_t>(
                                                      (m >> 2) % static_cast<std::uint64_t>(
                                                                     last - first + 1));
    check_deadlines(cl::support_terms_from(p), sys_seconds{seconds{t}});
  }
  return 0;
}

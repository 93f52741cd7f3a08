// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// parse_profile allocates nothing on the heap when it succeeds, with or
// without terms; registry lookups allocate nothing either. Counted by
// replacing the global operator new of this test program (every test in it
// goes through the counter; only these read it).

#include <clientele/catalogue/period.hpp>
#include <clientele/catalogue/profile_terms.hpp>
#include <clientele/runtime/registry.hpp>
#include <clientele/runtime/text.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace {
std::atomic<std::size_t> allocations{0};

void* counted(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) {
    return p;
  }
#if defined(__cpp_exceptions)
  throw std::bad_alloc{};
#else
  std::abort();
#endif
}
}  // namespace

// Every replaceable form that the aligned ones do not cover: a form left to
// the library would pair its allocation with these deallocations (and a
// sanitizer would say so).
void* operator new(std::size_t n) { return counted(n); }
void* operator new[](std::size_t n) { return counted(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace cl = clientele;

namespace {

// Heap allocations made by f.
template <class F>
std::size_t allocations_of(F f) {
  const std::size_t before = allocations.load();
  f();
  return allocations.load() - before;
}

template <class T, class... Fs>
void hold(cl::profile& p, const T& terms, cl::type_list<Fs...>) {
  ((cl::get<Fs>(p) = Fs::get(terms)), ...);
}

}  // namespace

TEST_CASE("parse_profile allocates nothing when it succeeds", "[text][allocation]") {
  using subscription = cl::relationship<cl::duration::ongoing, cl::offering::standard_service,
                                        cl::billing::recurring<cl::period::quarterly>,
                                        cl::support::dedicated_team, cl::party::business,
                                        cl::agreement::service_contract>;
  cl::profile with_terms = cl::profile_of<subscription>;
  hold(with_terms, cl::billing_terms_from(with_terms),
       typename cl::field_partition<cl::dimensions::billing::terms>::wide{});
  hold(with_terms, cl::support_terms_from(with_terms),
       typename cl::field_partition<cl::dimensions::support::terms>::wide{});
  get<cl::terms::offset>(with_terms) = std::chrono::days{-3};
  const std::vector<std::string> texts = {
      "{}",
      cl::to_string(cl::profile_of<subscription>),
      "  { billing = retainer , period = 2_weeks , duration=ongoing }  ",
      cl::to_string(with_terms),
  };
  for (const std::string& text : texts) {
    INFO(text);
    bool ok = false;
    CHECK(allocations_of([&] {
            const cl::parse_result r = cl::parse_profile(std::string_view{text});
            ok = static_cast<bool>(r);
          }) == 0);
    CHECK(ok);
  }
  // A text that does not parse has a message, which may allocate.
  CHECK_FALSE(cl::parse_profile("{billing=sometimes}"));
}

TEST_CASE("registry lookups allocate nothing", "[registry][allocation]") {
  using walk_in = cl::relationship<cl::duration::one_time, cl::offering::goods>;
  using retainer = cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                                    cl::billing::retainer<cl::period::monthly>,
                                    cl::agreement::service_contract>;
  using accounts = cl::registry<cl::named<"walk_in", walk_in>, cl::named<"law_firm_retainer", retainer>>;
  std::size_t found = 0;
  CHECK(allocations_of([&] {
          found += accounts::find("law_firm_retainer");
          found += accounts::find(cl::profile_of<walk_in>);
          found += accounts::find("nobody");
          const auto r = accounts::dispatch("walk_in", [](auto) { return 1; });
          found += r ? static_cast<std::size_t>(*r) : 0;
        }) == 0);
  CHECK(found == 1 + 0 + 2 + 1);
}

// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// clientele::result: a value or an error, as a regular value type; reading
// the wrong one writes a message and aborts (checked in a child process).
// Builds with -fno-exceptions: no test relies on a throw.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <concepts>
#include <csignal>
#include <cstdio>
#include <string>
#include <type_traits>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#define CLIENTELE_TEST_CAN_FORK 1
#endif

namespace cl = clientele;

namespace {

struct code_error {
  int code = 0;
  friend constexpr bool operator==(const code_error&, const code_error&) = default;
};

using counted_result = cl::result<std::string, cl::dispatch_error>;

// Counts the objects alive, to check that a result destroys what it holds,
// once, whatever it is assigned.
struct tracked {
  static inline int alive = 0;
  int value;
  explicit tracked(int v) : value{v} { ++alive; }
  tracked(const tracked& other) : value{other.value} { ++alive; }
  tracked(tracked&& other) noexcept : value{other.value} { ++alive; }
  tracked& operator=(const tracked&) = default;
  tracked& operator=(tracked&&) noexcept = default;
  ~tracked() { --alive; }
};

struct immovable {
  explicit immovable(int v) : value{v} {}
  immovable(const immovable&) = delete;
  immovable& operator=(const immovable&) = delete;
  int value;
};

// --- static tests ---------------------------------------------------------

static_assert(std::regular<cl::parse_result>);
static_assert(std::regular<cl::dispatch_result<int>>);
static_assert(std::regular<cl::dispatch_result<void>>);
static_assert(std::regular<cl::result<std::string, std::string>>);
static_assert(std::is_nothrow_move_constructible_v<cl::parse_result>);
static_assert(!std::is_convertible_v<cl::profile, cl::parse_result>);  // explicit
static_assert(!std::is_convertible_v<cl::parse_result, bool>);       // explicit
static_assert(!std::is_copy_constructible_v<cl::result<immovable, code_error>>);
static_assert(!std::is_default_constructible_v<cl::result<immovable, code_error>>);
static_assert(std::is_same_v<cl::parse_result::value_type, cl::profile>);
static_assert(std::is_same_v<cl::parse_result::error_type, cl::parse_error>);

// Usable in constant expressions.
static_assert(*cl::result<int, code_error>{std::in_place, 3} == 3);
static_assert(cl::result<int, code_error>{code_error{7}}.error().code == 7);
static_assert(cl::result<int, code_error>{code_error{7}}.value_or(5) == 5);
static_assert(!cl::result<void, code_error>{cl::in_place_error, 1}.has_value());
static_assert(cl::result<int, code_error>{4} == cl::result<int, code_error>{4});
static_assert(cl::result<int, code_error>{4} != cl::result<int, code_error>{code_error{4}});

#if CLIENTELE_TEST_CAN_FORK
struct death {
  bool aborted = false;
  std::string stderr_text;
};

// Runs f in a child process with its standard error captured: whether it
// ended by SIGABRT (with the default action), and what it wrote.
template <class F>
death run_in_child(F f) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    std::signal(SIGABRT, SIG_DFL);  // not the test framework's handler
    ::dup2(fds[1], 2);
    ::close(fds[0]);
    ::close(fds[1]);
    f();
    ::_exit(0);
  }
  ::close(fds[1]);
  death out;
  char buffer[512];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) {
    out.stderr_text.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  out.aborted = WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
  return out;
}
#endif

}  // namespace

TEST_CASE("result: a value or an error", "[result]") {
  const cl::result<std::string, code_error> ok{std::string{"kept"}};
  CHECK(ok);
  CHECK(ok.has_value());
  CHECK(*ok == "kept");
  CHECK(ok->size() == 4);
  CHECK(ok.value_or("other") == "kept");

  const cl::result<std::string, code_error> bad{code_error{3}};
  CHECK_FALSE(bad);
  CHECK_FALSE(bad.has_value());
  CHECK(bad.error().code == 3);
  CHECK(bad.value_or("other") == "other");

  cl::result<std::string, code_error> moved{std::string(100, 'm')};
  CHECK(std::move(moved).value_or("") == std::string(100, 'm'));
  cl::result<std::string, code_error> taken{std::string(100, 't')};
  const std::string out = *std::move(taken);
  CHECK(out == std::string(100, 't'));
}

TEST_CASE("result: a value and an error of the same type are told apart by tags", "[result]") {
  using both = cl::result<std::string, std::string>;
  const both v{std::in_place, "value"};
  const both e{cl::in_place_error, "error"};
  CHECK(*v == "value");
  CHECK(e.error() == "error");
  CHECK(v != e);
  CHECK(both{std::in_place, std::size_t{3}, 'x'} == both{std::in_place, "xxx"});
}

TEST_CASE("result: an error built in place from its members", "[result]") {
  const cl::dispatch_result<int> r{cl::in_place_error, "no type"};
  REQUIRE_FALSE(r);
  CHECK(r.error().message == "no type");
  const cl::parse_result p{cl::in_place_error, "bad", std::size_t{4}};
  CHECK(p.error() == cl::parse_error{"bad", 4});
  const cl::result<immovable, code_error> pinned{std::in_place, 9};
  CHECK(pinned->value == 9);
}

TEST_CASE("result: results compare by what they hold", "[result]") {
  using r = counted_result;
  CHECK(r{std::string{"a"}} == r{std::string{"a"}});
  CHECK(r{std::string{"a"}} != r{std::string{"b"}});
  CHECK(r{cl::dispatch_error{"a"}} == r{cl::dispatch_error{"a"}});
  CHECK(r{cl::dispatch_error{"a"}} != r{std::string{"a"}});
  CHECK(cl::dispatch_result<void>{} == cl::dispatch_result<void>{});
  CHECK(cl::dispatch_result<void>{} != cl::dispatch_result<void>{cl::dispatch_error{}});
  CHECK(cl::parse_profile("{}") == cl::parse_result{cl::profile{}});
  CHECK(cl::parse_profile("{") != cl::parse_profile("{}"));
}

TEST_CASE("result: copies, moves and assignments keep every object alive exactly once", "[result]") {
  using r = cl::result<tracked, std::string>;
  {
    r value{tracked{1}};
    r error{std::string{"e"}};
    CHECK(tracked::alive == 1);
    r copy = value;
    CHECK(tracked::alive == 2);
    copy = error;  // value to error
    CHECK(tracked::alive == 1);
    CHECK(copy.error() == "e");
    copy = value;  // error to value
    CHECK(tracked::alive == 2);
    CHECK(copy->value == 1);
    copy = r{tracked{5}};  // value to value, moved
    CHECK(copy->value == 5);
    CHECK(tracked::alive == 2);
    error = std::move(copy);  // error to value, moved
    CHECK(error->value == 5);
    const r& same = error;
    error = same;  // self-assignment is harmless
    CHECK(error->value == 5);
    r moved{std::move(value)};
    CHECK(moved->value == 1);
    CHECK(tracked::alive == 4);  // copy and value keep their moved-from objects
  }
  CHECK(tracked::alive == 0);

  cl::dispatch_result<void> v;
  const cl::dispatch_result<void> e{cl::dispatch_error{"why"}};
  v = e;
  CHECK(v.error().message == "why");
  v = cl::dispatch_result<void>{};
  CHECK(v);
}

TEST_CASE("result: parse_result and dispatch_result are results", "[result]") {
  const cl::parse_result ok = cl::parse_profile("{duration=ongoing}");
  REQUIRE(ok);
  CHECK(cl::get<cl::dimensions::duration>(*ok) == cl::duration_kind::ongoing);
  const cl::parse_result bad = cl::parse_profile("{x");
  REQUIRE_FALSE(bad);
  CHECK(bad.value_or(cl::profile_of<cl::customer>) == cl::profile_of<cl::customer>);
  const cl::dispatch_result<void> none{cl::dispatch_error{"none"}};
  CHECK_FALSE(none);
}

#if CLIENTELE_TEST_CAN_FORK
TEST_CASE("result: reading the value of an error writes why and aborts", "[result]") {
  SECTION("operator* of a failed parse") {
    const death d = run_in_child([] {
      const cl::parse_result r = cl::parse_profile("{x");
      static_cast<void>(*r);
    });
    CHECK(d.aborted);
    CHECK(d.stderr_text.find("clientele: contract violation: the value of a clientele::result "
                             "was read, but the result holds an error") == 0);
    CHECK(d.stderr_text.find("It holds the error: unknown key 'x'") != std::string::npos);
  }
  SECTION("operator-> of a failed dispatch") {
    const death d = run_in_child([] {
      const cl::dispatch_result<std::string> r{cl::dispatch_error{"no type 'x'"}};
      static_cast<void>(r->size());
    });
    CHECK(d.aborted);
    CHECK(d.stderr_text.find("It holds the error: no type 'x'\n") != std::string::npos);
  }
  SECTION("an error without a message") {
    const death d = run_in_child([] {
      cl::result<int, code_error> r{code_error{1}};
      static_cast<void>(*std::move(r));
    });
    CHECK(d.aborted);
    CHECK(d.stderr_text.find("holds an error; test it first (if (r) ...).\n") != std::string::npos);
  }
}

TEST_CASE("result: reading the error of a value writes why and aborts", "[result]") {
  SECTION("error() of a profile") {
    const death d = run_in_child([] { static_cast<void>(cl::parse_profile("{}").error()); });
    CHECK(d.aborted);
    CHECK(d.stderr_text == "clientele: contract violation: the error of a clientele::result was "
                           "read, but the result holds a value; test it first (if (!r) ...).\n");
  }
  SECTION("error() of a dispatch that returned nothing") {
    const death d = run_in_child([] {
      const cl::dispatch_result<void> r;
      static_cast<void>(r.error());
    });
    CHECK(d.aborted);
    CHECK(d.stderr_text.find("holds a value") != std::string::npos);
  }
  SECTION("a correct read does not abort") {
    const death d = run_in_child([] { static_cast<void>(*cl::parse_profile("{}")); });
    CHECK_FALSE(d.aborted);
    CHECK(d.stderr_text.empty());
  }
}
#endif

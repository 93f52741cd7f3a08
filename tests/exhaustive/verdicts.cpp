// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The compile-time and run-time verdicts agree on every combination of the
// dimensions the consistency rules read: billing (with every named period,
// and two periods only a count and a unit name), duration, offering and
// agreement, each also unspecified. For each
// combination the compile-time side is computed from the policy types (the
// verdict the compiler reaches for relationship<...>) and the run-time side
// from a profile built from enum values, checked by validate(). Where the
// combination compiles, the relationship type's profile and tensions must
// equal the run-time ones too.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <array>
#include <tuple>
#include <utility>

namespace cl = clientele;

namespace {

template <class... Ts>
using tl = cl::type_list<Ts...>;

// Every named period, and two that only a count and a unit name.
using period_types =
    tl<cl::period::daily, cl::period::weekly, cl::period::biweekly, cl::period::thirty_days,
       cl::period::monthly, cl::period::quarterly, cl::period::semiannual, cl::period::annual,
       cl::period::biennial, cl::period::every<3, cl::period_unit::week>,
       cl::period::every<cl::billing_period::max_count, cl::period_unit::day>>;

template <class Periods>
struct billings_of;
template <class... Periods>
struct billings_of<tl<Periods...>> {
  // Unspecified, the two billings without a period, then recurring and
  // retainer billing with each period.
  using type = std::tuple<tl<>, tl<cl::billing::per_transaction>, tl<cl::billing::milestone>,
                          tl<cl::billing::recurring<Periods>>..., tl<cl::billing::retainer<Periods>>...>;
  static constexpr std::array<cl::billing_period, sizeof...(Periods)> values{Periods::value...};
};

using billings = billings_of<period_types>::type;
constexpr auto periods = billings_of<period_types>::values;
using durations = std::tuple<tl<>, tl<cl::duration::one_time>, tl<cl::duration::repeat>,
                             tl<cl::duration::ongoing>>;
using offerings = std::tuple<tl<>, tl<cl::offering::goods>, tl<cl::offering::standard_service>,
                             tl<cl::offering::professional_service>>;
using agreements = std::tuple<tl<>, tl<cl::agreement::none>, tl<cl::agreement::terms_of_sale>,
                              tl<cl::agreement::service_contract>>;

constexpr std::size_t nb = std::tuple_size_v<billings>;
constexpr std::size_t nd = std::tuple_size_v<durations>;
constexpr std::size_t no = std::tuple_size_v<offerings>;
constexpr std::size_t na = std::tuple_size_v<agreements>;
constexpr std::size_t combinations = nb * nd * no * na;

template <class... Ls>
struct join;
template <class... A, class... B, class... C, class... D>
struct join<tl<A...>, tl<B...>, tl<C...>, tl<D...>> {
  using type = tl<A..., B..., C..., D...>;
};

template <std::size_t I>
using policies_at = typename join<std::tuple_element_t<I % nb, billings>,
                                  std::tuple_element_t<(I / nb) % nd, durations>,
                                  std::tuple_element_t<(I / (nb * nd)) % no, offerings>,
                                  std::tuple_element_t<I / (nb * nd * no), agreements>>::type;

struct compile_time {
  std::uint32_t broken = 0;
  bool compiled = false;
  cl::profile profile{};  // of the relationship type, where it compiles
  cl::tension_set tensions = 0;
};

template <class... Ps>
constexpr compile_time verdict(tl<Ps...>) {
  compile_time out{};
  out.broken = cl::broken_rules_v<Ps...>;
  if constexpr (cl::broken_rules_v<Ps...> == 0) {
    using R = cl::relationship<Ps...>;
    out.compiled = true;
    out.profile = cl::profile_of<R>;
    out.tensions = cl::tension_set_v<R>;
  }
  return out;
}

template <std::size_t... Is>
constexpr std::array<compile_time, sizeof...(Is)> all_verdicts(std::index_sequence<Is...>) {
  return {verdict(policies_at<Is>{})...};
}

constexpr auto verdicts = all_verdicts(std::make_index_sequence<combinations>{});

// The same combination, built at run time from enum values.
cl::profile runtime_profile(std::size_t i) {
  cl::profile p{};
  const std::size_t b = i % nb;
  const std::size_t d = (i / nb) % nd;
  const std::size_t o = (i / (nb * nd)) % no;
  const std::size_t a = i / (nb * nd * no);
  if (b == 1) {
    get<cl::dimensions::billing>(p) = cl::billing_mode::per_transaction;
  } else if (b == 2) {
    get<cl::dimensions::billing>(p) = cl::billing_mode::milestone;
  } else if (b >= 3) {
    get<cl::dimensions::billing>(p) =
        b < 3 + periods.size() ? cl::billing_mode::recurring : cl::billing_mode::retainer;
    get<cl::terms::period>(p) = periods[(b - 3) % periods.size()];
  }
  if (d != 0) {
    get<cl::dimensions::duration>(p) = static_cast<cl::duration_kind>(d - 1);
  }
  if (o != 0) {
    get<cl::dimensions::offering>(p) = static_cast<cl::offering_kind>(o - 1);
  }
  if (a != 0) {
    get<cl::dimensions::agreement>(p) = static_cast<cl::agreement_kind>(a - 1);
  }
  return p;
}

}  // namespace

TEST_CASE("compile-time and run-time verdicts agree on every combination", "[verdicts]") {
  std::size_t compiled = 0;
  for (std::size_t i = 0; i < combinations; ++i) {
    const cl::profile p = runtime_profile(i);
    std::uint32_t runtime_broken = 0;
    for (const cl::violation& v : cl::validate(p)) {
      runtime_broken |= std::uint32_t{1} << static_cast<unsigned>(v.rule);
      CHECK(v.message == cl::message_of(v.rule));
    }
    INFO("combination " << i << ": " << cl::to_string(p));
    CHECK(verdicts[i].broken == runtime_broken);
    CHECK(verdicts[i].compiled == (runtime_broken == 0));
    if (verdicts[i].compiled) {
      ++compiled;
      CHECK(verdicts[i].profile == p);
      CHECK(verdicts[i].tensions == cl::tensions_of(p));
    }
  }
  // (3 + 2 * 11) billings * 4 durations * 4 offerings * 4 agreements. With
  // the four periods of 0.1, there were (3 + 2 * 4) * 64 = 704.
  CHECK(combinations == 1600);
  // Each rule is broken somewhere, and many combinations compile.
  CHECK(compiled > 100);
  CHECK(compiled < combinations);
}

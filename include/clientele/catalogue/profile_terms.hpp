// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief The terms of a profile read whole: its billing terms and support
/// terms, each term the profile holds or else the default of its billing
/// mode or support tier (`billing_terms_from`, `support_terms_from`), and the
/// profile with every default left out (`canonical`).

#ifndef CLIENTELE_CATALOGUE_PROFILE_TERMS_HPP
#define CLIENTELE_CATALOGUE_PROFILE_TERMS_HPP

#include <clientele/catalogue/profile.hpp>

#include <cstdint>

namespace clientele {

/// @cond CLIENTELE_DETAIL
namespace detail {

template <class Terms, class C, class... Ts>
constexpr void take_terms(Terms& t, const basic_profile<C>& p, type_list<Ts...>) noexcept {
  ((get<Ts>(p).has_value() ? Ts::set(t, *get<Ts>(p)) : void()), ...);
}

template <class Terms, class C, class... Ts>
constexpr void drop_defaults(basic_profile<C>& p, const Terms& defaults, type_list<Ts...>) noexcept {
  ((get<Ts>(p) == Ts::get(defaults) ? get<Ts>(p).reset() : void()), ...);
}

template <class D>
using wide_terms_t = typename field_partition<typename D::terms>::wide;

}  // namespace detail
/// @endcond

/// @brief The billing terms of profile @p p: its billing mode's defaults
/// (`default_billing_terms`) with its period, overridden by every billing
/// term the profile holds. A profile without a period gets a monthly one.
template <class C>
[[nodiscard]] constexpr billing_terms billing_terms_from(const basic_profile<C>& p) noexcept {
  billing_terms t = default_billing_terms(get<dimensions::billing>(p).value_or(billing_mode{}),
                                          get<terms::period>(p).value_or(billing_period::monthly));
  detail::take_terms(t, p, detail::wide_terms_t<dimensions::billing>{});
  return t;
}

/// @brief The support terms of profile @p p: its tier's defaults
/// (`support_terms_for`; none when the tier is unspecified), overridden by
/// every support term the profile holds.
template <class C>
[[nodiscard]] constexpr support_terms support_terms_from(const basic_profile<C>& p) noexcept {
  const maybe<support_tier> tier = get<dimensions::support>(p);
  support_terms t = tier.has_value() ? support_terms_for(*tier) : support_terms{};
  detail::take_terms(t, p, detail::wide_terms_t<dimensions::support>{});
  return t;
}

/// @brief @p p with every term that equals its default (the billing mode's,
/// the support tier's) left unspecified: the form `profile_of` gives, so that
/// `canonical(p) == canonical(q)` exactly when @p p and @p q promise the same
/// terms. A term whose dimension is unspecified is kept.
template <class C>
[[nodiscard]] constexpr basic_profile<C> canonical(basic_profile<C> p) noexcept {
  if (const maybe<billing_mode> mode = get<dimensions::billing>(p); mode.has_value()) {
    detail::drop_defaults(p, default_billing_terms(*mode),
                          detail::wide_terms_t<dimensions::billing>{});
  }
  if (const maybe<support_tier> tier = get<dimensions::support>(p); tier.has_value()) {
    detail::drop_defaults(p, support_terms_for(*tier),
                          detail::wide_terms_t<dimensions::support>{});
  }
  return p;
}

namespace error {

/// @brief Raised by the hash of a profile with a term `F` that is held as it
/// is (not a `PackedField`) and has no `hash`.
///
/// What it means and how to fix it: @ref diag_term_has_no_hash "A term without a hash".
template <class F>
struct term_has_no_hash {
  static_assert(detail::always_false<F>,
                "clientele: this term is held in the profile as it is (it is not a PackedField), "
                "and the profile's hash cannot read it. Give the term's tag 'static constexpr "
                "std::uint64_t hash(const value_type&) noexcept', equal for equal values.");
};

}  // namespace error

/// @cond CLIENTELE_DETAIL
namespace detail {

// The hash of a profile, read as a sequence of 64-bit words: the packed
// code, then for each term held outside it the term's position and its
// value's words. Each word is absorbed by `mix`, which XORs it into the state
// and runs MurmurHash3's 64-bit finaliser over the result: for a given state
// the step is a bijection of the word, and for a given word a bijection of
// the state. So two profiles that differ in one word never collide, and
// profiles that differ in which terms they hold, or in more than one word,
// collide only as two random 64-bit values do (unlike a combining step such
// as `h ^= v + c + (h << 6) + (h >> 2)`, under which a timing and an offset, or
// a set of charges and an offset, gave equal hashes).
struct term_hasher {
  std::uint64_t h = 0x243f6a8885a308d3ULL;  // the first digits of pi: any odd start would do
  constexpr void mix(std::uint64_t v) noexcept {
    std::uint64_t x = h ^ v;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    h = x;
  }
  constexpr void add(invoice_timing v) noexcept { mix(static_cast<std::uint64_t>(v)); }
  constexpr void add(designated_contact v) noexcept { mix(static_cast<std::uint64_t>(v)); }
  constexpr void add(std::chrono::days v) noexcept {
    mix(static_cast<std::uint64_t>(v.count()));
  }
  constexpr void add(const free_trial& v) noexcept {
    mix(v.count);
    mix(v.count == 0 ? 0 : static_cast<std::uint64_t>(v.unit));
  }
  constexpr void add(const contract_term& v) noexcept {
    mix(v.periods);
    mix(v.periods == 0 ? 0 : static_cast<std::uint64_t>(v.at_end));
  }
  constexpr void add(const billing_anchor& v) noexcept {
    mix(static_cast<std::uint64_t>(v.kind));
    mix(v.kind == anchor_kind::cycle_day ? v.day : 0);
    mix(v.kind == anchor_kind::date ? static_cast<std::uint64_t>(
                                          std::chrono::sys_days{v.date}.time_since_epoch().count())
                                    : 0);
  }
  constexpr void add(const billing_alignment& v) noexcept {
    mix(static_cast<std::uint64_t>(v.rule));
    mix(v.rule == alignment_rule::calendar ? v.week_start.c_encoding() : 0);
  }
  constexpr void add(const charge_set& v) noexcept { mix(v.bits()); }
  constexpr void add(const channel_set& v) noexcept { mix(v.bits()); }
  constexpr void add(const first_response_targets& v) noexcept {
    for (const response_target& r : {v.urgent, v.high, v.normal, v.low}) {
      mix(static_cast<std::uint64_t>(r.time.count()));
      mix(static_cast<std::uint64_t>(r.clock));
    }
  }
  constexpr void add(const weekly_hours& v) noexcept {
    mix(v.valid() ? 1 : 0);
    for (unsigned d = 0; d < 7; ++d) {
      for (const open_interval& i : v.on(std::chrono::weekday{d})) {
        mix(static_cast<std::uint64_t>(i.from.count()) * 7 + d);
        mix(static_cast<std::uint64_t>(i.to.count()));
      }
    }
  }
  constexpr void add(const time_zone& v) noexcept {
    mix(static_cast<std::uint64_t>(v.kind()));
    mix(v.valid() ? 1 : 0);
    mix(static_cast<std::uint64_t>(v.offset().count()));
    for (const char c : v.name()) {
      mix(static_cast<unsigned char>(c));
    }
  }
  constexpr void add(const holiday_list& v) noexcept {
    mix(v.valid() ? 1 : 0);
    for (std::size_t i = 0; i < v.size(); ++i) {
      mix(static_cast<std::uint64_t>(v[i].time_since_epoch().count()));
    }
  }
};

// The hash of the value of term F: the field's own `hash` when it has one,
// the library's for the library's terms.
template <class F>
constexpr void hash_term(term_hasher& t, const typename F::value_type& v) noexcept {
  if constexpr (requires { std::uint64_t{F::hash(v)}; }) {
    t.mix(F::hash(v));
  } else if constexpr (requires { t.add(v); }) {
    t.add(v);
  } else {
    static_assert(sizeof(error::term_has_no_hash<F>) != 0);
  }
}

template <class C, class... Fs>
constexpr std::uint64_t profile_hash(const basic_profile<C>& p, std::uint64_t seed,
                                     type_list<Fs...>) noexcept {
  term_hasher t;
  t.h ^= seed * 0x9e3779b97f4a7c15ULL;
  t.mix(encode(p));
  std::uint64_t field = 0;
  ((++field, get<Fs>(p).has_value() ? (t.mix(field), hash_term<Fs>(t, *get<Fs>(p))) : void()),
   ...);
  return t.h;
}

// The hash of profile p: its packed code and every term held beside it.
// Equal profiles hash alike; see term_hasher for what else it promises.
// Another `seed` gives another function of the same quality.
template <class C>
constexpr std::uint64_t profile_hash(const basic_profile<C>& p, std::uint64_t seed = 0) noexcept {
  return profile_hash(p, seed, wide_fields_t<C>{});
}

}  // namespace detail
/// @endcond

}  // namespace clientele

#endif  // CLIENTELE_CATALOGUE_PROFILE_TERMS_HPP

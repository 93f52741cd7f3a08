// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Dispatch from run time to compile time: a registry of named
/// relationship types that maps a stored name, or a stored profile, back to
/// its type and calls a generic function with it.
/// @snippet accounts.cpp registry

#ifndef CLIENTELE_REGISTRY_HPP
#define CLIENTELE_REGISTRY_HPP

#include <clientele/framework/fixed_string.hpp>
#include <clientele/detail/meta.hpp>
#include <clientele/detail/quote.hpp>
#include <clientele/catalogue/profile_terms.hpp>
#include <clientele/relationship.hpp>
#include <clientele/runtime/result.hpp>
#include <clientele/runtime/text.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace clientele {

namespace detail {

// --- What this header takes from the core --------------------------------
// The one use of the core's internals: the hash by which the registry finds
// profiles. Equal profiles must have equal hashes; every match is confirmed
// with profile's `==`. Otherwise the registry uses public names only:
// `profile`, `profile_of<R>`, `Relationship` and `to_string`.
// The key is the profile's hash (std::hash<profile>'s, started from `seed`):
// its packed code and every term held beside it, of a canonical profile.
[[nodiscard]] constexpr std::uint64_t profile_key(const profile& p,
                                                  std::uint64_t seed = 0) noexcept {
  return profile_hash(p, seed);
}

// Bytes [at, at + n) of s, n <= 8, as a little-endian number: one load at
// run time on a little-endian machine, a loop in a constant expression.
constexpr std::uint64_t read_le(std::string_view s, std::size_t at, std::size_t n) noexcept {
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
    if (n == 8) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + at, 8);
      return w;
    }
    if (n == 4) {
      std::uint32_t w = 0;
      std::memcpy(&w, s.data() + at, 4);
      return w;
    }
  }
  const char* const p = s.data() + at;
  std::uint64_t w = 0;
  for (std::size_t i = n; i-- > 0;) {
    w = (w << 8) | static_cast<unsigned char>(p[i]);
  }
  return w;
}

// A name as two words and its length: for a name of up to 16 bytes the two
// words hold every byte (two overlapping loads of 8 bytes, of 4, or three
// bytes), so equal words and lengths mean equal names; for a longer name,
// the bytes between the first 8 and the last 8 are compared apart.
struct name_key {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};

constexpr name_key key_of(std::string_view s) noexcept {
  const std::size_t n = s.size();
  if (n >= 8) {
    return {read_le(s, 0, 8), read_le(s, n - 8, 8)};
  }
  if (n >= 4) {
    return {read_le(s, 0, 4), read_le(s, n - 4, 4)};
  }
  if (n > 0) {
    return {read_le(s, 0, 1) | (read_le(s, n / 2, 1) << 8) | (read_le(s, n - 1, 1) << 16), 0};
  }
  return {};
}

// The hash of a name from its key and length (and, past 16 bytes, every
// 8 bytes between): each word absorbed with a multiplication, then the high
// half folded into the low. `seed` picks another function of the family,
// for the rare set of names where two share a hash.
constexpr std::uint64_t name_hash(std::string_view s, const name_key& k,
                                  std::uint64_t seed) noexcept {
  std::uint64_t h = (seed * 0xd6e8feb86659fd93ULL) ^ (s.size() * 0x9e3779b97f4a7c15ULL);
  h = (h ^ k.first) * 0xbf58476d1ce4e5b9ULL;
  h = ((h ^ (h >> 29)) ^ k.last) * 0x94d049bb133111ebULL;
  for (std::size_t at = 8; at + 8 < s.size(); at += 8) {
    h = ((h ^ (h >> 29)) ^ read_le(s, at, 8)) * 0xbf58476d1ce4e5b9ULL;
  }
  return h ^ (h >> 32);
}

constexpr std::uint64_t name_hash(std::string_view s, std::uint64_t seed = 0) noexcept {
  return name_hash(s, key_of(s), seed);
}

// A slot of a registry's table of names: the key and length of the name
// whose hash leads there, and its entry (`size` and a length no name has in
// an empty slot).
struct name_slot {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  std::uint32_t length = 0xffffffffU;
  std::uint32_t index = 0;
};

}  // namespace detail

/// @brief The name of a registry entry as a template argument: a string
/// literal of `N` characters, the terminating null included.
///
/// It is `clientele::fixed_string<N - 1>` (from
/// `<clientele/framework/fixed_string.hpp>`), the library's one string type
/// usable as a template argument. To take a name as a template argument of
/// your own, write `template <clientele::fixed_string Name>`: Clang before
/// version 19 does not deduce through an alias.
template <std::size_t N>
using fixed_name = fixed_string<N - 1>;

/// @brief An entry of a registry: relationship type `R`, stored as `Name`.
template <fixed_string Name, Relationship R>
struct named {
  /// The relationship type.
  using type = R;
  /// The name it is stored under.
  static constexpr std::string_view name = Name.view();
  /// @cond CLIENTELE_DETAIL
  static constexpr std::uint64_t hash = detail::name_hash(name);
  static constexpr std::uint64_t profile_hash = detail::profile_key(profile_of<R>);
  /// @endcond
};

/// @brief Why a dispatch found no relationship type.
struct dispatch_error {
  /// @brief What was looked up and why nothing matched. A name is quoted as
  /// `parse_profile` quotes its input: printable ASCII as it is, other bytes
  /// as `\xNN`, at most 40 bytes followed by `...`.
  std::string message;

  /// Equal when the messages are.
  friend bool operator==(const dispatch_error&, const dispatch_error&) = default;
};

/// @brief What a dispatch returns: what the generic function returned (nothing
/// when it returns `void`), or the reason no relationship type was found.
template <class T>
using dispatch_result = result<T, dispatch_error>;

namespace error {

/// @brief Raised by a registry without entries.
///
/// What it means and how to fix it: @ref diag_registry_has_no_entry "A registry without entries".
template <class... Entries>
struct registry_has_no_entry {
  static_assert(detail::always_false<Entries...>,
                "clientele: this registry has no entry. List the relationship types it "
                "dispatches to: registry<named<\"name\", R>, ...>.");
};

/// @brief Raised by a registry given an entry that is not `named<Name, R>`.
///
/// What it means and how to fix it: @ref diag_registry_entry_is_not_named "A registry given a relationship type without its name".
template <class Entry>
struct registry_entry_is_not_named {
  static_assert(detail::always_false<Entry>,
                "clientele: every registry entry must be clientele::named<\"name\", R>, the "
                "relationship type R with the name it is stored under; this error names the "
                "entry that is not. Write named<\"its name\", R> for it.");
};

/// @brief Raised by a registry given two entries with the same name; names both.
///
/// What it means and how to fix it: @ref diag_registry_name_given_twice "A registry with two entries of the same name".
template <class First, class Second>
struct registry_name_given_twice {
  static_assert(detail::always_false<First, Second>,
                "clientele: two entries of this registry have the same name; a stored name "
                "must lead to one relationship type. This error names both entries: rename "
                "one of them.");
};

/// @brief Raised by a registry given two entries with the same profile; names both.
///
/// What it means and how to fix it: @ref diag_registry_profile_given_twice "A registry with two types of one profile".
template <class First, class Second>
struct registry_profile_given_twice {
  static_assert(detail::always_false<First, Second>,
                "clientele: two entries of this registry have the same profile, so dispatch "
                "by profile could not tell them apart (they may differ only in their kind "
                "rule). This error names both entries: keep one, or make their policies "
                "differ.");
};

/// @brief Raised by `registry::dispatch` given a function that cannot take
/// the type of the entry named.
///
/// What it means and how to fix it: @ref diag_dispatch_function_is_not_callable_with "dispatch given a function that cannot take every registered type".
template <class Entry>
struct dispatch_function_is_not_callable_with {
  static_assert(detail::always_false<Entry>,
                "clientele: registry::dispatch calls the function with std::type_identity<R>{} "
                "for every registered type R, and this function cannot be called with the "
                "type of the entry this error names. Accept every registered type, e.g. "
                "[](auto type) { using R = typename decltype(type)::type; ... }.");
};

/// @brief Raised by `registry::dispatch` given a function that returns
/// different types for two entries; names both entries and both types.
///
/// What it means and how to fix it: @ref diag_dispatch_function_returns_different_types "dispatch given a function that returns different types".
template <class First, class FirstResult, class Other, class OtherResult>
struct dispatch_function_returns_different_types {
  static_assert(detail::always_false<First, FirstResult, Other, OtherResult>,
                "clientele: the function given to registry::dispatch must return one type "
                "for every registered type; this error names two entries and what it returns "
                "for each. Convert the results to one type, e.g. with an explicit return "
                "type.");
};

/// @brief Raised by `registry::dispatch` given a function that returns a
/// reference.
///
/// What it means and how to fix it: @ref diag_dispatch_function_returns_a_reference "dispatch given a function that returns a reference".
template <class Entry, class Result>
struct dispatch_function_returns_a_reference {
  static_assert(detail::always_false<Entry, Result>,
                "clientele: the function given to registry::dispatch returns a reference, and "
                "a dispatch_result holds values only. Return by value, or return a pointer or "
                "a std::reference_wrapper.");
};

/// @brief Raised by `registry::dispatch(nullptr, f)`.
///
/// What it means and how to fix it: @ref diag_dispatch_name_is_a_null_pointer "dispatch given nullptr as the name".
template <class F>
struct dispatch_name_is_a_null_pointer {
  static_assert(detail::always_false<F>,
                "clientele: registry::dispatch was given nullptr as the name to look up. Pass "
                "the name: a std::string_view, a std::string or a null-terminated string.");
};

}  // namespace error

namespace detail {

// --- the entries -----------------------------------------------------------
// Read through these, so that an entry that is not named<> is reported once
// and breaks nothing else.

template <class T>
inline constexpr bool is_named = false;
template <clientele::fixed_string Name, class R>
inline constexpr bool is_named<named<Name, R>> = true;

template <class E>
inline constexpr std::string_view entry_name = {};
template <clientele::fixed_string Name, class R>
inline constexpr std::string_view entry_name<named<Name, R>> = named<Name, R>::name;

template <class E>
inline constexpr std::uint64_t entry_hash = 0;
template <clientele::fixed_string Name, class R>
inline constexpr std::uint64_t entry_hash<named<Name, R>> = named<Name, R>::hash;

// The hash of an entry's profile (0 for an entry that is not named<>: it is
// reported, and nothing is looked up).
template <class E>
inline constexpr std::uint64_t entry_profile_hash = 0;
template <clientele::fixed_string Name, class R>
inline constexpr std::uint64_t entry_profile_hash<named<Name, R>> = named<Name, R>::profile_hash;

template <class E>
constexpr profile entry_profile() noexcept {
  if constexpr (is_named<E>) {
    return profile_of<typename E::type>;
  } else {
    return profile{};
  }
}

// The type at position I of Ts: for naming entries in errors only.
template <std::size_t I, class... Ts>
using nth_t = typename type_at<I, type_list<Ts...>>::type;

// The position of the first false element, or N: a loop, where a fold
// expression over a thousand entries would exceed Clang's nesting limit.
template <std::size_t N>
constexpr std::size_t first_false(const std::array<bool, N>& xs) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (!xs[i]) {
      return i;
    }
  }
  return N;
}

// --- a perfect hash, built at compile time ------------------------------
// Hash and displace (as in CHD and PTHash): the N keys' 64-bit hashes fall
// into about N / 4 buckets by their high bits; the buckets, largest first,
// each get the smallest "pilot" that sends every key of the bucket to a free
// slot of a table of at least 1.25 N slots (a power of two). A lookup is one
// hash, one pilot and one slot: constant time, whatever it is given, and one
// comparison (`==` on the name or the profile) confirms the match.
//
// Keys with equal hashes are compared while the buckets are filled: equal
// keys are a duplicate, reported as the first two entries found (first <
// second); distinct keys with equal hashes (a 64-bit collision) make the
// builder start again with another seed of the hash function. The work is
// linear in N, in steps that fit the constant-evaluation limits of GCC and
// Clang for ten thousand entries (the hashes of the first seed are computed
// once per entry, outside this evaluation).
template <std::size_t N>
struct perfect_hash {
  static constexpr std::size_t bucket_count = N / 4 + 1;
  static constexpr int slot_bits =
      std::bit_width(N + N / 4) < 1 ? 1 : static_cast<int>(std::bit_width(N + N / 4));
  static constexpr std::size_t slot_count = std::size_t{1} << slot_bits;
  static constexpr std::uint32_t empty = static_cast<std::uint32_t>(N);

  std::uint64_t seed = 0;
  std::array<std::uint16_t, bucket_count> pilot{};
  std::array<std::uint32_t, slot_count> slot{};
  bool unique = true;
  std::size_t first = 0;
  std::size_t second = 0;

  static constexpr std::size_t bucket_of(std::uint64_t h) noexcept {
    return static_cast<std::size_t>(((h >> 32) * bucket_count) >> 32);
  }
  static constexpr std::size_t slot_of(std::uint64_t h, std::uint64_t pilot) noexcept {
    return static_cast<std::size_t>(((h ^ (pilot * 0x9e3779b97f4a7c15ULL)) * 0xd6e8feb86659fd93ULL) >>
                                    (64 - slot_bits));
  }
  // The entry whose key has hash h, if any: N when there is none.
  constexpr std::size_t at(std::uint64_t h) const noexcept {
    return slot[slot_of(h, pilot[bucket_of(h)])];
  }
};

// Builds the perfect hash of N keys from their hashes under seed 0;
// `rehash(i, seed)` gives key i's hash under another seed, `same(i, j)`
// whether keys i and j are equal. Written with built-in arrays and pointers:
// a call of std::array's operator[] is several steps of Clang's budget for a
// constant expression, a built-in subscript is none.
template <std::size_t N, class Rehash, class Same>
constexpr perfect_hash<N> build_perfect_hash(const std::array<std::uint64_t, N>& first_hashes,
                                             Rehash rehash, Same same) {
  using table = perfect_hash<N>;
  constexpr std::size_t B = table::bucket_count;
  constexpr std::size_t M = table::slot_count;
  constexpr int shift = 64 - table::slot_bits;
  std::uint64_t h[N + 1] = {};
  for (std::size_t i = 0; i < N; ++i) {
    h[i] = first_hashes[i];
  }
  for (std::uint64_t seed = 0;; ++seed) {
    table t{};
    t.seed = seed;
    if (seed != 0) {
      for (std::size_t i = 0; i < N; ++i) {
        h[i] = rehash(i, seed);
      }
    }
    // The keys bucket by bucket (a counting sort): bucket b holds
    // members[start[b]] to members[start[b + 1]].
    std::size_t bucket[N + 1] = {};
    std::size_t start[B + 1] = {};
    for (std::size_t i = 0; i < N; ++i) {
      bucket[i] = static_cast<std::size_t>(((h[i] >> 32) * B) >> 32);
      ++start[bucket[i] + 1];
    }
    std::size_t largest = 0;
    for (std::size_t b = 0; b < B; ++b) {
      largest = start[b + 1] > largest ? start[b + 1] : largest;
      start[b + 1] += start[b];
    }
    std::size_t members[N + 1] = {};
    {
      std::size_t fill[B + 1] = {};
      for (std::size_t i = 0; i < N; ++i) {
        members[start[bucket[i]] + fill[bucket[i]]++] = i;
      }
    }
    // Equal hashes share a bucket: a duplicate, or a collision of the hash.
    // Members of a bucket are in increasing order, so y < x means i < j.
    bool collision = false;
    for (std::size_t b = 0; b < B && t.unique && !collision; ++b) {
      for (std::size_t x = start[b] + 1; x < start[b + 1] && t.unique && !collision; ++x) {
        for (std::size_t y = start[b]; y < x; ++y) {
          if (h[members[y]] != h[members[x]]) {
            continue;
          }
          if (same(members[y], members[x])) {
            t.unique = false;
            t.first = members[y];
            t.second = members[x];
          } else {
            collision = true;
          }
          break;
        }
      }
    }
    std::uint32_t* const slot = t.slot.data();
    for (std::size_t s = 0; s < M; ++s) {
      slot[s] = table::empty;
    }
    if (!t.unique) {
      return t;
    }
    if (collision) {
      continue;
    }
    // The buckets by size, largest first (a counting sort by size).
    std::size_t order[B + 1] = {};
    {
      std::size_t at_size[N + 2] = {};
      for (std::size_t b = 0; b < B; ++b) {
        ++at_size[largest - (start[b + 1] - start[b]) + 1];
      }
      for (std::size_t k = 1; k <= largest + 1; ++k) {
        at_size[k] += at_size[k - 1];
      }
      for (std::size_t b = 0; b < B; ++b) {
        order[at_size[largest - (start[b + 1] - start[b])]++] = b;
      }
    }
    std::uint16_t* const pilots = t.pilot.data();
    std::size_t tried[16] = {};
    bool placed_all = true;
    for (std::size_t k = 0; k < B && placed_all; ++k) {
      const std::size_t b = order[k];
      const std::size_t from = start[b];
      const std::size_t count = start[b + 1] - from;
      if (count == 0) {
        break;  // the empty buckets come last
      }
      if (count > 16) {
        placed_all = false;  // a bucket of more than 16 keys (most unlikely): another seed
        break;
      }
      bool placed = false;
      for (std::uint64_t pilot = 0; pilot < 65536 && !placed; ++pilot) {
        const std::uint64_t p = pilot * 0x9e3779b97f4a7c15ULL;
        placed = true;
        for (std::size_t x = 0; x < count && placed; ++x) {
          const std::size_t s =
              static_cast<std::size_t>(((h[members[from + x]] ^ p) * 0xd6e8feb86659fd93ULL) >> shift);
          placed = slot[s] == table::empty;
          for (std::size_t y = 0; y < x && placed; ++y) {
            placed = tried[y] != s;
          }
          tried[x] = s;
        }
        if (placed) {
          pilots[b] = static_cast<std::uint16_t>(pilot);
          for (std::size_t x = 0; x < count; ++x) {
            slot[tried[x]] = static_cast<std::uint32_t>(members[from + x]);
          }
        }
      }
      placed_all = placed;
    }
    if (placed_all) {
      return t;
    }
  }
}

// --- the registry's verdict -----------------------------------------------
// Each check runs only when those before it passed, so a registry gets one
// error at most.

enum class registry_problem { none, no_entry, entry_not_named, name_twice, profile_twice };

struct registry_verdict {
  registry_problem problem = registry_problem::none;
  std::size_t first = 0;
  std::size_t second = 0;
};

template <class Names, class Profiles>
constexpr registry_verdict judge(std::size_t size, std::size_t not_named, const Names& names,
                                 const Profiles& profiles) noexcept {
  if (size == 0) {
    return {registry_problem::no_entry};
  }
  if (not_named < size) {
    return {registry_problem::entry_not_named, not_named};
  }
  if (!names.unique) {
    return {registry_problem::name_twice, names.first, names.second};
  }
  if (!profiles.unique) {
    return {registry_problem::profile_twice, profiles.first, profiles.second};
  }
  return {};
}

struct registry_ok {};

template <registry_problem P, std::size_t I, std::size_t J, class... Es>
struct registry_report {
  using type = registry_ok;
};
template <std::size_t I, std::size_t J, class... Es>
struct registry_report<registry_problem::no_entry, I, J, Es...> {
  using type = error::registry_has_no_entry<Es...>;
};
template <std::size_t I, std::size_t J, class... Es>
struct registry_report<registry_problem::entry_not_named, I, J, Es...> {
  using type = error::registry_entry_is_not_named<nth_t<I, Es...>>;
};
template <std::size_t I, std::size_t J, class... Es>
struct registry_report<registry_problem::name_twice, I, J, Es...> {
  using type = error::registry_name_given_twice<nth_t<I, Es...>, nth_t<J, Es...>>;
};
template <std::size_t I, std::size_t J, class... Es>
struct registry_report<registry_problem::profile_twice, I, J, Es...> {
  using type = error::registry_profile_given_twice<nth_t<I, Es...>, nth_t<J, Es...>>;
};

// --- the function given to dispatch ---------------------------------------
// L is the function's type without reference; it is called as an lvalue.

template <class L, class R>
concept callable_with_type = requires(L& f) { f(std::type_identity<R>{}); };

template <class L, class R>
using call_result_t = decltype(std::declval<L&>()(std::type_identity<R>{}));

template <class First, class...>
struct first_of {
  using type = First;
};

// Each check gives the result type of dispatch, whether f passed (ok), and
// the type whose instantiation reports what failed (report), instantiated in
// the body of dispatch: the return type stays well-formed, so the library's
// message is the only error.

// What dispatch returns while an error about f is reported: the result of
// the first entry where f can take it, so that the caller's code adds no
// errors of its own.
template <bool Callable, class L, class E>
struct stand_in {
  using type = result<void, dispatch_error>;
};
template <class L, class E>
struct stand_in<true, L, E> {
  using type = result<std::remove_cvref_t<call_result_t<L, typename E::type>>, dispatch_error>;
};
template <class L, class... Es>
using stand_in_t =
    typename stand_in<callable_with_type<L, typename first_of<Es...>::type::type>, L,
                      typename first_of<Es...>::type>::type;

// The result type, once f was found callable with every type and returning
// one type: a reference is refused.
template <class L, class E, class T>
struct dispatch_value {
  using type = result<std::remove_cv_t<T>, dispatch_error>;
  using report = registry_ok;
  static constexpr bool ok = true;
};
template <class L, class E, class T>
  requires std::is_reference_v<T>
struct dispatch_value<L, E, T> {
  using type = result<std::remove_cvref_t<T>, dispatch_error>;
  using report = error::dispatch_function_returns_a_reference<E, T>;
  static constexpr bool ok = false;
};

// Whether f returns one type for every entry.
template <std::size_t Other, std::size_t N, class L, class... Es>
struct dispatch_same {
  using type = stand_in_t<L, Es...>;
  using report = error::dispatch_function_returns_different_types<
      typename first_of<Es...>::type,
      call_result_t<L, typename first_of<Es...>::type::type>, nth_t<Other, Es...>,
      call_result_t<L, typename nth_t<Other, Es...>::type>>;
  static constexpr bool ok = false;
};
template <std::size_t N, class L, class... Es>
struct dispatch_same<N, N, L, Es...>
    : dispatch_value<L, typename first_of<Es...>::type,
                     call_result_t<L, typename first_of<Es...>::type::type>> {};

// Whether f can be called with every entry's type.
template <std::size_t Bad, std::size_t N, class L, class... Es>
struct dispatch_callable {
  using type = stand_in_t<L, Es...>;
  using report = error::dispatch_function_is_not_callable_with<nth_t<Bad, Es...>>;
  static constexpr bool ok = false;
};
template <std::size_t N, class L, class... Es>
struct dispatch_callable<N, N, L, Es...>
    : dispatch_same<first_false<N>({std::is_same_v<
                        call_result_t<L, typename Es::type>,
                        call_result_t<L, typename first_of<Es...>::type::type>>...}),
                    N, L, Es...> {};

// The checks of f, run only for a registry whose entries are all named<>
// (one that is not has reported why already).
template <bool Usable, class L, class... Es>
struct dispatch_check {
  using type = result<void, dispatch_error>;
  using report = registry_ok;
  static constexpr bool ok = false;
};
template <class L, class... Es>
struct dispatch_check<true, L, Es...>
    : dispatch_callable<first_false<sizeof...(Es)>({callable_with_type<L, typename Es::type>...}),
                        sizeof...(Es), L, Es...> {};

// Calls f with relationship type R and holds what it returns, built in
// place: a function per registered type, outside the registry so that its
// name does not spell the whole registry.
template <class Result, class R, class L>
Result invoke_with(L& f) {
  if constexpr (std::is_void_v<typename Result::value_type>) {
    f(std::type_identity<R>{});
    return Result{};
  } else {
    return Result{from_call_t{}, f, std::type_identity<R>{}};
  }
}

}  // namespace detail

/// @brief A registry of named relationship types, declared once:
/// `registry<named<"law_firm_retainer", R1>, named<"walk_in_customer", R2>>`.
///
/// `dispatch(name, f)` and `dispatch(profile, f)` find the type `R` and call
/// `f(std::type_identity<R>{})`. Lookup by name goes through a perfect hash
/// of the registered names, computed at compile time, then compares the name
/// itself; lookup by profile goes through a perfect hash of the registered
/// profiles, then compares the profile itself, so it never finds a type whose
/// profile differs from the one given. Both take constant time whatever they
/// are given: no stored text can make a lookup walk a chain of collisions.
///
/// *Mandates:* there is at least one entry; every entry is a
/// `named<Name, R>`; no two entries share a name; no two entries share a
/// profile (two types that differ only in their kind rule do). Each
/// violation is a compile-time error (see the Diagnostics page).
template <class... Entries>
class registry {
 public:
  /// The number of registered types.
  static constexpr std::size_t size = sizeof...(Entries);

 private:
  static constexpr std::array<std::string_view, size> names_{detail::entry_name<Entries>...};
  static constexpr detail::perfect_hash<size> name_index_ = detail::build_perfect_hash<size>(
      {detail::entry_hash<Entries>...},
      [](std::size_t i, std::uint64_t seed) { return detail::name_hash(names_[i], seed); },
      [](std::size_t a, std::size_t b) { return names_[a] == names_[b]; });
  // The names in the order of the table's slots, so that a lookup reads one
  // slot and compares words, without a second load.
  static constexpr auto name_slots_ = [] {
    std::array<detail::name_slot, detail::perfect_hash<size>::slot_count> out{};
    const std::uint32_t* const slot = name_index_.slot.data();
    detail::name_slot* const o = out.data();
    for (std::size_t s = 0; s < out.size(); ++s) {
      o[s].index = slot[s];
      if (slot[s] < size) {
        const std::string_view n = names_[slot[s]];
        const detail::name_key k = detail::key_of(n);
        o[s].first = k.first;
        o[s].last = k.last;
        o[s].length = static_cast<std::uint32_t>(n.size());
      }
    }
    return out;
  }();
  static constexpr std::array<profile, size> profiles_{detail::entry_profile<Entries>()...};
  static constexpr detail::perfect_hash<size> profile_index_ = detail::build_perfect_hash<size>(
      {detail::entry_profile_hash<Entries>...},
      [](std::size_t i, std::uint64_t seed) { return detail::profile_key(profiles_[i], seed); },
      [](std::size_t a, std::size_t b) { return profiles_[a] == profiles_[b]; });
  static constexpr detail::registry_verdict verdict_ =
      detail::judge(size, detail::first_false<size>({detail::is_named<Entries>...}), name_index_,
                    profile_index_);
  static constexpr typename detail::registry_report<verdict_.problem, verdict_.first,
                                                    verdict_.second, Entries...>::type checked_{};
  static constexpr bool valid_ = verdict_.problem == detail::registry_problem::none;
  // Whether every entry is a named<>: then the function given to dispatch is
  // checked (and its result type found) even in a registry with a duplicate.
  static constexpr bool usable_ = verdict_.problem != detail::registry_problem::no_entry &&
                                  verdict_.problem != detail::registry_problem::entry_not_named;

  template <class F>
  using check_ = detail::dispatch_check<usable_, std::remove_reference_t<F>, Entries...>;

  template <class L>
  static typename check_<L>::type call(std::size_t i, L& f) {
    using out = typename check_<L>::type;
    if constexpr (!valid_ || !check_<L>::ok) {
      // Not reached: a registry or a function that fails a check does not compile.
      return out{in_place_error, "clientele: this dispatch does not compile"};
    } else {
      using fn = out (*)(L&);
      static constexpr fn table[] = {&detail::invoke_with<out, typename Entries::type, L>...};
      return table[i](f);
    }
  }

  static std::string registered() {
    std::string out;
    std::size_t shown = 0;
    for (const std::string_view n : names_) {
      if (shown == 8) {
        out += ", ...";
        break;
      }
      out += shown++ == 0 ? "" : ", ";
      out += n;
    }
    return out;
  }

  template <class L>
  static typename check_<L>::type by_name(std::string_view name, L& f) {
    const std::size_t i = find(name);
    if (i == size) {
      return typename check_<L>::type{in_place_error,
                                      "no relationship type is registered as " +
                                          detail::quote(name) + "; registered names: " +
                                          registered()};
    }
    return call(i, f);
  }

 public:
  /// @brief *Returns:* the position of the type stored as @p name, or `size`
  /// when there is none. *Complexity:* constant: a perfect hash of the
  /// registered names, computed at compile time, then one comparison of
  /// @p name with the name found.
  [[nodiscard]] static constexpr std::size_t find(std::string_view name) noexcept {
    const detail::name_key k = detail::key_of(name);
    const std::uint64_t h = detail::name_hash(name, k, name_index_.seed);
    const detail::name_slot& e = name_slots_[name_index_.slot_of(h, name_index_.pilot[name_index_.bucket_of(h)])];
    if (e.first != k.first || e.last != k.last || e.length != name.size()) {
      return size;
    }
    // Up to 16 bytes the words hold the whole name; past that, the middle.
    return name.size() <= 16 ||
                   names_[e.index].substr(8, name.size() - 16) == name.substr(8, name.size() - 16)
               ? e.index
               : size;
  }

  /// @brief *Returns:* `size` when @p name is null, else `find(std::string_view{name})`.
  [[nodiscard]] static constexpr std::size_t find(const char* name) noexcept {
    return name == nullptr ? size : find(std::string_view{name});
  }

  /// @brief *Returns:* the position of the type whose profile promises what
  /// @p p does (terms equal to their defaults count as unspecified, as in
  /// `canonical`), or `size` when there is none. *Complexity:* constant: a
  /// perfect hash of the registered profiles, computed at compile time, then
  /// one comparison of the profile found with `canonical(p)`.
  [[nodiscard]] static constexpr std::size_t find(const profile& p) noexcept {
    const profile q = canonical(p);
    const std::size_t i = profile_index_.at(detail::profile_key(q, profile_index_.seed));
    return i < size && profiles_[i] == q ? i : size;
  }

  /// @brief *Returns:* the name the type at position @p i is stored as
  /// (empty for a position past the end).
  [[nodiscard]] static constexpr std::string_view name_at(std::size_t i) noexcept {
    return i < size ? names_[i] : std::string_view{};
  }

  /// @brief *Returns:* the profile of the type at position @p i, terms
  /// included (an empty profile for a position past the end).
  [[nodiscard]] static constexpr profile profile_at(std::size_t i) noexcept {
    return i < size ? profiles_[i] : profile{};
  }

  /// @brief *Effects:* calls `f(std::type_identity<R>{})` with the type `R`
  /// stored as @p name.
  ///
  /// *Mandates:* `f` can be called with the type of every entry, returns
  /// one type for all of them, and that type is not a reference. It need
  /// be neither default-constructible nor movable: the result holds it in place.
  /// @returns what `f` returned, or a `dispatch_error` quoting the unknown
  /// name and listing the registered ones.
  template <class F>
  static typename check_<F>::type dispatch(std::string_view name, F&& f) {
    static_cast<void>(typename check_<F>::report{});
    return by_name(name, f);
  }

  /// @brief As `dispatch(std::string_view, F&&)`, for a null-terminated @p name.
  /// @returns a `dispatch_error` when @p name is null.
  template <class F>
  static typename check_<F>::type dispatch(const char* name, F&& f) {
    static_cast<void>(typename check_<F>::report{});
    if (name == nullptr) {
      return typename check_<F>::type{
          in_place_error, "no relationship type can be looked up: the name is a null pointer"};
    }
    return by_name(std::string_view{name}, f);
  }

  /// @brief Does not compile (`error::dispatch_name_is_a_null_pointer`):
  /// `nullptr` is no name.
  template <class F>
  static typename check_<F>::type dispatch(std::nullptr_t, F&&) {
    static_cast<void>(error::dispatch_name_is_a_null_pointer<F>{});
    return typename check_<F>::type{in_place_error, "the name is a null pointer"};
  }

  /// @brief *Effects:* calls `f(std::type_identity<R>{})` with the
  /// registered type `R` whose profile is @p p.
  ///
  /// *Mandates:* as for dispatch by name.
  /// @returns what `f` returned, or a `dispatch_error` showing @p p in its
  /// text form when no registered type has that profile.
  template <class F>
  static typename check_<F>::type dispatch(const profile& p, F&& f) {
    static_cast<void>(typename check_<F>::report{});
    const std::size_t i = find(p);
    if (i == size) {
      return typename check_<F>::type{
          in_place_error, "no registered relationship type has the profile " + to_string(p)};
    }
    return call(i, f);
  }
};

}  // namespace clientele

#endif  // CLIENTELE_REGISTRY_HPP

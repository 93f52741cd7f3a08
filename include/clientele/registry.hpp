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

#include <clientele/relationship.hpp>
#include <clientele/result.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace clientele {

/// @brief A name given as a template argument, such as `"law_firm_retainer"`.
template <std::size_t N>
struct fixed_name {
  /// The characters, with the terminating null.
  char data[N]{};
  /// From a string literal.
  constexpr fixed_name(const char (&text)[N]) noexcept {  // NOLINT: implicit by design
    for (std::size_t i = 0; i < N; ++i) {
      data[i] = text[i];
    }
  }
  /// The name, without the terminating null.
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N - 1}; }
};

namespace detail {

// FNV-1a: the registry finds a name by its hash, so that it sorts numbers,
// not strings, at compile time.
constexpr std::uint64_t name_hash(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : s) {
    h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  return h;
}

}  // namespace detail

/// @brief An entry of a registry: relationship type `R`, stored as `Name`.
template <fixed_name Name, Relationship R>
struct named {
  /// The relationship type.
  using type = R;
  /// The name it is stored under.
  static constexpr std::string_view name = Name.view();
  /// @cond CLIENTELE_DETAIL
  static constexpr std::uint64_t hash = detail::name_hash(name);
  /// @endcond
};

/// @brief Why a dispatch found no relationship type.
struct dispatch_error {
  /// What was looked up and why nothing matched.
  std::string message;

  /// Equal when the messages are.
  friend bool operator==(const dispatch_error&, const dispatch_error&) = default;
};

/// @brief What a dispatch returns: what the generic function returned (nothing
/// when it returns `void`), or the reason no relationship type was found.
template <class T>
using dispatch_result = result<T, dispatch_error>;

namespace error {

/// @brief Raised by a registry given two entries with the same name.
template <class... Entries>
struct registry_name_given_twice {
  static_assert(detail::always_false<Entries...>,
                "clientele: two entries of this registry have the same name; a stored name "
                "must lead to one relationship type. Rename one of the named<\"...\", R> "
                "entries.");
};

}  // namespace error

namespace detail {

template <class T>
inline constexpr bool is_named = false;
template <fixed_name Name, class R>
inline constexpr bool is_named<named<Name, R>> = true;

// Whether every element is true: a loop, where a fold expression over a
// thousand entries would exceed Clang's nesting limit.
template <std::size_t N>
constexpr bool all_of(const bool (&xs)[N]) noexcept {
  for (const bool x : xs) {
    if (!x) {
      return false;
    }
  }
  return true;
}

// Heap sort of keys with their positions: N log N steps at compile time,
// where an insertion sort takes N^2 and exceeds GCC's constexpr limit for a
// thousand entries.
template <class Key, std::size_t N>
constexpr void sort_with_order(std::array<Key, N>& keys, std::array<std::size_t, N>& order) {
  const auto less = [&](std::size_t a, std::size_t b) {
    return keys[a] < keys[b] || (!(keys[b] < keys[a]) && order[a] < order[b]);
  };
  const auto swap_at = [&](std::size_t a, std::size_t b) {
    std::swap(keys[a], keys[b]);
    std::swap(order[a], order[b]);
  };
  const auto sift = [&](std::size_t root, std::size_t end) {
    for (;;) {
      std::size_t child = 2 * root + 1;
      if (child >= end) {
        return;
      }
      if (child + 1 < end && less(child, child + 1)) {
        ++child;
      }
      if (!less(root, child)) {
        return;
      }
      swap_at(root, child);
      root = child;
    }
  };
  for (std::size_t i = N / 2; i-- > 0;) {
    sift(i, N);
  }
  for (std::size_t end = N; end-- > 1;) {
    swap_at(0, end);
    sift(0, end);
  }
}

template <std::size_t N>
struct name_index {
  std::array<std::uint64_t, N> hashes{};  // sorted
  std::array<std::size_t, N> order{};     // entry of each hash
  bool unique = true;
};

// Sorts the names' hashes once, at compile time, for binary search at run
// time; two entries with one name have one hash, so only equal hashes need
// their names compared.
template <std::size_t N>
constexpr name_index<N> sort_names(const std::array<std::uint64_t, N>& hashes,
                                   const std::array<std::string_view, N>& names) {
  name_index<N> idx{};
  for (std::size_t i = 0; i < N; ++i) {
    idx.hashes[i] = hashes[i];
    idx.order[i] = i;
  }
  sort_with_order(idx.hashes, idx.order);
  for (std::size_t i = 1; i < N; ++i) {
    for (std::size_t j = i; j-- > 0 && idx.hashes[j] == idx.hashes[i];) {
      idx.unique = idx.unique && names[idx.order[i]] != names[idx.order[j]];
    }
  }
  return idx;
}

// Calls f with relationship type R: a function per registered type, outside
// the registry so that its name does not spell the whole registry.
template <class Result, class R, class F>
Result invoke_with(F& f) {
  return static_cast<Result>(f(std::type_identity<R>{}));
}

template <std::size_t N>
struct code_index {
  std::array<code_t, N> codes{};
  std::array<std::size_t, N> order{};
};

// The profiles' codes, sorted; entries with equal profiles keep their order.
template <std::size_t N>
constexpr code_index<N> sort_codes(const std::array<code_t, N>& codes) {
  code_index<N> idx{};
  for (std::size_t i = 0; i < N; ++i) {
    idx.codes[i] = codes[i];
    idx.order[i] = i;
  }
  sort_with_order(idx.codes, idx.order);
  return idx;
}

template <class First, class...>
struct first_entry {
  using type = typename First::type;
};

}  // namespace detail

/// @brief A registry of named relationship types, declared once:
/// `registry<named<"law_firm_retainer", R1>, named<"walk_in_customer", R2>>`.
///
/// `dispatch(name, f)` and `dispatch(profile, f)` find the type and call
/// `f(std::type_identity<R>{})`; every call of `f` must return the same type.
/// Lookup by name is a binary search over the names' hashes, sorted at compile
/// time, that then compares the name itself; lookup by profile is a binary
/// search over the profiles' packed codes. When
/// several registered types share a profile (`customer` and `consumer` do),
/// lookup by profile finds the one registered first.
///
/// *Mandates:* every entry is a `named<Name, R>` and no two share a name.
template <class... Entries>
class registry {
  static_assert(sizeof...(Entries) > 0, "clientele: a registry needs at least one entry.");
  static_assert(detail::all_of<sizeof...(Entries)>({detail::is_named<Entries>...}),
                "clientele: every registry entry must be clientele::named<\"name\", R>, where R "
                "is a relationship type.");

 public:
  /// The number of registered types.
  static constexpr std::size_t size = sizeof...(Entries);

 private:
  static constexpr std::array<std::string_view, size> entry_names_{Entries::name...};
  static constexpr auto names_ = detail::sort_names<size>({Entries::hash...}, entry_names_);
  static constexpr auto codes_ =
      detail::sort_codes<size>({(Entries::type::clientele_code & ~detail::rule_bit)...});
  static constexpr std::conditional_t<names_.unique, detail::no_error,
                                      error::registry_name_given_twice<Entries...>>
      unique_names_{};

  static constexpr std::size_t npos = size;

  template <class F>
  using result_t = std::invoke_result_t<
      F&, std::type_identity<typename detail::first_entry<Entries...>::type>>;


  template <class F>
  static dispatch_result<result_t<F>> call(std::size_t i, F& f) {
    static_assert(detail::all_of<size>({std::is_same_v<
                      std::invoke_result_t<F&, std::type_identity<typename Entries::type>>,
                      result_t<F>>...}),
                  "clientele: registry::dispatch calls the function with every registered type; "
                  "it must return the same type for all of them.");
    using fn = result_t<F> (*)(F&);
    static constexpr fn table[] = {&detail::invoke_with<result_t<F>, typename Entries::type, F>...};
    if constexpr (std::is_void_v<result_t<F>>) {
      table[i](f);
      return {};
    } else {
      return dispatch_result<result_t<F>>{table[i](f)};
    }
  }

  static std::string registered() {
    std::string out;
    std::size_t shown = 0;
    for (const std::string_view n : entry_names_) {
      if (shown == 8) {
        out += ", ...";
        break;
      }
      out += shown++ == 0 ? "" : ", ";
      out += n;
    }
    return out;
  }

 public:
  /// @brief The position of the type stored as @p name, or `size` when there
  /// is none. *Complexity:* logarithmic in `size`.
  [[nodiscard]] static constexpr std::size_t find(std::string_view name) noexcept {
    const std::uint64_t h = detail::name_hash(name);
    std::size_t lo = 0;
    std::size_t hi = size;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (names_.hashes[mid] < h) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (; lo < size && names_.hashes[lo] == h; ++lo) {
      if (entry_names_[names_.order[lo]] == name) {
        return names_.order[lo];
      }
    }
    return npos;
  }

  /// @brief The position of the first type whose profile is @p p, or `size`
  /// when there is none. *Complexity:* logarithmic in `size`.
  [[nodiscard]] static constexpr std::size_t find(const profile& p) noexcept {
    const detail::code_t code = detail::encode(p);
    std::size_t lo = 0;
    std::size_t hi = size;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (codes_.codes[mid] < code) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < size && codes_.codes[lo] == code ? codes_.order[lo] : npos;
  }

  /// @brief The name the type at position @p i is stored as (empty for a
  /// position past the end).
  [[nodiscard]] static constexpr std::string_view name_at(std::size_t i) noexcept {
    return i < size ? entry_names_[i] : std::string_view{};
  }

  /// @brief Calls `f(std::type_identity<R>{})` with the type `R` stored as
  /// @p name.
  /// @returns what `f` returned, or a `dispatch_error` naming the unknown
  /// name (never undefined behaviour).
  template <class F>
  static dispatch_result<result_t<F>> dispatch(std::string_view name, F&& f) {
    const std::size_t i = find(name);
    if (i == npos) {
      return dispatch_result<result_t<F>>{dispatch_error{
          "no relationship type is registered as '" + std::string{name.substr(0, 80)} +
          "'; registered names: " + registered()}};
    }
    return call(i, f);
  }

  /// @brief Calls `f(std::type_identity<R>{})` with the first registered type
  /// `R` whose profile is @p p.
  /// @returns what `f` returned, or a `dispatch_error` when no registered
  /// type has that profile.
  template <class F>
  static dispatch_result<result_t<F>> dispatch(const profile& p, F&& f) {
    const std::size_t i = find(p);
    if (i == npos) {
      return dispatch_result<result_t<F>>{
          dispatch_error{"no registered relationship type has this profile"}};
    }
    return call(i, f);
  }
};

}  // namespace clientele

#endif  // CLIENTELE_REGISTRY_HPP

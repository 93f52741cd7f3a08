// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Several schedules merged into one (`merge_schedules`), and the
/// schedule of a `bundle`'s recurring parts (`bundle_invoice_dates`), which
/// refuses at compile time parts that cannot share one invoice unless they
/// are billed separately. See the page @ref invoices.

#ifndef CLIENTELE_SCHEDULES_BUNDLES_HPP
#define CLIENTELE_SCHEDULES_BUNDLES_HPP

#include <clientele/models/provider.hpp>
#include <clientele/schedules/schedule.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ranges>

namespace clientele {

/// @brief Whether invoices under terms @p a and under terms @p b can be one
/// invoice from any start date: the terms are equal but for the length of
/// the term (a part that ends drops out of the invoices that follow).
[[nodiscard]] constexpr bool can_share_invoices(const billing_terms& a,
                                                const billing_terms& b) noexcept {
  billing_terms same_term = a;
  same_term.term = b.term;
  return same_term == b;
}

/// @brief The schedules of `N` parts merged into one: a lazy, borrowed
/// `std::ranges::view` of the dates on which at least one part invoices, in
/// increasing order, each date once. Its iterators also say which parts
/// invoice on their date. Made by `merge_schedules` and
/// `bundle_invoice_dates`.
template <std::size_t N>
class merged_schedule : public std::ranges::view_base {
  static_assert(N <= 64, "clientele: merged_schedule merges at most 64 schedules.");

 public:
  class iterator;

  /// A merge of empty schedules.
  constexpr merged_schedule() noexcept = default;
  /// The merge of @p parts.
  constexpr explicit merged_schedule(const std::array<invoice_schedule, N>& parts) noexcept
      : parts_{parts} {}

  /// The first date.
  [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{parts_}; }
  /// The end: an iterator past the last date compares equal to it.
  [[nodiscard]] constexpr std::default_sentinel_t end() const noexcept { return {}; }
  /// Whether no part invoices.
  [[nodiscard]] constexpr bool empty() const noexcept {
    for (const invoice_schedule& s : parts_) {
      if (!s.empty()) {
        return false;
      }
    }
    return true;
  }
  /// The schedules merged, in the order given.
  [[nodiscard]] constexpr const std::array<invoice_schedule, N>& parts() const noexcept {
    return parts_;
  }

 private:
  std::array<invoice_schedule, N> parts_{};
};

/// @brief An iterator of `merged_schedule`: forward, yielding dates by value.
template <std::size_t N>
class merged_schedule<N>::iterator {
 public:
  /// Forward.
  using iterator_concept = std::forward_iterator_tag;
  /// As a C++17 iterator it yields values, so it is an input iterator.
  using iterator_category = std::input_iterator_tag;
  /// An invoice date.
  using value_type = std::chrono::year_month_day;
  /// A number of dates.
  using difference_type = std::ptrdiff_t;

  /// An iterator of an empty merge.
  constexpr iterator() noexcept = default;

  /// The date.
  [[nodiscard]] constexpr value_type operator*() const noexcept { return date_; }
  /// The parts that invoice on this date: bit `i` for part `i`.
  [[nodiscard]] constexpr std::uint64_t billed() const noexcept { return billed_; }
  /// The invoice of part @p i, when it invoices on this date (see `billed()`).
  [[nodiscard]] constexpr const invoice_schedule::iterator& part(std::size_t i) const noexcept {
    return at_[i];
  }

  /// The next date.
  constexpr iterator& operator++() noexcept {
    for (std::size_t i = 0; i < N; ++i) {
      if ((billed_ >> i) & 1u) {
        ++at_[i];
      }
    }
    settle();
    return *this;
  }
  /// The next date; returns the iterator before.
  constexpr iterator operator++(int) noexcept {
    iterator before = *this;
    ++*this;
    return before;
  }
  /// Equal at the same place in every part.
  [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
    return a.at_ == b.at_;
  }
  /// Past the last date.
  [[nodiscard]] friend constexpr bool operator==(const iterator& it,
                                                 std::default_sentinel_t) noexcept {
    return it.billed_ == 0;
  }

 private:
  /// @cond CLIENTELE_DETAIL
  friend class merged_schedule;
  /// @endcond
  constexpr explicit iterator(const std::array<invoice_schedule, N>& parts) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
      at_[i] = parts[i].begin();
    }
    settle();
  }

  // The earliest date of the parts, and the parts that invoice on it.
  constexpr void settle() noexcept {
    date_ = detail::schedule::beyond;
    billed_ = 0;
    for (std::size_t i = 0; i < N; ++i) {
      if (at_[i] == std::default_sentinel) {
        continue;
      }
      const std::chrono::year_month_day d = *at_[i];
      if (d < date_) {
        date_ = d;
        billed_ = std::uint64_t{1} << i;
      } else if (d == date_) {
        billed_ |= std::uint64_t{1} << i;
      }
    }
  }

  std::array<invoice_schedule::iterator, N> at_{};
  std::chrono::year_month_day date_ = detail::schedule::beyond;
  std::uint64_t billed_ = 0;
};

/// @brief The schedules @p parts merged into one.
template <class... Schedules>
  requires(std::is_same_v<Schedules, invoice_schedule> && ...)
[[nodiscard]] constexpr merged_schedule<sizeof...(Schedules)> merge_schedules(
    const Schedules&... parts) noexcept {
  return merged_schedule<sizeof...(Schedules)>{
      std::array<invoice_schedule, sizeof...(Schedules)>{parts...}};
}

/// @brief How a bundle's recurring parts are invoiced.
enum class bundle_billing : unsigned char {
  together,   ///< on one invoice: their billing terms must allow it (`can_share_invoices`)
  separately  ///< each on its own invoices, whatever their terms
};

/// @cond CLIENTELE_DETAIL
/// @brief Names of `bundle_billing` values.
template <>
struct enum_traits<bundle_billing> {
  /// The names, indexed by value.
  static constexpr std::string_view names[] = {"together", "separately"};
};
/// @endcond

namespace error {

/// @brief Raised when `bundle_invoice_dates` bills together two recurring
/// parts `A` and `B` of a bundle whose billing terms differ.
template <class A, class B>
struct bundle_parts_bill_on_different_schedules {
  static_assert(detail::always_false<A, B>,
                "clientele: two recurring parts of this bundle invoice on different schedules "
                "(their billing periods, anchors or other terms differ), so one invoice cannot "
                "carry both. Give them the same terms (specialise clientele::billing_terms_of), "
                "or bill them separately: clientele::bundle_invoice_dates<Bundle, "
                "clientele::bundle_billing::separately>(start).");
};

}  // namespace error

namespace detail::schedule {

template <class... Rs>
struct periodic_only {
  using type =
      typename concat<std::conditional_t<PeriodicBilling<Rs>, type_list<Rs>, type_list<>>...>::type;
};

template <class List>
struct part_terms;

template <class... Ps>
struct part_terms<type_list<Ps...>> {
  static constexpr std::array<billing_terms, sizeof...(Ps)> value{billing_terms_v<Ps>...};
};

// The first part whose terms cannot share an invoice with the first part's;
// the number of parts when there is none.
template <std::size_t N>
constexpr std::size_t first_apart(const std::array<billing_terms, N>& terms) noexcept {
  for (std::size_t i = 1; i < N; ++i) {
    if (!can_share_invoices(terms[0], terms[i])) {
      return i;
    }
  }
  return N;
}

template <class List, std::size_t Apart = first_apart(part_terms<List>::value),
          bool Shared = (Apart == List::size)>
struct shared_schedule_check {};

template <class List, std::size_t Apart>
struct shared_schedule_check<List, Apart, false> {
  static constexpr error::bundle_parts_bill_on_different_schedules<
      typename type_at<0, List>::type, typename type_at<Apart, List>::type>
      diagnostic{};
};

}  // namespace detail::schedule

/// @brief The recurring parts of a bundle `B`, those billed every period,
/// in the bundle's order: for `bundle<Rs...>`, a member `type` that is a
/// `type_list`; nothing for any other type.
template <class B>
struct recurring_parts {};

/// @cond CLIENTELE_DETAIL
template <class... Rs>
struct recurring_parts<bundle<Rs...>> : detail::schedule::periodic_only<Rs...> {};
/// @endcond

/// @brief The recurring parts of bundle `B`, a `type_list`.
template <class B>
  requires requires { typename recurring_parts<B>::type; }
using recurring_parts_t = typename recurring_parts<B>::type;

/// @brief Whether the recurring parts of bundle `B` can share one invoice:
/// their `billing_terms_v` can (`can_share_invoices`).
template <class B>
  requires requires { typename recurring_parts<B>::type; }
inline constexpr bool shares_one_invoice_v =
    detail::schedule::first_apart(detail::schedule::part_terms<recurring_parts_t<B>>::value) ==
    recurring_parts_t<B>::size;

/// @brief The invoice dates of the recurring parts of bundle `B` from
/// @p start, merged: part `i` of the result is the `i`-th recurring part.
///
/// Billed `together` (the default), parts that cannot share one invoice are
/// refused at compile time (`error::bundle_parts_bill_on_different_schedules`);
/// `bundle_billing::separately` accepts them. A bundle without recurring
/// parts has no invoice dates.
/// @snippet invoices.cpp bundle
template <class B, bundle_billing How = bundle_billing::together>
  requires requires { typename recurring_parts<B>::type; }
[[nodiscard]] constexpr merged_schedule<recurring_parts_t<B>::size> bundle_invoice_dates(
    std::chrono::year_month_day start) noexcept {
  using parts = recurring_parts_t<B>;
  if constexpr (How == bundle_billing::together) {
    static_cast<void>(detail::schedule::shared_schedule_check<parts>{});
  }
  const auto& part_terms = detail::schedule::part_terms<parts>::value;
  std::array<invoice_schedule, parts::size> schedules{};
  for (std::size_t i = 0; i < parts::size; ++i) {
    schedules[i] = invoice_dates(part_terms[i], start);
  }
  return merged_schedule<parts::size>{schedules};
}

}  // namespace clientele

// Its iterators hold their own copies of the schedules.
/// @cond CLIENTELE_DETAIL
template <std::size_t N>
inline constexpr bool std::ranges::enable_borrowed_range<clientele::merged_schedule<N>> = true;
/// @endcond

#endif  // CLIENTELE_SCHEDULES_BUNDLES_HPP

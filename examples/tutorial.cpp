// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The tutorial, step by step: define a client and a customer, ask them
// questions, constrain generic code on the answers, print a profile, store it
// and read it back to its type, then write a policy and a dimension of your own.
#include <clientele/clientele.hpp>
#include <clientele/ext/fmt.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace cl = clientele;

//! [define]
// A law firm's retained client: an ongoing professional service, paid by a
// monthly retainer under a service contract, looked after by a dedicated team.
using retained_client =
    cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                     cl::billing::retainer<cl::period::monthly>,
                     cl::agreement::service_contract, cl::support::dedicated_team>;

// A coffee shop's regular: repeat visits, each paid for on the spot.
using regular = cl::relationship<cl::duration::repeat, cl::offering::standard_service,
                                 cl::billing::per_transaction, cl::support::self_service>;
//! [define]

//! [query]
static_assert(cl::is_client_v<retained_client>);
static_assert(cl::is_customer_v<regular>);
static_assert(cl::billing_mode_v<retained_client> == cl::billing_mode::retainer);
static_assert(cl::billing_period_v<retained_client> == cl::billing_period::monthly);
static_assert(cl::value_v<regular, cl::dimensions::support> == cl::support_tier::self_service);
static_assert(!cl::specifies_v<regular, cl::dimensions::agreement>);
//! [query]

//! [constrain]
// Only client relationships get an account manager; calling this with
// `regular` does not compile.
template <cl::ClientRelationship R>
std::string account_manager_for() {
  return cl::DedicatedSupport<R> ? "a dedicated team" : "a named partner";
}

// Anything billed every period has a next invoice; the rest does not.
template <cl::Relationship R>
constexpr bool sends_periodic_invoices() {
  return cl::PeriodicBilling<R>;
}
static_assert(sends_periodic_invoices<retained_client>() && !sends_periodic_invoices<regular>());
//! [constrain]

//! [own]
// A policy of your own for a library dimension: a premium support desk.
struct premium_desk final : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr std::string_view name = "premium_desk";
};

// A dimension of your own: the channel a sale came through.
enum class channel_kind : unsigned char { online, in_store, partner };
template <>
struct cl::enum_traits<channel_kind> {
  static constexpr std::string_view names[] = {"online", "in_store", "partner"};
  static constexpr cl::leaning leanings[] = {cl::leaning::customer, cl::leaning::customer,
                                             cl::leaning::client};
};
struct sales_channel final : cl::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "channel";
};
struct online final : cl::basic_policy<sales_channel, channel_kind::online> {};

using web_regular = regular::with<premium_desk, online>;
static_assert(cl::value_v<web_regular, sales_channel> == channel_kind::online);
static_assert(cl::support_tier_v<web_regular> == cl::support_tier::support_desk);
static_assert(cl::is_customer_v<web_regular>);
//! [own]

int main() {
  //! [print]
  const std::string text = cl::to_string(cl::profile_of<retained_client>);
  fmt::print("retained client: {}\n", text);
  // With <clientele/ext/fmt.hpp>, a profile prints as its text form directly.
  fmt::print("regular:         {}\n", cl::profile_of<regular>);
  //! [print]

  //! [reload]
  // Stored text comes back as a profile, is checked by the same rules as the
  // compiler's, and leads back to its compile-time type.
  using known = cl::registry<cl::named<"retained_client", retained_client>,
                             cl::named<"regular", regular>>;
  const cl::parse_result stored = cl::parse_profile(text);
  if (!stored || !cl::validate(*stored).empty()) {
    return 1;
  }
  const auto manager = known::dispatch(*stored, [](auto type) -> std::string {
    using R = typename decltype(type)::type;
    if constexpr (cl::ClientRelationship<R>) {
      return account_manager_for<R>();
    } else {
      return "nobody";
    }
  });
  fmt::print("reloaded, its account manager is {}\n", manager ? *manager : "?");

  const cl::parse_result typo = cl::parse_profile("{billing=per-transaction}");
  fmt::print("a typo: {} (at {})\n", typo.error().message, typo.error().position);
  //! [reload]

  //! [own_runtime]
  // A profile over the library's catalogue and the application's dimension.
  using sales_profile = cl::basic_profile<cl::extended_catalogue<sales_channel>>;
  sales_profile sale{};
  cl::get<cl::dimensions::duration>(sale) = cl::duration_kind::repeat;
  cl::get<sales_channel>(sale) = channel_kind::online;
  fmt::print("with a channel: {}\n", sale);
  //! [own_runtime]

  const bool ok = manager && *manager == "a dedicated team" &&
                  text.find("billing=retainer, period=monthly") != std::string::npos &&
                  !typo && cl::to_string(sale) == "{duration=repeat, channel=online}";
  return ok ? 0 : 1;
}

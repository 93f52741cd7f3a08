// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Static tests of an application's own dimensions: a tag declared with
// enum_dimension works in relationship<>, the queries and with<>, a second
// policy of it is refused, and a catalogue of the application's own (the
// library's dimensions plus its own) lays out its profile from the list.
// Also: what relationship<> refuses without a policy to hold on to.

#include <clientele/clientele.hpp>

#include "../support/app_dimensions.hpp"

#include <string_view>
#include <type_traits>

namespace cl = clientele;

namespace app {

namespace channels {
struct in_person final : cl::basic_policy<channel, channel_kind::in_person> {};
struct online final : cl::basic_policy<channel, channel_kind::online> {};
// Written by hand, with a name of its own.
struct call_centre {
  using dimension = channel;
  static constexpr channel_kind value = channel_kind::phone;
  static constexpr std::string_view name = "call_centre";
};
}  // namespace channels

struct abroad final : cl::basic_policy<region, region_kind::international> {};

// Not policies of the channel: a value outside the enumeration, a value of
// another type, a value that is not a constant, no value at all.
struct carrier_pigeon {
  using dimension = channel;
  static constexpr channel_kind value = static_cast<channel_kind>(7);
};
struct by_number {
  using dimension = channel;
  static constexpr int value = 1;
};
struct moody {
  using dimension = channel;
  static const channel_kind value;
};
struct silent {
  using dimension = channel;
};

// Not policies of the library's dimensions: no value, each in its own
// dimension.
struct support_without_value {
  using dimension = cl::dimensions::support;
};
struct party_without_value {
  using dimension = cl::dimensions::party;
};


}  // namespace app

// --- the tag is a dimension, outside the library's catalogue ---
static_assert(cl::Dimension<app::channel> && cl::Dimension<app::region>);
static_assert(!cl::detail::contains<app::channel, cl::catalogue>);
static_assert(cl::enum_count_v<app::channel_kind> == 3);
static_assert(cl::name_of(app::channel_kind::online) == "online");
static_assert(cl::leaning_of(app::channel_kind::in_person) == cl::leaning::client);

// --- its policies ---
static_assert(cl::Policy<app::channels::online> && cl::PolicyOf<app::channels::online, app::channel>);
static_assert(cl::PolicyOf<app::channels::call_centre, app::channel>);
static_assert(!cl::PolicyOf<app::channels::online, cl::dimensions::support>);
static_assert(std::is_same_v<cl::dimension_of_t<app::channels::in_person>, app::channel>);
static_assert(cl::policy_name_v<app::channels::online> == "online");
static_assert(cl::policy_name_v<app::channels::call_centre> == "call_centre");
static_assert(cl::detail::defect_v<app::carrier_pigeon> == cl::policy_defect::value_out_of_range);
static_assert(cl::detail::defect_v<app::by_number> == cl::policy_defect::wrong_value_type);
static_assert(cl::detail::defect_v<app::moody> == cl::policy_defect::value_not_constant);
static_assert(cl::detail::defect_v<app::silent> == cl::policy_defect::no_value);
static_assert(!cl::Policy<app::carrier_pigeon> && !cl::Policy<app::by_number> &&
              !cl::Policy<app::moody> && !cl::Policy<app::silent>);

// --- in a relationship, with the queries ---
using shop = cl::relationship<cl::duration::one_time, app::channels::online, cl::offering::goods,
                              cl::support::self_service>;
static_assert(cl::specifies_v<shop, app::channel> && !cl::specifies_v<shop, app::region>);
static_assert(cl::Specifies<shop, app::channel>);
static_assert(cl::value_v<shop, app::channel> == app::channel_kind::online);
static_assert(std::is_same_v<cl::policy_t<shop, app::channel>, app::channels::online>);
static_assert(std::is_same_v<cl::policy_or_unspecified_t<shop, app::channel>, app::channels::online>);
static_assert(std::is_same_v<cl::policy_or_unspecified_t<shop, app::region>,
                             cl::unspecified<app::region>>);
static_assert(cl::value_v<shop, cl::dimensions::support> == cl::support_tier::self_service);
static_assert(cl::is_customer_v<shop>);
// The library's profile holds the library's dimensions only: the channel
// changes nothing there.
static_assert(cl::profile_of<shop> ==
              cl::profile_of<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                              cl::support::self_service>>);
static_assert(cl::tension_set_v<shop> ==
              cl::tension_set_v<cl::relationship<cl::duration::one_time, cl::offering::goods,
                                                 cl::support::self_service>>);
// Two dimensions of the application's own in one relationship.
using shop_abroad = cl::relationship<app::abroad, cl::duration::one_time, app::channels::online>;
static_assert(cl::value_v<shop_abroad, app::region> == app::region_kind::international);
static_assert(cl::value_v<shop_abroad, app::channel> == app::channel_kind::online);
static_assert(cl::equivalent_v<shop_abroad,
                               cl::relationship<app::channels::online, app::abroad, cl::duration::one_time>>);

// --- with<> replaces the application's policy in place, or adds it ---
using by_phone = shop::with<app::channels::call_centre>;
static_assert(std::is_same_v<by_phone, cl::relationship<cl::duration::one_time, app::channels::call_centre,
                                                        cl::offering::goods, cl::support::self_service>>);
static_assert(cl::value_v<by_phone, app::channel> == app::channel_kind::phone);
static_assert(std::is_same_v<cl::relationship<cl::duration::one_time>::with<app::channels::in_person>,
                             cl::relationship<cl::duration::one_time, app::channels::in_person>>);
static_assert(std::is_same_v<shop::with<app::abroad>,
                             cl::relationship<cl::duration::one_time, app::channels::online,
                                              cl::offering::goods, cl::support::self_service,
                                              app::abroad>>);
static_assert(std::is_same_v<shop_abroad::with<app::channels::in_person, cl::duration::ongoing>,
                             cl::relationship<app::abroad, cl::duration::ongoing, app::channels::in_person>>);

// --- a dimension given twice is refused, the application's as the library's ---
static_assert(cl::detail::well_formed_v<app::channels::online, app::abroad>);
static_assert(!cl::detail::well_formed_v<app::channels::online, app::channels::in_person>);
static_assert(!cl::detail::well_formed_v<app::channels::online, app::channels::online>);
static_assert(!cl::detail::well_formed_v<app::channels::online, cl::duration::ongoing,
                                         app::channels::call_centre>);
static_assert(!cl::detail::well_formed_v<app::abroad, app::channels::online, app::abroad>);
static_assert(!cl::detail::well_formed_v<cl::support::self_service, cl::support::dedicated_team>);

// --- arguments that are not policies are refused, however many ---
static_assert(!cl::detail::well_formed_v<int, double>);
static_assert(!cl::detail::well_formed_v<int>);
static_assert(!cl::detail::well_formed_v<int, double, char, long>);
static_assert(!cl::detail::well_formed_v<app::support_without_value, app::party_without_value>);
static_assert(!cl::detail::well_formed_v<app::support_without_value>);
static_assert(!cl::detail::well_formed_v<app::silent, app::support_without_value>);
static_assert(!cl::detail::well_formed_v<app::carrier_pigeon, app::abroad>);
static_assert(!cl::detail::well_formed_v<cl::duration::ongoing, app::moody>);
static_assert(!cl::detail::well_formed_v<cl::period::monthly>);  // a period is not a policy
static_assert(!cl::detail::well_formed_v<cl::period::monthly, cl::period::weekly>);
static_assert(!cl::detail::well_formed_v<cl::unspecified<cl::dimensions::billing>>);
static_assert(cl::detail::well_formed_v<>);
static_assert(cl::detail::well_formed_v<cl::duration::ongoing, cl::kind_rules::by_offering>);
static_assert(!cl::detail::well_formed_v<cl::kind_rules::by_offering, cl::kind_rules::catalogue>);

// --- an extended catalogue: the library's dimensions, then the application's ---
using extended = cl::extended_catalogue<app::channel, app::region>;
static_assert(std::is_same_v<extended::list,
                             cl::detail::concat<cl::catalogue::list,
                                                cl::type_list<app::channel, app::region>>::type>);
static_assert(cl::detail::index_in<app::channel, extended> == cl::catalogue::size);
static_assert(cl::detail::index_in<app::region, extended> == cl::catalogue::size + 1);
static_assert(cl::fields_t<extended>::size == cl::fields_t<cl::catalogue>::size + 2);
static_assert([] {
  cl::basic_profile<extended> p{};
  get<app::channel>(p) = app::channel_kind::phone;
  get<cl::dimensions::duration>(p) = cl::duration_kind::ongoing;
  return get<app::channel>(p) == app::channel_kind::phone && !get<app::region>(p).has_value() &&
         cl::specified_mask(p) == ((1u << 0) | (1u << cl::catalogue::size)) &&
         cl::leaning_at(p, cl::catalogue::size) == cl::leaning::either &&
         !cl::leaning_at(p, cl::catalogue::size + 1).has_value();
}());

// --- a catalogue of thirteen dimensions, the thirteenth among the others ---
using thirteen = cl::basic_profile<app::my_catalogue>;
static_assert(app::my_catalogue::size == 13);
static_assert(cl::detail::index_in<app::region, app::my_catalogue> == 6);
static_assert(cl::detail::index_in<cl::dimensions::support, app::my_catalogue> == 7);
static_assert(cl::detail::index_in<cl::dimensions::knowledge, app::my_catalogue> == 12);
// Its packed fields: each dimension, the period right after billing; the
// other terms of billing and support are held beside them.
static_assert(cl::packed_fields_t<app::my_catalogue>::size == 14);
static_assert(std::is_same_v<typename cl::detail::type_at<6, cl::packed_fields_t<app::my_catalogue>>::type,
                             cl::terms::period>);
static_assert(std::is_same_v<typename cl::detail::type_at<7, cl::packed_fields_t<app::my_catalogue>>::type,
                             app::region>);
static_assert(cl::fields_t<app::my_catalogue>::size ==
              14 + cl::wide_fields_t<cl::catalogue>::size);
static_assert(std::is_same_v<thirteen::catalogue_type, app::my_catalogue>);
static_assert(std::is_trivially_copyable_v<thirteen>);
static_assert([] {
  thirteen p{};
  get<app::region>(p) = app::region_kind::international;
  get<cl::dimensions::knowledge>(p) = cl::knowledge_level::deep;
  get<cl::terms::period>(p) = cl::billing_period::biweekly;
  thirteen q = p;
  get<app::region>(q).reset();
  return p != q && cl::specified_mask(p) == ((1u << 6) | (1u << 12)) &&
         cl::leaning_at(p, 12) == cl::leaning::client && cl::specifies<app::region>(p) &&
         !cl::specifies<app::region>(q) && cl::specifies<cl::terms::period>(q);
}());
// Its packed form: the fields of the thirteen dimensions round-trip through it.
static_assert([] {
  thirteen p{};
  get<app::region>(p) = app::region_kind::domestic;
  get<cl::dimensions::billing>(p) = cl::billing_mode::retainer;
  get<cl::terms::period>(p) = cl::billing_period{cl::billing_period::max_count, cl::period_unit::year};
  get<cl::dimensions::knowledge>(p) = cl::knowledge_level::minimal;
  return cl::detail::decode<app::my_catalogue>(cl::detail::encode(p)) == p &&
         cl::detail::in_range<app::my_catalogue>(cl::detail::encode(p));
}());

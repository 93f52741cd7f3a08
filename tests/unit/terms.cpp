// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Billing and support terms through every layer: declared on policies, held
// by profile_of, written and read as text, validated, hashed, and dispatched
// by the registry to their own type. The plans are modelled on public
// catalogs (Kill Bill's test catalogs, Stripe prices, Odoo service products,
// AWS Support, GitLab support, a Zendesk-like SLA policy).

#include <clientele/clientele.hpp>
#include <clientele/schedules/invoices.hpp>
#include <clientele/support/deadlines.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>

namespace cl = clientele;
using namespace std::chrono_literals;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

// --- billing policies -------------------------------------------------------------------

// Kill Bill: a monthly plan with a 30-day trial phase, evergreen.
struct pistol_monthly final : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::monthly;
  static constexpr cl::billing_terms terms{.period = cl::billing_period::monthly,
                                           .trial = cl::free_trial::days(30)};
};
// Kill Bill: the same plan billed every thirty days, in arrears.
struct pistol_thirty_days final
    : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::thirty_days;
  static constexpr cl::billing_terms terms{.period = cl::billing_period::thirty_days,
                                           .timing = cl::invoice_timing::in_arrears,
                                           .trial = cl::free_trial::days(30)};
};
// A gym: a 12-month membership that expires, billed on the 1st.
struct gym_membership final : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::monthly;
  static constexpr cl::billing_terms terms{
      .period = cl::billing_period::monthly,
      .term = cl::contract_term::fixed(12, cl::term_end::expire),
      .anchor = cl::billing_anchor::cycle_day(1),
      .charges = {cl::charge_kind::setup}};
};
// Stripe: a base plan with metered usage.
struct base_and_usage final : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::monthly;
  static constexpr cl::billing_terms terms{.period = cl::billing_period::monthly,
                                           .charges = {cl::charge_kind::usage}};
};
// Stripe: a metered price alone, billed monthly in arrears (the default of usage).
using metered = cl::billing::usage<cl::period::monthly>;
// Stripe: every two weeks, calendar-aligned weeks starting on Sunday.
struct biweekly_sunday final : cl::basic_policy<cl::dimensions::billing, cl::billing_mode::recurring> {
  using period = cl::period::biweekly;
  static constexpr cl::billing_terms terms{
      .period = cl::billing_period::biweekly,
      .alignment = cl::billing_alignment::calendar(std::chrono::Sunday)};
};

// --- support policies -------------------------------------------------------------------

constexpr cl::first_response_targets aws_business_targets{.urgent = cl::calendar_time(1h),
                                                          .high = cl::calendar_time(4h),
                                                          .normal = cl::calendar_time(12h),
                                                          .low = cl::calendar_time(24h)};
// AWS Developer: email in business hours.
struct aws_developer final : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = cl::channel::email,
      .first_response = {.urgent = cl::business_time(12h),
                         .high = cl::business_time(12h),
                         .normal = cl::business_time(12h),
                         .low = cl::business_time(24h)},
      .calendar = {.hours = cl::weekly_hours::weekdays(8h, 18h),
                   .zone = cl::time_zone::named("America/Los_Angeles")}};
};
// AWS Business: around the clock, by email, chat and phone.
struct aws_business final : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = {cl::channel::email, cl::channel::chat, cl::channel::phone},
      .first_response = aws_business_targets,
      .calendar = {.hours = cl::weekly_hours::around_the_clock()}};
};
// AWS Enterprise: 15 minutes, and a technical account manager.
struct aws_enterprise final
    : cl::basic_policy<cl::dimensions::support, cl::support_tier::dedicated_team> {
  static constexpr cl::support_terms terms{
      .channels = {cl::channel::email, cl::channel::chat, cl::channel::phone},
      .first_response = {.urgent = cl::calendar_time(15min),
                         .high = cl::calendar_time(1h),
                         .normal = cl::calendar_time(4h),
                         .low = cl::calendar_time(24h)},
      .contact = cl::designated_contact::technical_account_manager,
      .calendar = {.hours = cl::weekly_hours::around_the_clock()}};
};
// GitLab Priority: 30 minutes for emergencies, 24x7; Standard: 24x5 business time.
struct gitlab_standard final
    : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = {cl::channel::email, cl::channel::portal},
      .first_response = {.urgent = cl::business_time(24h),
                         .high = cl::business_time(24h),
                         .normal = cl::business_time(24h),
                         .low = cl::business_time(24h)},
      .calendar = {.hours = cl::weekly_hours::weekdays(0h, 24h)}};
};
struct gitlab_priority final
    : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = {cl::channel::email, cl::channel::portal},
      .first_response = {.urgent = cl::calendar_time(30min),
                         .high = cl::business_time(4h),
                         .normal = cl::business_time(8h),
                         .low = cl::business_time(24h)},
      .contact = cl::designated_contact::team,
      .calendar = {.hours = cl::weekly_hours::weekdays(0h, 24h)}};
};
// A Zendesk-like policy: Berlin office hours with a lunch break and holidays.
struct berlin_desk final : cl::basic_policy<cl::dimensions::support, cl::support_tier::support_desk> {
  static constexpr cl::support_terms terms{
      .channels = {cl::channel::email, cl::channel::chat},
      .first_response = {.urgent = cl::calendar_time(2h),
                         .high = cl::business_time(4h),
                         .normal = cl::business_time(8h),
                         .low = cl::business_time(90min)},
      .calendar = {.hours = cl::weekly_hours{}
                                .with(std::chrono::Monday, 9h, 12h)
                                .with(std::chrono::Monday, 13h, 17h + 30min)
                                .with(std::chrono::Saturday, 10h, 14h),
                   .zone = cl::time_zone::named("Europe/Berlin"),
                   .holidays = {std::chrono::year{2026} / 12 / 25,
                                std::chrono::year{2027} / 1 / 1}}};
};

template <class B, class S = cl::support::support_desk>
using saas = cl::relationship<cl::duration::ongoing, cl::offering::standard_service, B,
                              cl::agreement::terms_of_sale, S>;

using plans = cl::registry<
    cl::named<"plain_monthly", saas<cl::billing::recurring<cl::period::monthly>>>,
    cl::named<"pistol_monthly", saas<pistol_monthly>>,
    cl::named<"pistol_thirty_days", saas<pistol_thirty_days>>,
    cl::named<"gym", cl::relationship<cl::duration::fixed_term, gym_membership,
                                      cl::agreement::service_contract>>,
    cl::named<"base_and_usage", saas<base_and_usage>>, cl::named<"metered", saas<metered>>,
    cl::named<"biweekly_sunday", saas<biweekly_sunday>>,
    cl::named<"timesheets",
              cl::relationship<cl::duration::ongoing, cl::offering::professional_service,
                               cl::billing::time_and_materials, cl::support::dedicated_team>>,
    cl::named<"aws_basic", cl::relationship<cl::billing::free, cl::support::self_service>>,
    cl::named<"aws_developer", saas<metered, aws_developer>>,
    cl::named<"aws_business", saas<metered, aws_business>>,
    cl::named<"aws_enterprise", saas<metered, aws_enterprise>>,
    cl::named<"gitlab_standard", saas<cl::billing::recurring<cl::period::annual>, gitlab_standard>>,
    cl::named<"gitlab_priority", saas<cl::billing::recurring<cl::period::annual>, gitlab_priority>>,
    cl::named<"berlin_desk", saas<cl::billing::recurring<cl::period::monthly>, berlin_desk>>>;

}  // namespace

TEST_CASE("every plan's terms survive text and come back to their own type", "[terms]") {
  std::unordered_set<cl::profile> seen;
  for (std::size_t i = 0; i < plans::size; ++i) {
    const cl::profile p = plans::profile_at(i);
    const std::string text = cl::to_string(p);
    INFO(plans::name_at(i) << ": " << text);
    const cl::parse_result back = cl::parse_profile(text);
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(cl::to_string(*back) == text);
    CHECK(plans::find(*back) == i);
    CHECK(cl::validate(*back).empty());
    CHECK(std::hash<cl::profile>{}(*back) == std::hash<cl::profile>{}(p));
    CHECK(seen.insert(p).second);
  }
}

TEST_CASE("terms appear in the text form only where they differ from the defaults", "[terms]") {
  CHECK(cl::to_string(cl::profile_of<saas<pistol_monthly>>) ==
        "{duration=ongoing, offering=standard_service, billing=recurring, period=monthly, "
        "trial=30_days, support=support_desk, agreement=terms_of_sale}");
  CHECK(cl::to_string(cl::profile_of<saas<metered>>) ==
        "{duration=ongoing, offering=standard_service, billing=usage, period=monthly, "
        "support=support_desk, agreement=terms_of_sale}");
  CHECK(cl::to_string(cl::profile_of<saas<cl::billing::recurring<cl::period::annual>,
                                          gitlab_priority>>)
            .find("first_response=urgent:30m:calendar+high:4h:business+normal:8h:business+"
                  "low:24h:business, contact=team, hours=mon-fri/00:00-24:00") !=
        std::string::npos);
  CHECK(cl::to_string(cl::profile_of<saas<cl::billing::recurring<cl::period::monthly>,
                                          berlin_desk>>)
            .find("hours=mon/09:00-12:00/13:00-17:30+sat/10:00-14:00, zone=Europe/Berlin, "
                  "holidays=2026-12-25+2027-01-01") != std::string::npos);
}

TEST_CASE("a term stated at its default dispatches like one left out", "[terms]") {
  const cl::parse_result p = cl::parse_profile(
      "{duration=ongoing, offering=standard_service, billing=usage, period=monthly, "
      "timing=in_arrears, trial=none, support=support_desk, agreement=terms_of_sale}");
  REQUIRE(p);
  CHECK(plans::find(*p) == plans::find("metered"));
  CHECK(cl::canonical(*p) == cl::profile_of<saas<metered>>);
}

TEST_CASE("profiles that differ in a term alone are different plans", "[terms]") {
  const cl::parse_result a = cl::parse_profile(
      "{duration=ongoing, offering=standard_service, billing=recurring, period=monthly, "
      "trial=14_days, support=support_desk, agreement=terms_of_sale}");
  REQUIRE(a);
  CHECK(plans::find(*a) == plans::size);  // a 14-day trial is no registered plan
}

TEST_CASE("the schedule of a profile follows its terms", "[terms][invoices]") {
  using std::chrono::year;
  const cl::profile gym = plans::profile_at(plans::find("gym"));
  const cl::billing_terms t = cl::billing_terms_from(gym);
  CHECK(t.term == cl::contract_term::fixed(12, cl::term_end::expire));
  CHECK(t.anchor == cl::billing_anchor::cycle_day(1));
  std::size_t n = 0;
  for (const auto& d : cl::invoice_dates(gym, year{2027} / 1 / 15)) {
    (void)d;
    ++n;
  }
  CHECK(n == 13);  // a stub from the 15th, then twelve on the 1st
  const cl::support_terms s =
      cl::support_terms_from(plans::profile_at(plans::find("aws_enterprise")));
  CHECK(s.contact == cl::designated_contact::technical_account_manager);
  CHECK(s.first_response.urgent == cl::calendar_time(15min));
}

TEST_CASE("validation names what is wrong with terms", "[terms][validate]") {
  const auto rules_of = [](std::string_view text) {
    const cl::parse_result p = cl::parse_profile(text);
    REQUIRE(p);
    std::vector<cl::consistency_rule> out;
    for (const cl::violation& v : cl::validate(*p)) {
      out.push_back(v.rule);
    }
    return out;
  };
  using cr = cl::consistency_rule;
  using v = std::vector<cr>;
  CHECK(rules_of("{billing=per_transaction, trial=30_days}") ==
        v{cr::billing_terms_require_periodic_billing});
  CHECK(rules_of("{billing=milestone, charges=setup}").empty());
  CHECK(rules_of("{billing=milestone, charges=usage}") ==
        v{cr::billing_terms_require_periodic_billing});
  CHECK(rules_of("{billing=recurring, period=3_days, alignment=calendar}") ==
        v{cr::billing_terms_in_range});
  CHECK(rules_of("{billing=recurring, period=monthly, offset=-400_days}") ==
        v{cr::billing_terms_in_range});
  CHECK(rules_of("{channels=email}") == v{cr::support_terms_require_support});
  CHECK(rules_of("{support=support_desk, first_response=urgent:0s:calendar+high:1h:calendar+"
                 "normal:1h:calendar+low:1h:calendar}") ==
        v{cr::first_response_targets_positive});
  CHECK(rules_of("{support=support_desk, hours=closed}") ==
        v{cr::business_clock_requires_open_hours});
  CHECK(rules_of("{support=support_desk, hours=closed, first_response=urgent:1h:calendar+"
                 "high:1h:calendar+normal:1h:calendar+low:1h:calendar}")
            .empty());
  const cl::parse_result p = cl::parse_profile("{channels=email}");
  REQUIRE(p);
  const std::vector<cl::violation> found = cl::validate(*p);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("support terms (channels, first_response, contact, hours, zone, "
                              "holidays) require a support tier") != std::string_view::npos);
  CHECK(found[0].dimensions == cl::dimension_mask_v<cl::dimensions::support>);
}

TEST_CASE("a term's text that is wrong is refused with what was expected and where",
          "[terms][text]") {
  const auto error_of = [](std::string_view text) {
    const cl::parse_result p = cl::parse_profile(text);
    REQUIRE_FALSE(p);
    return p.error();
  };
  const cl::parse_error e = error_of("{billing=recurring, trial=30_dayz}");
  CHECK(e.position == 26);
  CHECK(e.message.find("unknown value '30_dayz' for key 'trial': expected none, or a count") == 0);
  CHECK(error_of("{support=support_desk, hours=mon-fri/09:00-25:00}").message.find(
            "for key 'hours'") != std::string::npos);
  // The position points at the interval refused, inside the value.
  CHECK(error_of("{support=support_desk, hours=mon/09:00-12:00/11:00-13:00}").position == 45);
  CHECK(error_of("{zone=Europe/Ber^lin}").message.find("for key 'zone'") != std::string::npos);
  CHECK(error_of("{holidays=2026-02-30}").message.find("for key 'holidays'") != std::string::npos);
  CHECK(error_of("{first_response=urgent:1h:calendar}").message.find(
            "a target for each of urgent, high, normal and low") != std::string::npos);
  CHECK(error_of("{trial=none, trial=none}").message ==
        "duplicate key 'trial': each key may appear once");
}

TEST_CASE("named zones are held by name, and equal whether resolved or not", "[terms]") {
  constexpr cl::time_zone berlin = cl::time_zone::named("Europe/Berlin");
  static_assert(berlin.valid() && !berlin.resolved() && berlin.name() == "Europe/Berlin");
  static_assert(!cl::time_zone::named("Europe/Ber lin").valid());
  static_assert(cl::time_zone::utc().resolved());
  // Deadlines need the zone's rules: an unresolved zone is an error, not a guess.
  const cl::support_terms t = berlin_desk::terms;
  CHECK(cl::first_response_due(t, cl::priority::high, std::chrono::sys_seconds{}).error() ==
        cl::deadline_error::unresolved_zone);
}

// --- an application's dimension whose values carry a term held as it is ---------------

namespace shop {
enum class channel_kind : unsigned char { web, partner };
}  // namespace shop

template <>
struct clientele::enum_traits<shop::channel_kind> {
  static constexpr std::string_view names[] = {"web", "partner"};
  static constexpr clientele::leaning leanings[] = {clientele::leaning::customer,
                                                    clientele::leaning::either};
};

namespace shop {
struct commission {
  unsigned basis_points = 0;
  friend constexpr bool operator==(const commission&, const commission&) = default;
};
namespace terms {
struct commission_rate final {
  using value_type = commission;
  static constexpr std::string_view name = "commission";
  static constexpr std::uint64_t hash(const commission& c) noexcept { return c.basis_points; }
};
}  // namespace terms
struct sales_channel final : cl::enum_dimension<channel_kind> {
  static constexpr std::string_view name = "sales_channel";
  using terms = cl::type_list<shop::terms::commission_rate>;
};
}  // namespace shop

template <>
struct clientele::text_codec<shop::terms::commission_rate> {
  static void print(std::string& out, const shop::commission& c) {
    out += std::to_string(c.basis_points) + "_bp";
  }
  static bool parse(std::string_view w, shop::commission& out) {
    if (w.size() < 4 || w.substr(w.size() - 3) != "_bp") {
      return false;
    }
    unsigned n = 0;
    for (const char c : w.substr(0, w.size() - 3)) {
      if (c < '0' || c > '9' || n > 100000) {
        return false;
      }
      n = n * 10 + static_cast<unsigned>(c - '0');
    }
    out = shop::commission{n};
    return true;
  }
  static std::string expected() { return "a number of basis points, such as 250_bp"; }
};

TEST_CASE("an application's term held as it is goes through its own profile", "[terms][extending]") {
  using shop_catalogue = cl::extended_catalogue<shop::sales_channel>;
  using shop_profile = cl::basic_profile<shop_catalogue>;
  static_assert(!cl::PackedField<shop::terms::commission_rate> &&
                cl::wide_fields_t<shop_catalogue>::size == cl::wide_fields_t<cl::catalogue>::size + 1);
  shop_profile p{};
  get<cl::dimensions::billing>(p) = cl::billing_mode::per_transaction;
  get<shop::sales_channel>(p) = shop::channel_kind::partner;
  get<shop::terms::commission_rate>(p) = shop::commission{250};
  const std::string text = cl::to_string(p);
  CHECK(text == "{billing=per_transaction, sales_channel=partner, commission=250_bp}");
  cl::parse_error error{};
  const std::optional<shop_profile> back = cl::parse_profile_of<shop_catalogue>(text, &error);
  REQUIRE(back);
  CHECK(*back == p);
  CHECK(std::hash<shop_profile>{}(*back) == std::hash<shop_profile>{}(p));
  get<shop::terms::commission_rate>(p) = shop::commission{300};
  CHECK(std::hash<shop_profile>{}(*back) != std::hash<shop_profile>{}(p));
  CHECK_FALSE(cl::parse_profile_of<shop_catalogue>("{commission=lots}", &error));
  CHECK(error.message ==
        "unknown value 'lots' for key 'commission': expected a number of basis points, such as "
        "250_bp");
}

TEST_CASE("a business-clock length is written in open hours, and a stored day still reads as 24 of them",
          "[terms][text]") {
  // Written before: 1d on a business clock, meaning 24 open hours.
  const auto old_text = cl::parse_profile(
      "{support=support_desk, first_response=urgent:1h:calendar+high:4h:business+"
      "normal:1d:business+low:2d3h:business, hours=mon-fri/09:00-17:00}");
  REQUIRE(old_text);
  const auto targets = cl::get<cl::terms::first_response>(*old_text);
  REQUIRE(targets.has_value());
  CHECK((*targets)[cl::priority::normal] == cl::business_time(std::chrono::hours{24}));
  CHECK((*targets)[cl::priority::low] == cl::business_time(std::chrono::hours{51}));
  // Written now: hours on the business clock, days on the calendar clock.
  const std::string text = cl::to_string(*old_text);
  CHECK(text.find("normal:24h:business+low:51h:business") != std::string::npos);
  CHECK(text.find("urgent:1h:calendar") != std::string::npos);
  const auto again = cl::parse_profile(text);
  REQUIRE(again);
  CHECK(*again == *old_text);
  CHECK(std::hash<cl::profile>{}(*again) == std::hash<cl::profile>{}(*old_text));
  const auto calendar = cl::parse_profile(
      "{support=support_desk, first_response=urgent:1d:calendar+high:1d:calendar+"
      "normal:1d:calendar+low:1d:calendar}");
  REQUIRE(calendar);
  CHECK(cl::to_string(*calendar).find("urgent:1d:calendar") != std::string::npos);
}

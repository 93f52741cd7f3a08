// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// The catalogue's kind rule on every profile of the dimensions it reads and
// weighs (each also unspecified), with every billing mode: what is bought
// decides first, how the buyer pays never decides, more client-side signs
// never turn a client into a customer, the explanation names only
// specified dimensions and agrees with the verdict, and every tension and
// derived property can say why.

#include <clientele/clientele.hpp>

#include <catch2/catch.hpp>

#include <bit>
#include <cstddef>
#include <optional>

namespace cl = clientele;

namespace {

template <class E>
constexpr std::size_t count_of = cl::enum_count_v<E>;

// Value `i` of enumeration E, or unspecified for i == count.
template <class E>
cl::maybe<E> nth(std::size_t i) {
  return i < count_of<E> ? cl::maybe<E>{static_cast<E>(i)} : cl::maybe<E>{};
}

struct walker {
  std::size_t profiles = 0;
  template <class F>
  void each(F&& f) {
    for (std::size_t d = 0; d < count_of<cl::duration_kind>; ++d)
      for (std::size_t o = 0; o < count_of<cl::offering_kind>; ++o)
        for (std::size_t pe = 0; pe <= count_of<cl::personalization_level>; ++pe)
          for (std::size_t en = 0; en <= count_of<cl::engagement_level>; ++en)
            for (std::size_t ad = 0; ad <= count_of<cl::advice_kind>; ++ad)
              for (std::size_t de = 0; de <= count_of<cl::dependency_level>; ++de)
                for (std::size_t kn = 0; kn <= count_of<cl::knowledge_level>; ++kn)
                  for (std::size_t ag = 0; ag <= count_of<cl::agreement_kind>; ++ag) {
                    cl::profile p;
                    cl::get<cl::dimensions::duration>(p) = nth<cl::duration_kind>(d);
                    cl::get<cl::dimensions::offering>(p) = nth<cl::offering_kind>(o);
                    cl::get<cl::dimensions::personalization>(p) = nth<cl::personalization_level>(pe);
                    cl::get<cl::dimensions::engagement>(p) = nth<cl::engagement_level>(en);
                    cl::get<cl::dimensions::advice>(p) = nth<cl::advice_kind>(ad);
                    cl::get<cl::dimensions::dependency>(p) = nth<cl::dependency_level>(de);
                    cl::get<cl::dimensions::knowledge>(p) = nth<cl::knowledge_level>(kn);
                    cl::get<cl::dimensions::agreement>(p) = nth<cl::agreement_kind>(ag);
                    ++profiles;
                    f(p);
                  }
  }
};

// p with dimension D moved one step towards the client side, if it can be.
template <class D>
std::optional<cl::profile> towards_client(cl::profile p) {
  auto& v = cl::get<D>(p);
  if (!v) {
    return std::nullopt;
  }
  const auto i = static_cast<std::size_t>(*v);
  if (i + 1 >= count_of<typename D::value_type>) {
    return std::nullopt;
  }
  v = static_cast<typename D::value_type>(i + 1);
  return p;
}

}  // namespace

TEST_CASE("the catalogue's kind rule on every profile it weighs", "[exhaustive][kinds]") {
  walker w;
  std::size_t clients = 0;
  w.each([&](const cl::profile& p) {
    const cl::relationship_kind k = *cl::kind_of(p);
    clients += k == cl::relationship_kind::client ? 1 : 0;
    // The relationship types' kind reads the packed code itself: the same
    // decision.
    REQUIRE(cl::detail::catalogue_kind_in(cl::detail::encode(p)) == k);
    const auto why = *cl::explain<cl::properties::kind>(p);
    REQUIRE(why.value == k);
    REQUIRE((why.decided_by & ~cl::specified_mask(p)) == 0);
    REQUIRE(!why.why.empty());
    // What is bought decides first.
    if (cl::get<cl::dimensions::offering>(p) != cl::offering_kind::professional_service) {
      REQUIRE(k == cl::relationship_kind::customer);
    }
    // How the buyer pays never decides.
    for (std::size_t b = 0; b < count_of<cl::billing_mode>; ++b) {
      cl::profile billed = p;
      cl::get<cl::dimensions::billing>(billed) = static_cast<cl::billing_mode>(b);
      REQUIRE(cl::kind_of(billed) == k);
    }
    // A sign moved to the client side never turns a client into a customer
    // (the values of these dimensions are listed from the customer side).
    if (k == cl::relationship_kind::client) {
      const std::optional<cl::profile> more[] = {
          towards_client<cl::dimensions::personalization>(p),
          towards_client<cl::dimensions::engagement>(p),
          towards_client<cl::dimensions::advice>(p),
          towards_client<cl::dimensions::dependency>(p),
          towards_client<cl::dimensions::knowledge>(p),
          towards_client<cl::dimensions::agreement>(p)};
      for (const auto& q : more) {
        if (q) {
          REQUIRE(cl::kind_of(*q) == cl::relationship_kind::client);
        }
      }
    }
    // Every derived property that can be derived says why, with specified
    // dimensions only.
    const auto check = [&](auto property) {
      using P = decltype(property);
      const auto e = cl::explain<P>(p);
      REQUIRE(e.has_value() == cl::derive<P>(p).has_value());
      if (e) {
        REQUIRE(e->value == *cl::derive<P>(p));
        REQUIRE((e->decided_by & ~cl::specified_mask(p)) == 0);
      }
    };
    check(cl::properties::loyalty{});
    check(cl::properties::value_proposition{});
    check(cl::properties::acquisition_strategy{});
    check(cl::properties::transaction_value{});
    check(cl::properties::purchasing_cycle{});
  });
  CHECK(w.profiles == 4u * 3u * 4u * 4u * 3u * 3u * 3u * 4u);
  CHECK(clients > 0);
  CHECK(clients < w.profiles);
}

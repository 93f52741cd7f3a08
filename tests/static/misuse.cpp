// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// Misuse that must not compile, checked without failing the build: the period
// and the kind rule are not dimensions, periods are not policies, types that
// are not policies never make a well-formed relationship.
#include <clientele/clientele.hpp>

namespace cl = clientele;

namespace {

template <class R, class D>
concept has_value = requires { cl::value_v<R, D>; };
template <class R, class D>
concept has_policy = requires { typename cl::policy_t<R, D>; };
template <class R, class D>
concept has_specifies = requires { cl::specifies_v<R, D>; };

struct platinum {
  using dimension = cl::dimensions::support;
};
struct counsel {
  using dimension = cl::dimensions::advice;
};

}  // namespace

// The kind rule's slot and the billing period's term are not dimensions.
static_assert(!cl::Dimension<cl::dimensions::kind_rule>);
static_assert(!cl::Dimension<cl::terms::period>);
static_assert(cl::Field<cl::terms::period>);
static_assert(!has_value<cl::client, cl::dimensions::kind_rule>);
static_assert(!has_policy<cl::client, cl::dimensions::kind_rule>);
static_assert(!has_specifies<cl::client, cl::dimensions::kind_rule>);
static_assert(!has_value<cl::client, cl::terms::period>);
static_assert(!has_policy<cl::client, cl::terms::period>);
static_assert(has_value<cl::client, cl::dimensions::billing>);

// Arguments that are not policies, however many, never make a well-formed
// relationship, nor do periods given alone.
static_assert(!cl::detail::well_formed_v<int>);
static_assert(!cl::detail::well_formed_v<int, double>);
static_assert(!cl::detail::well_formed_v<platinum, counsel>);
static_assert(!cl::detail::well_formed_v<platinum, counsel, platinum, counsel>);
static_assert(!cl::detail::well_formed_v<cl::period::monthly, cl::period::weekly>);
static_assert(!cl::Policy<cl::period::monthly>);
static_assert(!cl::Policy<int>);
static_assert(!cl::Policy<platinum>);
static_assert(cl::detail::defect_v<cl::period::monthly> == cl::policy_defect::period_alone);
static_assert(cl::detail::defect_v<int> == cl::policy_defect::no_dimension);
static_assert(cl::detail::defect_v<platinum> == cl::policy_defect::no_value);

// Sixteen copies of one dimension do not carry into another dimension's bit.
static_assert(!cl::detail::well_formed_v<
              cl::support::self_service, cl::support::self_service, cl::support::self_service,
              cl::support::self_service, cl::support::self_service, cl::support::self_service,
              cl::support::self_service, cl::support::self_service, cl::support::self_service,
              cl::support::self_service, cl::support::self_service, cl::support::self_service,
              cl::support::self_service, cl::support::self_service, cl::support::self_service,
              cl::support::self_service>);
static_assert(!cl::detail::well_formed_v<cl::support::self_service, cl::support::self_service>);
static_assert(cl::detail::well_formed_v<cl::support::self_service, cl::advice::none>);

// A kind rule with a classify of the wrong signature is told apart from one
// without classify, and the kind of every library preset is one of the two.
namespace {
struct wrong_signature {
  using dimension = cl::dimensions::kind_rule;
  static constexpr std::uint32_t reads = 0;
  static constexpr cl::relationship_kind classify(int) noexcept {
    return cl::relationship_kind::client;
  }
};
struct no_classify {
  using dimension = cl::dimensions::kind_rule;
};
}  // namespace
static_assert(cl::detail::defect_v<wrong_signature> == cl::policy_defect::bad_classify);
static_assert(cl::detail::defect_v<no_classify> == cl::policy_defect::no_classify);

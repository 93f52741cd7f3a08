// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

// A registry with two types of one profile: they differ only in their kind
// rule, so dispatch by profile could not tell them apart.
// EXPECT: two entries of this registry have the same profile
// EXPECT: registry_profile_given_twice<clientele::named<.*clientele::relationship<clientele::duration::one_time, clientele::offering::goods>
// EXPECT: clientele::kind_rules::by_offering
#include <clientele/clientele.hpp>

namespace cl = clientele;
using shop_sale = cl::relationship<cl::duration::one_time, cl::offering::goods>;
using shop_sale_by_offering = shop_sale::with<cl::kind_rules::by_offering>;
using accounts = cl::registry<cl::named<"shop_sale", shop_sale>,
                              cl::named<"shop_sale_by_offering", shop_sale_by_offering>>;
constexpr auto where = accounts::find("shop_sale");  // FAILS

int main() {}

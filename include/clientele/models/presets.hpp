// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Ready-made, fully specified relationship types: `client`,
/// `customer` and `consumer`.

#ifndef CLIENTELE_PRESETS_HPP
#define CLIENTELE_PRESETS_HPP

#include <clientele/catalogue/period.hpp>
#include <clientele/relationship.hpp>

namespace clientele {

/// @brief The typical client relationship: the client-side value of every
/// dimension.
///
/// Ongoing, a professional service, tailored, collaborative, advisory,
/// billed by a monthly retainer, looked after by a dedicated team, highly
/// dependent, under a service contract, with deep knowledge of the client.
/// Where the catalogue leans to neither side it takes the commonest case for
/// a client: the counterpart is a business (the firms of the source @ref source_spotlight "Difference Between Client and Customer" serve
/// companies first), buying for its own use.
using client = relationship<duration::ongoing, offering::professional_service,
                            personalization::tailored, engagement::collaborative,
                            advice::advisory, billing::retainer<period::monthly>,
                            support::dedicated_team, dependency::high,
                            agreement::service_contract, party::business, purpose::end_use,
                            knowledge::deep>;

/// @brief The typical customer relationship: the customer-side value of
/// every dimension.
///
/// A one-time purchase of goods, standardized, transactional, with no
/// advice, paid per transaction, with a support desk to turn to, low
/// dependency, under the terms of sale, and minimal knowledge of the buyer.
/// Where the catalogue leans to neither side it takes the commonest case: an
/// individual buying for their own use, so the typical customer is also a
/// consumer.
using customer = relationship<duration::one_time, offering::goods, personalization::standardized,
                              engagement::transactional, advice::none, billing::per_transaction,
                              support::support_desk, dependency::low, agreement::terms_of_sale,
                              party::individual, purpose::end_use, knowledge::minimal>;

/// @brief A consumer: a customer who buys as an individual for their own
/// use (the source @ref source_difference "Client vs Customer: What's the Difference", "Consumer vs Customer").
///
/// It is `customer` with the party and the purpose stated as the definition
/// of a consumer requires, so it stays a consumer even when built from a
/// customer whose party or purpose differ.
using consumer = customer::with<party::individual, purpose::end_use>;

}  // namespace clientele

#endif  // CLIENTELE_PRESETS_HPP

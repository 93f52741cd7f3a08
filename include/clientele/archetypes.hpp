// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Ready-made relationship types for the businesses the texts name,
/// each with the reasons for its policies. See the page @ref archetypes.

#ifndef CLIENTELE_ARCHETYPES_HPP
#define CLIENTELE_ARCHETYPES_HPP

#include <clientele/period.hpp>
#include <clientele/relationship.hpp>

namespace clientele {

/// @brief Relationship types for the businesses named in the texts: the
/// professional firms that have clients, and the shops, services and
/// subscriptions that have customers.
namespace archetypes {

// --- client side --------------------------------------------------------------

/// @brief A law firm and the company it represents in ongoing legal matters
/// (seed 000): expert advice tailored to the client's affairs, worked out in
/// meetings, paid by a monthly retainer under an engagement contract, with a
/// team that knows the client's history.
using law_firm = relationship<duration::ongoing, offering::professional_service,
                              personalization::tailored, engagement::collaborative,
                              advice::advisory, billing::retainer<period::monthly>,
                              support::dedicated_team, dependency::high,
                              agreement::service_contract, party::business, purpose::end_use,
                              knowledge::deep>;

/// @brief A consulting firm (seed 000): a tailored engagement billed per
/// deliverable (seed 001's "specific deliverables"), run jointly with the
/// client's managers.
using consulting_firm =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::business, purpose::end_use, knowledge::deep>;

/// @brief An accounting firm (seeds 000 and 003): the books of a business
/// kept month after month for a recurring fee, with advice on top.
using accounting_firm =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::recurring<period::monthly>,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::business, purpose::end_use, knowledge::deep>;

/// @brief An architecture practice (seed 000): a building designed to the
/// client's brief over many meetings, billed at each design stage.
using architecture_practice =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::deep>;

/// @brief An advertising firm (seed 000): campaigns for a brand, kept on a
/// monthly retainer.
using advertising_firm =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::retainer<period::monthly>,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::business, purpose::end_use, knowledge::deep>;

/// @brief A marketing agency (seed 003): a company's marketing run on a
/// quarterly retainer, with an account team.
using marketing_agency =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory,
                 billing::retainer<period::quarterly>, support::dedicated_team, dependency::high,
                 agreement::service_contract, party::business, purpose::end_use,
                 knowledge::deep>;

/// @brief A real estate agency (seed 003): an agent who represents a buyer
/// or seller under a mandate until the deal closes, paid on completion.
using real_estate_agency =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::deep>;

/// @brief A design studio (seed 003): work made to a client's brief, billed
/// per deliverable.
using design_studio =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::milestone,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::business, purpose::end_use, knowledge::deep>;

/// @brief Insurance advice (seed 004): an adviser who reviews a household's
/// cover every year for an annual fee.
using insurance_advice =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, billing::retainer<period::annually>,
                 support::dedicated_team, dependency::high, agreement::service_contract,
                 party::individual, purpose::end_use, knowledge::deep>;

// --- customer side ------------------------------------------------------------

/// @brief A supermarket (seed 000): groceries bought on each visit, paid at
/// the till; the shopper comes back, but every visit stands alone.
using supermarket = relationship<duration::repeat, offering::goods, personalization::standardized,
                                 engagement::transactional, advice::none,
                                 billing::per_transaction, support::support_desk,
                                 dependency::low, agreement::terms_of_sale, party::individual,
                                 purpose::end_use, knowledge::minimal>;

/// @brief A coffee shop (seeds 000 and 002): a regular who returns day after
/// day, each visit its own transaction.
using coffee_shop = relationship<duration::repeat, offering::standard_service,
                                 personalization::standardized, engagement::transactional,
                                 advice::none, billing::per_transaction, support::self_service,
                                 dependency::low, agreement::none, party::individual,
                                 purpose::end_use, knowledge::minimal>;

/// @brief A retail store (seed 003): a product bought once, under the
/// store's terms of sale, with a service desk for returns.
using retail_store = relationship<duration::one_time, offering::goods,
                                  personalization::standardized, engagement::transactional,
                                  advice::none, billing::per_transaction, support::support_desk,
                                  dependency::low, agreement::terms_of_sale, party::individual,
                                  purpose::end_use, knowledge::minimal>;

/// @brief A restaurant (seed 003): a meal served on request and paid for at
/// the table.
using restaurant = relationship<duration::repeat, offering::standard_service,
                                personalization::standardized, engagement::responsive,
                                advice::none, billing::per_transaction, support::support_desk,
                                dependency::low, agreement::none, party::individual,
                                purpose::end_use, knowledge::minimal>;

/// @brief An online store (seed 002): goods chosen from a standard range,
/// with suggestions based on past orders.
using online_store = relationship<duration::repeat, offering::goods,
                                  personalization::recommendations, engagement::transactional,
                                  advice::none, billing::per_transaction, support::support_desk,
                                  dependency::low, agreement::terms_of_sale, party::individual,
                                  purpose::end_use, knowledge::minimal>;

/// @brief A car bought at a showroom (seed 000): one purchase of goods,
/// with questions answered by the salesperson as they come.
using car_showroom = relationship<duration::one_time, offering::goods,
                                  personalization::standardized, engagement::responsive,
                                  advice::none, billing::per_transaction, support::support_desk,
                                  dependency::low, agreement::terms_of_sale, party::individual,
                                  purpose::end_use, knowledge::minimal>;

/// @brief A software-as-a-service subscription (seed 003): a customer billed
/// monthly under standard terms. It is ongoing, which leans to the client
/// side, so it shows one tension: a customer relationship with a client-side
/// duration.
using saas_subscription =
    relationship<duration::ongoing, offering::standard_service, personalization::standardized,
                 engagement::responsive, advice::none, billing::recurring<period::monthly>,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::business, purpose::end_use, knowledge::minimal>;

/// @brief A one-off legal matter handled by a law firm for an occasional
/// customer (seed 000's reading): professional and tailored, yet one-time,
/// so under the catalogue's rule it is a customer relationship, with the
/// tensions of a customer who receives client-side treatment.
using occasional_legal_matter =
    relationship<duration::one_time, offering::professional_service, personalization::tailored,
                 engagement::responsive, advice::advisory, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;

/// @brief Shampoo bought for oneself (seed 003): the buyer is the consumer.
using shampoo_for_self =
    relationship<duration::one_time, offering::goods, personalization::standardized,
                 engagement::transactional, advice::none, billing::per_transaction,
                 support::self_service, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;

/// @brief The same shampoo bought as a gift (seed 003): the buyer is a
/// customer but not the consumer.
using shampoo_as_gift = shampoo_for_self::with<purpose::on_behalf>;

}  // namespace archetypes

}  // namespace clientele

#endif  // CLIENTELE_ARCHETYPES_HPP

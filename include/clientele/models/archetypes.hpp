// Copyright (c) 2026 The clientele authors.
// Distributed under the Boost Software License, Version 1.0.
// (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

/// @file
/// @brief Ready-made relationship types for the businesses the sources name (see @ref sources),
/// each with the reasons for its policies. See the page @ref archetypes.

#ifndef CLIENTELE_ARCHETYPES_HPP
#define CLIENTELE_ARCHETYPES_HPP

#include <clientele/catalogue/period.hpp>
#include <clientele/relationship.hpp>

namespace clientele {

/// @brief Relationship types for the businesses named in the sources: the
/// professional firms that have clients, and the shops, services and
/// subscriptions that have customers.
namespace archetypes {

// --- client side --------------------------------------------------------------

/// @brief What the client-side archetypes share: an ongoing professional
/// service, tailored and worked out together, relied on for advice, looked
/// after by a dedicated team under a service contract, by a provider that
/// knows the client well (the sources @ref source_spotlight "Difference Between Client and Customer", @ref source_simple "Client VS CUSTOMER - A simple approach", @ref source_difference "Client vs Customer: What's the Difference" and @ref source_cbce "CBCE Skill India"). Billing and party are
/// left to each archetype.
using professional_engagement =
    relationship<duration::ongoing, offering::professional_service, personalization::tailored,
                 engagement::collaborative, advice::advisory, support::dedicated_team,
                 dependency::high, agreement::service_contract, purpose::end_use, knowledge::deep>;

/// @brief A law firm and the company it represents in ongoing legal matters
/// (the source @ref source_spotlight "Difference Between Client and Customer"), paid by a monthly retainer.
using law_firm = professional_engagement::with<billing::retainer<period::monthly>, party::business>;

/// @brief A consulting firm (the source @ref source_spotlight "Difference Between Client and Customer"): an engagement with a company, billed
/// per deliverable (the source @ref source_distinction "Understanding the Distinction"'s "specific deliverables").
using consulting_firm = professional_engagement::with<billing::milestone, party::business>;

/// @brief An accounting firm (the sources @ref source_spotlight "Difference Between Client and Customer" and @ref source_difference "Client vs Customer: What's the Difference"): a company's books kept
/// month after month for a recurring fee.
using accounting_firm =
    professional_engagement::with<billing::recurring<period::monthly>, party::business>;

/// @brief An architecture practice (the source @ref source_spotlight "Difference Between Client and Customer"): a house designed to a
/// private client's brief, billed at each design stage.
using architecture_practice = professional_engagement::with<billing::milestone, party::individual>;

/// @brief An advertising firm (the source @ref source_spotlight "Difference Between Client and Customer"): a brand's campaigns, kept on a
/// monthly retainer.
using advertising_firm =
    professional_engagement::with<billing::retainer<period::monthly>, party::business>;

/// @brief A marketing agency (the source @ref source_difference "Client vs Customer: What's the Difference"): a company's marketing on a
/// quarterly retainer.
using marketing_agency =
    professional_engagement::with<billing::retainer<period::quarterly>, party::business>;

/// @brief A real estate agency (the source @ref source_difference "Client vs Customer: What's the Difference"): an agent representing a buyer or
/// seller under a mandate until the deal closes, paid on completion.
using real_estate_agency = professional_engagement::with<billing::milestone, party::individual>;

/// @brief A design studio (the source @ref source_difference "Client vs Customer: What's the Difference"): work made to a company's brief, billed
/// per deliverable.
using design_studio = professional_engagement::with<billing::milestone, party::business>;

/// @brief Insurance advice (the source @ref source_cbce "CBCE Skill India"): an adviser who reviews a household's
/// cover every year for an annual fee.
using insurance_advice =
    professional_engagement::with<billing::retainer<period::annual>, party::individual>;

// --- customer side ------------------------------------------------------------

/// @brief What the shop-like customer archetypes share: a standard offer,
/// no advice, paid on the spot, little dependency and little knowledge of the
/// buyer, who is an individual buying for their own use (the sources @ref source_spotlight "Difference Between Client and Customer", @ref source_simple "Client VS CUSTOMER - A simple approach" and
/// @ref source_difference "Client vs Customer: What's the Difference"). Duration, offering, engagement, support and agreement are left to
/// each archetype.
using retail_purchase =
    relationship<personalization::standardized, advice::none, billing::per_transaction,
                 dependency::low, party::individual, purpose::end_use, knowledge::minimal>;

/// @brief A supermarket (the source @ref source_spotlight "Difference Between Client and Customer"): groceries bought on each visit, paid at
/// the till; the shopper comes back, but every visit stands alone.
using supermarket = retail_purchase::with<duration::repeat, offering::goods, engagement::transactional,
                                          support::support_desk, agreement::terms_of_sale>;

/// @brief A coffee shop (the sources @ref source_spotlight "Difference Between Client and Customer" and @ref source_simple "Client VS CUSTOMER - A simple approach"): a regular who returns day after
/// day, each visit its own transaction.
using coffee_shop =
    retail_purchase::with<duration::repeat, offering::standard_service, engagement::transactional,
                          support::self_service, agreement::none>;

/// @brief A retail store (the source @ref source_difference "Client vs Customer: What's the Difference"): a product bought once, under the
/// store's terms of sale, with a service desk for returns.
using retail_store = retail_purchase::with<duration::one_time, offering::goods, engagement::transactional,
                                           support::support_desk, agreement::terms_of_sale>;

/// @brief A restaurant (the source @ref source_difference "Client vs Customer: What's the Difference"): a meal served on request and paid for at
/// the table.
using restaurant =
    retail_purchase::with<duration::repeat, offering::standard_service, engagement::responsive,
                          support::support_desk, agreement::none>;

/// @brief An online store (the source @ref source_simple "Client VS CUSTOMER - A simple approach"): goods chosen from a standard range,
/// with suggestions based on past orders.
using online_store =
    retail_purchase::with<duration::repeat, offering::goods, engagement::transactional,
                          support::support_desk, agreement::terms_of_sale,
                          personalization::recommendations>;

/// @brief A car bought at a showroom (the source @ref source_spotlight "Difference Between Client and Customer"): one purchase of goods, with
/// questions answered by the salesperson as they come.
using car_showroom = retail_purchase::with<duration::one_time, offering::goods, engagement::responsive,
                                           support::support_desk, agreement::terms_of_sale>;

/// @brief A software-as-a-service subscription (the source @ref source_difference "Client vs Customer: What's the Difference"): a customer billed
/// monthly under standard terms. It is ongoing, but the source names
/// subscription software among the customer businesses: staying and paying
/// every period is ordinary for a customer, so it shows no tension.
using saas_subscription =
    relationship<duration::ongoing, offering::standard_service, personalization::standardized,
                 engagement::responsive, advice::none, billing::recurring<period::monthly>,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::business, purpose::end_use, knowledge::minimal>;

/// @brief A one-off legal matter handled by a law firm for an occasional
/// customer (the source @ref source_simple "Client VS CUSTOMER - A simple approach"'s law firm that also handles occasional
/// customers for specific legal needs): professional and tailored, yet
/// bought once by a buyer who does not come to rely on the firm, so the
/// catalogue's rule makes it a customer relationship, with the tensions of a
/// customer who receives a professional's tailored advice.
using occasional_legal_matter =
    relationship<duration::one_time, offering::professional_service, personalization::tailored,
                 engagement::responsive, advice::advisory, billing::per_transaction,
                 support::support_desk, dependency::low, agreement::terms_of_sale,
                 party::individual, purpose::end_use, knowledge::minimal>;

/// @brief Shampoo bought for oneself (the source @ref source_difference "Client vs Customer: What's the Difference"): the buyer is the consumer.
using shampoo_for_self =
    retail_purchase::with<duration::one_time, offering::goods, engagement::transactional,
                          support::self_service, agreement::terms_of_sale>;

/// @brief The same shampoo bought as a gift (the source @ref source_difference "Client vs Customer: What's the Difference"): the buyer is a
/// customer but not the consumer.
using shampoo_as_gift = shampoo_for_self::with<purpose::on_behalf>;

}  // namespace archetypes

}  // namespace clientele

#endif  // CLIENTELE_ARCHETYPES_HPP

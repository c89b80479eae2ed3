#pragma once
// POST /api/v1/batch: what a phone's outbox recorded offline, sent as one request. Each item is a
// create or an update of a record a phone may make (the routes add_resource marks batchable: those
// with a client-made id), run through the very route a single request would take (session, CSRF,
// permission, decoding, service, policy, audit), each in its own savepoint of one transaction:
// one durable commit for the whole instead of one per record. The answer lists each item's status
// and body, in order; it stops after an item that failed for a passing reason (5xx, 408, 429),
// whose successors wait for the next sending. See ARCHITECTURE.md, "Offline on a phone".
#include "api/api.hpp"
#include "db/pool.hpp"

namespace filet::api {

// The most items one batch holds (the outbox sends its entries in batches of this size or less).
inline constexpr size_t kBatchMaxItems = 100;

void add_batch_route(Api& api, db::Pool& pool);

}  // namespace filet::api

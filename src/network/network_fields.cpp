#include "network/network_fields.hpp"

namespace filet::network {
using fields::Access;
using fields::Type;

namespace {
constexpr int64_t kMany = 1'000'000'000'000;
constexpr std::string_view kLinkKinds[] = {"all", "referrals", "networking", "key_partners", "agreements"};
constexpr std::string_view kKinds[] = {"referrals", "networking", "key_partners", "agreements"};

const fields::Description kNodeFields{
    "NetworkMapOrganization",
    {{.name = "id", .type = Type::id, .access = Access::read_only},
     {.name = "name", .type = Type::text, .access = Access::read_only},
     {.name = "sector", .type = Type::text, .access = Access::read_only},
     {.name = "partners", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "betweenness", .type = Type::number, .access = Access::read_only},
     {.name = "activity", .type = Type::integer, .high = kMany, .nullable = true, .access = Access::read_only}}};

const fields::Description kLinkFields{
    "NetworkMapLink",
    {{.name = "source", .type = Type::id, .access = Access::read_only},
     {.name = "target", .type = Type::id, .access = Access::read_only},
     {.name = "kind", .type = Type::choice, .choices = kKinds, .access = Access::read_only},
     {.name = "count", .type = Type::integer, .high = kMany, .nullable = true, .access = Access::read_only},
     {.name = "completed_share", .type = Type::number, .nullable = true, .access = Access::read_only}}};
}  // namespace

const fields::Description kNetworkMapQuery{
    "NetworkMapQuery",
    {{.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}},
     {.name = "program_id", .type = Type::id, .label = {"programme", "program"}},
     {.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}},
     {.name = "links", .type = Type::choice, .label = {"liens", "links"}, .choices = kLinkKinds}}};

const fields::Description kNetworkMapFields{
    "NetworkMap",
    {{.name = "organizations", .type = Type::object_list, .access = Access::read_only, .nested = &kNodeFields},
     {.name = "links", .type = Type::object_list, .access = Access::read_only, .nested = &kLinkFields},
     {.name = "linked_pairs", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "reciprocal_pairs", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "reciprocity", .type = Type::number, .nullable = true, .access = Access::read_only},
     {.name = "isolated", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "brokers", .type = Type::id_list, .access = Access::read_only}}};

}  // namespace filet::network

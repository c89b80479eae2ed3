#include "api/resource.hpp"
#include "families/entry_repository.hpp"
#include "families/family_routes.hpp"

namespace filet::families {
namespace {

using auth::Permission;

Result<EntryFilter> filter_of(const api::Context& ctx) {
  return EntryFilter{TRY(api::id_query_param(ctx.request, "family_id"))};
}

// The list / get / create / update routes of one kind of entry.
template <class Entry, class Changes, class List, class Get>
void add_entry_resource(api::Api& api, EntryService& entries, std::string path, std::span<const db::SortKey> sorts,
                        const fields::Description& description,
                        std::function<Result<Changes>(const boost::json::object&, fields::Mode)> decode,
                        std::string noun, List list, Get get) {
  api::add_resource<Entry, Changes>(
      api, {.path = std::move(path),
            .sorts = sorts,
            .fields = description,
            .filters = &kEntryFilterFields,
            .list = {Permission::record_families, "List " + noun + "s of families"},
            .get = {Permission::record_families, "Read a " + noun},
            .create = {Permission::record_families, "Record a " + noun},
            .update = {Permission::record_families, "Change a " + noun},
            .list_records = [&entries, list](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<Entry>> {
              return (entries.*list)(ctx.scope, query, TRY(filter_of(ctx)));
            },
            .get_record = [&entries, get](api::Context& ctx,
                                          const std::string& id) { return (entries.*get)(ctx.scope, id); },
            .decode = std::move(decode),
            .create_record =
                [&entries](api::Context& ctx, const Changes& changes) {
                  auto actor = ctx.actor();
                  return entries.create({actor, *ctx.principal, ctx.scope}, changes);
                },
            .update_record =
                [&entries](api::Context& ctx, const std::string& id, const Changes& changes) {
                  auto actor = ctx.actor();
                  return entries.update({actor, *ctx.principal, ctx.scope}, id, changes);
                }});
}

}  // namespace

void add_entry_routes(api::Api& api, EntryService& entries) {
  namespace repo = entry_repository;
  add_entry_resource<Consent, ConsentChanges>(api, entries, "/api/v1/family-consents", repo::kConsentSorts,
                                              kConsentFields, decode_consent, "consent", &EntryService::consents,
                                              &EntryService::consent);
  add_entry_resource<Contact, ContactChanges>(api, entries, "/api/v1/family-contacts", repo::kContactSorts,
                                              kContactFields, decode_contact, "contact", &EntryService::contacts,
                                              &EntryService::contact);
  add_entry_resource<CheckIn, CheckInChanges>(api, entries, "/api/v1/family-check-ins", repo::kCheckInSorts,
                                              kCheckInFields, decode_check_in, "check-in", &EntryService::check_ins,
                                              &EntryService::check_in);
}

}  // namespace filet::families

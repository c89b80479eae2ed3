#include "journal/journal_kinds.hpp"

#include "core/organization_repository.hpp"
#include "reference/reference_list_service.hpp"

namespace filet::journal {
namespace {

// A code of `list` in `field`: offered, or the record's code already.
Result<void> offered(db::Connection& c, const char* list, const std::string& code, const char* field,
                     const std::string& current) {
  return reference::check_offered(c, list, code, field, current);
}

// The record `id` of `table` exists (territories, organizations); "" names none.
Result<void> exists(db::Connection& c, std::string_view table, const std::string& id, const char* field) {
  if (id.empty()) return {};
  auto missing = TRY(core::organization_repository::missing_ids(c, table, {id}));
  if (!missing.empty()) return fail(Error::field(ErrorCode::validation_failed, field, FieldCode::not_found));
  return {};
}

}  // namespace

Result<void> OutreachKind::check_references(db::Connection& c, const Entry& e, const Entry* before) {
  TRY_VOID(offered(c, "outreach_strategy", e.strategy, "strategy", before ? before->strategy : ""));
  TRY_VOID(offered(c, "outreach_place_type", e.place_type, "place_type", before ? before->place_type : ""));
  return exists(c, "territories", e.territory_id, "territory_id");
}

Result<void> NetworkingKind::check_references(db::Connection& c, const Entry& e, const Entry* before) {
  TRY_VOID(offered(c, "organization_category", e.category, "category", before ? before->category : ""));
  TRY_VOID(offered(c, "networking_activity", e.activity, "activity", before ? before->activity : ""));
  return exists(c, "organizations", e.partner_organization_id, "partner_organization_id");
}

}  // namespace filet::journal

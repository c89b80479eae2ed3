#include "reference/reference_list_service.hpp"

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"
#include "reference/reference_list_repository.hpp"

namespace filet::reference {
namespace repo = reference_list_repository;
namespace {

constexpr std::string_view kEntity = "reference_entry";

void apply(ReferenceEntry& e, const EntryChanges& changes, const audit::Actor& actor, const std::string& now) {
  if (changes.label_fr) e.label_fr = *changes.label_fr;
  if (changes.label_en) e.label_en = *changes.label_en;
  if (changes.description_fr) e.description_fr = *changes.description_fr;
  if (changes.description_en) e.description_en = *changes.description_en;
  if (changes.position) e.position = *changes.position;
  if (changes.retired && *changes.retired != e.retired()) {
    e.retired_at = *changes.retired ? now : "";
    e.retired_by = *changes.retired ? actor.user_id : "";
  }
}

// The service's own checks, for callers other than the API (whose decoding checks them first).
Result<void> check(const ReferenceEntry& e) {
  std::vector<FieldError> errors;
  if (!is_valid_code(e.code)) errors.push_back({"code", FieldCode::invalid_format, std::string(kCodeExample)});
  if (e.label_fr.empty()) errors.push_back({"label_fr", FieldCode::required, {}});
  if (e.label_en.empty()) errors.push_back({"label_en", FieldCode::required, {}});
  if (text::length(e.label_fr) > kLabelMax)
    errors.push_back({"label_fr", FieldCode::too_long, std::to_string(kLabelMax)});
  if (text::length(e.label_en) > kLabelMax)
    errors.push_back({"label_en", FieldCode::too_long, std::to_string(kLabelMax)});
  if (e.position < 0 || e.position > kPositionMax)
    errors.push_back({"position", FieldCode::out_of_range, "0–" + std::to_string(kPositionMax)});
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}});
}

}  // namespace

Result<std::vector<ReferenceList>> ReferenceListService::lists() {
  auto c = TRY(pool_.acquire());
  return repo::lists(*c);
}

Result<ListWithEntries> ReferenceListService::list(const std::string& key, bool include_retired) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin_read(*c));
  ListWithEntries out;
  out.list = TRY(repo::find_list(*c, key));
  out.entries = TRY(repo::entries(*c, key, include_retired));
  return out;
}

Result<ReferenceEntry> ReferenceListService::entry(const std::string& key, const std::string& code) {
  auto c = TRY(pool_.acquire());
  return repo::find_entry(*c, key, code);
}

Result<ReferenceEntry> ReferenceListService::add(const audit::Actor& actor, const std::string& key,
                                                 const std::string& code, const EntryChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY(repo::find_list(*c, key));
  ReferenceEntry e;
  e.id = ids::new_uuid();
  e.list_key = key;
  e.code = code;
  e.created_at = e.updated_at = clock::now_iso();
  e.created_by = actor.user_id;
  e.position = TRY(repo::next_position(*c, key));
  apply(e, changes, actor, e.created_at);
  TRY_VOID(check(e));
  auto existing = repo::find_entry(*c, key, code);
  if (existing) return fail(Error::field(ErrorCode::conflict, "code", FieldCode::duplicate));
  if (existing.error().code != ErrorCode::not_found) return std::unexpected(existing.error());
  TRY_VOID(repo::insert_entry(*c, e));
  TRY_VOID(audit::record(*c, actor, {"create", std::string(kEntity), e.id, ""}));
  TRY_VOID(tx.commit());
  return repo::find_entry(*c, key, code);
}

Result<ReferenceEntry> ReferenceListService::update(const audit::Actor& actor, const std::string& key,
                                                    const std::string& code, const EntryChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY(repo::find_list(*c, key));
  ReferenceEntry e = TRY(repo::find_entry(*c, key, code));
  bool was_retired = e.retired();
  e.updated_at = clock::now_iso();
  apply(e, changes, actor, e.updated_at);
  TRY_VOID(check(e));
  TRY_VOID(repo::update_entry(*c, e));
  // Retiring and restoring are named apart in the log: they change what new records may choose.
  std::string action = e.retired() == was_retired ? "update" : e.retired() ? "retire" : "restore";
  TRY_VOID(audit::record(*c, actor, {action, std::string(kEntity), e.id, ""}));
  TRY_VOID(tx.commit());
  return repo::find_entry(*c, key, code);
}

Result<void> check_offered(db::Connection& c, const std::string& key, const std::string& code, std::string_view field,
                           const std::string& current) {
  auto entry = repo::find_entry(c, key, code);
  if (!entry) {
    if (entry.error().code != ErrorCode::not_found) return std::unexpected(entry.error());
    return fail(Error::field(ErrorCode::validation_failed, std::string(field), FieldCode::not_found));
  }
  if (entry->retired() && code != current)
    return fail(Error::field(ErrorCode::validation_failed, std::string(field), FieldCode::invalid_value, "retired"));
  return {};
}

}  // namespace filet::reference

#pragma once
// All of the SQL of questionnaires and their versions. Operational data: every statement carries
// the request's scope. A questionnaire is reached by those who read its organization at the
// de-identified level or change its records (its builders: managers, coordinators, evaluators;
// which roles may build at all is the route's permission, in the policy).
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires::questionnaire_repository {

// Adds to `where` the organizations whose questionnaires and campaigns the request reaches (on
// `column`): those it reads at `minimum` or more, and those whose records it changes.
db::Where& reachable(db::ScopedConnection& c, db::Where& where, std::string_view column,
                     db::Access minimum = db::Access::deidentified);
bool reaches(db::ScopedConnection& c, const std::string& organization_id,
             db::Access minimum = db::Access::deidentified);

inline constexpr db::SortKey kSorts[] = {{"code", "q.code"}, {"updated_at", "q.updated_at"}};

Result<void> insert(db::ScopedConnection& c, const Questionnaire& questionnaire);
Result<Questionnaire> find(db::ScopedConnection& c, const std::string& id);
// By code, without a sort; `organization_id` "" for every organization reached.
Result<db::Page<Questionnaire>> list(db::ScopedConnection& c, const std::string& organization_id,
                                     const db::ListQuery& query);

// A version with its sections, items and options, written in one go (inside the caller's
// transaction): a version is never changed once written, a change of meaning makes a new one.
Result<void> insert_version(db::ScopedConnection& c, const Version& version);
Result<Version> find_version(db::ScopedConnection& c, const std::string& version_id);
// The version a campaign answers, for its public page and its answers (the campaign, found by
// its link or in the scope, is the authority: a version holds no one's data).
Result<Version> published_version(db::Connection& c, const std::string& version_id);
// The versions of a questionnaire (sections and items left empty), by number then group.
Result<std::vector<Version>> versions_of(db::ScopedConnection& c, const std::string& questionnaire_id);
// The next free version number of a questionnaire for a respondent group.
Result<int64_t> next_version_number(db::ScopedConnection& c, const std::string& questionnaire_id,
                                    const std::string& respondent_group);

}  // namespace filet::questionnaires::questionnaire_repository

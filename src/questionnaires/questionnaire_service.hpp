#pragma once
// Questionnaires built from XLSForm files: who builds (the policy), one transaction for the
// questionnaire and its first version, one audit entry; nothing is written when the file is
// refused. Export gives a version back as XLSForm.
#include <string_view>

#include <vector>

#include "db/listing.hpp"
#include "db/pool.hpp"
#include "questionnaires/questionnaire.hpp"
#include "questionnaires/requester.hpp"

namespace filet::questionnaires {

// A questionnaire and its versions (their sections and items left empty).
struct QuestionnaireDetail {
  Questionnaire questionnaire;
  std::vector<Version> versions;
};

class QuestionnaireService {
 public:
  explicit QuestionnaireService(db::Pool& pool) : pool_(pool) {}
  // A new questionnaire of `organization_id` and its version 1, from an .xlsx XLSForm. Malformed
  // rows: validation_failed naming each sheet and row; a form_id the organization already uses:
  // validation_failed naming settings' form_id. `respondent_group`: the group version 1 is for
  // ("" when the questionnaire has one group; e.g. "PTP", its other groups by import_version).
  Result<Questionnaire> import_xlsform(const Requester& who, const std::string& organization_id, std::string_view xlsx,
                                       const std::string& respondent_group = {});
  // A further version of a questionnaire for `respondent_group` (another group, e.g. "PG" beside
  // "PTP", sharing the items of the same codes; or a new meaning for the same group, the next
  // number), from an XLSForm whose form_id is the questionnaire's code (else validation_failed
  // naming settings' form_id). Same rules and builders as import_xlsform.
  Result<Version> import_version(const Requester& who, const std::string& questionnaire_id,
                                 const std::string& respondent_group, std::string_view xlsx);
  // The questionnaires the scope reaches (`organization_id` "" for all of them), by code.
  Result<db::Page<Questionnaire>> list(const Requester& who, const std::string& organization_id,
                                       const db::ListQuery& query);
  Result<QuestionnaireDetail> detail(const Requester& who, const std::string& id);
  Result<Version> version(const Requester& who, const std::string& version_id);
  // The .xlsx XLSForm of a version.
  Result<std::string> export_xlsform(const Requester& who, const std::string& version_id);

 private:
  db::Pool& pool_;
};

}  // namespace filet::questionnaires

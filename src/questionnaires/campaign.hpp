#pragma once
// A campaign collects answers to one questionnaire version between two dates. Today: anyone with
// the link answers, anonymously (token and member populations are not built yet).
#include <cstdint>
#include <optional>
#include <string>

namespace filet::questionnaires {

struct Campaign {
  std::string id;
  std::string organization_id;
  std::string version_id;           // the questionnaire version answered
  std::string name;                 // unique in its organization
  std::string opens_on, closes_on;  // YYYY-MM-DD, both included
  std::string population = "link";  // anyone with the link
  bool anonymous = true;
  std::string link_token;  // opens the public respondent page
  std::string created_at, updated_at;
  int64_t version = 1;
  // The live count of responses received (read with the campaign); none where small counts are
  // hidden (fewer than k, read outside the organization).
  std::optional<int64_t> responses;
};

}  // namespace filet::questionnaires

#pragma once
// A campaign collects answers to one questionnaire version between two dates, from a population:
// anyone with the link, the members of a program's organizations (optionally one role), or the
// participants of a group (each invited with a personal token, campaign_population). Anonymous
// unless created identified (internal use).
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
  std::string population = "link";  // link, members or group (kPopulations)
  bool anonymous = true;
  std::string link_token;        // opens the public respondent page (link campaigns only)
  std::string program_id, role;  // members: the program whose organizations' members are invited, the role ("" any)
  std::string group_id;          // group: the group whose participants are invited
  std::string created_at, updated_at;
  int64_t version = 1;
  // The live count of responses received (read with the campaign); none where small counts are
  // hidden (fewer than k, read outside the organization).
  std::optional<int64_t> responses;
  // Invitation campaigns: how many are invited, and how many answered (hidden with `responses`).
  int64_t invited = 0;
  std::optional<int64_t> answered;
};

}  // namespace filet::questionnaires

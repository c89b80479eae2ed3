#pragma once
// Campaign routes of invitation populations (issue 10, item 3): the non-respondents and the
// invitations' mailing list; and what every questionnaire route file shares (the requester, a
// table download through the one export writer).
#include <string_view>
#include <vector>

#include "api/api.hpp"
#include "export/export_stream.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/requester.hpp"

namespace filet::questionnaires {

Requester requester(const api::Context& ctx);
// A CSV or XLSX file streamed through the one export writer, as an attachment named `file`.
Result<http::Response> download(std::string_view format, std::string_view lang,
                                const std::vector<exports::Column>& columns, std::string_view sheet,
                                std::string_view file, exports::RowSource rows);

void add_campaign_population_routes(api::Api& api, CampaignService& service);

}  // namespace filet::questionnaires

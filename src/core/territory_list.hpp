#pragma once
// An organization's territories as one text kept on its row (organizations.territory_list,
// migration 0033), so that a page of organizations reads them in its index alone instead of
// two index seeks per territory: "id<TAB>name" lines, in the order of the territories' folded
// names, with `\`, tab and newline escaped as \\, \t and \n. Written by the organization
// repository whenever an organization's territories or a territory's name change.
#include <string>
#include <string_view>
#include <vector>

#include "core/organization.hpp"

namespace filet::core::territory_list {

std::string encode(const std::vector<NamedRef>& territories);
// Malformed text (no tab on a line) gives the lines it can read: the text is written by encode alone.
std::vector<NamedRef> decode(std::string_view text);

}  // namespace filet::core::territory_list

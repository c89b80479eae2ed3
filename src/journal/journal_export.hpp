#pragma once
// The journal's CSV / XLSX downloads, through the one export writer: the entries of the
// organizations the person reads identified (managers: theirs), oldest first, with the labels of
// reference-list codes in the file's language. A batch per chunk of the response.
#include <memory>

#include "db/pool.hpp"
#include "db/scope.hpp"
#include "export/export_stream.hpp"
#include "journal/networking_entry.hpp"
#include "journal/outreach_entry.hpp"

namespace filet::journal {

std::vector<exports::Column> outreach_columns(exports::Language language);
std::vector<exports::Column> networking_columns(exports::Language language);
// `scope` is kept by the source: the request's scope outlives the handler in it.
exports::RowSource outreach_rows(db::Pool& pool, std::shared_ptr<const db::Scope> scope, OutreachFilter filter,
                                 exports::Language language);
exports::RowSource networking_rows(db::Pool& pool, std::shared_ptr<const db::Scope> scope, NetworkingFilter filter,
                                   exports::Language language);

}  // namespace filet::journal

#pragma once
// Core's names for the paging kit, which lives in db/listing.hpp so the API can use it from below.
#include "db/listing.hpp"

namespace filet::core {

using db::ListQuery;
using db::Page;
using db::select_page;

}  // namespace filet::core

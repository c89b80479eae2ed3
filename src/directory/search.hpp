#pragma once
// Search for practitioners: full text over names, descriptions, eligibility and need labels,
// insensitive to accents and case, with filters, ranked the same way on SQLite and PostgreSQL.
#include <optional>
#include <string>
#include <vector>

#include "core/listing.hpp"
#include "db/database.hpp"
#include "db/where.hpp"

namespace filet::directory {

struct SearchQuery {
  std::vector<std::string> words;  // folded words of the free text
  std::string need_id;             // services of this need or of a sub-need
  std::string territory_id;        // services serving this territory or a sub-territory
  std::string language;
  std::optional<int64_t> age;
  bool free_only = false;
  int weekday = 0;                                // 1 = Monday; 0 = any day
  std::optional<std::pair<double, double>> near;  // latitude, longitude
  int64_t page = 1, per_page = 25;
};

struct SearchHit {
  std::string id;
  int64_t score = 0;
  std::optional<double> distance_km;
};

// Words of a query as search sees them: folded, split on anything but letters and digits.
std::vector<std::string> search_words(std::string_view text);
// Great-circle distance in kilometres.
double distance_km(double lat1, double lon1, double lat2, double lon2);

Result<core::Page<SearchHit>> search(db::Connection& c, const SearchQuery& query);
// Relevance, computed in SQL so both engines order alike: a word in the name counts 4, in a
// need label 2, anywhere else 1 (every word is somewhere, or the row would not match). Every
// search of services ranks with it: the practitioner search and the HSDS API's ?search=.
std::pair<std::string, db::Params> score_expression(const std::vector<std::string>& words);
// Adds "every word, as a word prefix, and every filter token is in the service's indexed text" to
// a query over `services s`.
void match_words(db::Where& where, db::Engine engine, const std::vector<std::string>& words,
                 const std::vector<std::string>& tokens = {});

}  // namespace filet::directory

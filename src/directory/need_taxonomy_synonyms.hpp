#pragma once
// The words people type for each need of the taxonomy, in French and English: everyday words
// ("manger", "garderie"), abbreviations ("CPE", "HLM") and synonyms. They go into the search text
// of every service that meets the need, so "banque alimentaire" finds the food aid services.
#include <cstdint>
#include <string_view>

namespace filet::directory {

// The synonyms of the need with this taxonomy code, "" for a code without any (terms an admin
// added). Codes of the taxonomy as installed by need_taxonomy_data.cpp.
std::string_view need_synonyms(std::string_view code);
// A fingerprint of all the synonyms (FNV-1a): part of the search text version, so that editing
// them rewrites the search index at the next start.
uint64_t need_synonyms_fingerprint();

}  // namespace filet::directory

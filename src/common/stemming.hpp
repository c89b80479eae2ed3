#pragma once
// French and English stems (Snowball, Debian's libstemmer) of words already folded by text::fold,
// so that "familles" finds "famille" and "médicaux" finds "médical" on both database engines: the
// search index stores stems and queries look them up, the engines only match words.
#include <string>
#include <string_view>

namespace filet::text {

enum class StemLanguage { french, english };

// The stem of one folded word. Words that are not plain a–z letters (numbers, other scripts) and
// words under three letters come back unchanged.
std::string stem(std::string_view folded_word, StemLanguage language);

}  // namespace filet::text

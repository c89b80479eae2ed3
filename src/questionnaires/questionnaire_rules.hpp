#pragma once
// The pure rules of a questionnaire: is a version well built, which items a respondent is shown
// (conditions), and are a respondent's answers acceptable. No I/O: the services and the
// importers call them before writing anything.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires {

inline constexpr std::string_view kOtherCode = "other";  // the option "other, specify"
inline constexpr size_t kShortTextMax = 500;
inline constexpr size_t kLongTextMax = 10000;

// One respondent's answer to one item: the option codes chosen (one for Likert and single
// choice, any number for multiple choice) or the one text of a number, date or text item; empty
// when not answered. `other` is the "other, specify" text.
struct Answer {
  std::vector<std::string> values;
  std::string other;
  bool operator==(const Answer&) const = default;
};
using Answers = std::map<std::string, Answer, std::less<>>;

// Every problem of a version as built, each naming its place ("items[2].options[0].code",
// "sections[1].label_en", …). Empty when the version may be saved.
std::vector<FieldError> check_version(const Version& version);

// Whether `item` is shown, given the answers to the items before it.
bool is_shown(const Item& item, const Answers& shown_before);

// The answers to the items shown, in the version's order: an answer to an item its condition
// hides (the respondent changed an earlier answer) is dropped, and so are the items it hides in
// turn. Answers to unknown items are kept, so that check_answers reports them.
Answers shown_answers(const Version& version, const Answers& answers);

// Every problem of one respondent's answers (after shown_answers), each named
// "answers.<item code>": an unknown item, a required item shown and unanswered, a value that is
// not an option, not a whole number, not a number, not a date, a text too long.
std::vector<FieldError> check_answers(const Version& version, const Answers& answers);

}  // namespace filet::questionnaires

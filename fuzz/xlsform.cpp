// XLSForm import (questionnaires/xlsform) on any bytes: a form or an error, never a crash. A form
// read is one the version rules accept, every error names a sheet (and its row), and a form read
// writes out and reads back the same.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "questionnaires/questionnaire_rules.hpp"
#include "questionnaires/xlsform.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fuzz = filet::fuzz;
  namespace q = filet::questionnaires;
  auto form = q::xlsform::read(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!form) {
    for (const auto& f : form.error().fields)
      if (!f.field.starts_with("survey") && !f.field.starts_with("choices") && !f.field.starts_with("settings"))
        fuzz::broken("an XLSForm error that names no sheet: " + f.field);
    return 0;
  }
  if (!q::check_version(form->version).empty()) fuzz::broken("a form read that the version rules refuse");
  auto bytes = q::xlsform::write(*form);
  if (!bytes) fuzz::broken("a form read that cannot be written: " + bytes.error().detail);
  auto back = q::xlsform::read(*bytes);
  if (!back || !(*back == *form)) fuzz::broken("a form that does not read back as written");
  return 0;
}

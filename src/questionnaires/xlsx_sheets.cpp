#include "questionnaires/xlsx_sheets.hpp"

#include <expat.h>
#include <zip.h>

#include <functional>
#include <map>
#include <memory>

namespace filet::questionnaires::xlsx {
namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Result<Archive> open_archive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return fail(ErrorCode::bad_request, "xlsx: cannot read the buffer");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    zip_error_fini(&error);
    return fail(ErrorCode::bad_request, "xlsx: not a zip archive");
  }
  return Archive(archive, &zip_discard);
}

// One part of the archive, uncompressed; not_found when absent.
Result<std::string> read_part(zip_t* archive, const std::string& name) {
  zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  if (index < 0) return fail(ErrorCode::not_found, "xlsx: no part " + name);
  zip_stat_t stat;
  if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || stat.size > kMaxPartBytes)
    return fail(ErrorCode::bad_request, "xlsx: part too large or unreadable: " + name);
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, index, 0), &zip_fclose);
  if (!file) return fail(ErrorCode::bad_request, "xlsx: cannot open " + name);
  std::string out(stat.size, '\0');
  zip_int64_t read = zip_fread(file.get(), out.data(), out.size());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
    return fail(ErrorCode::bad_request, "xlsx: cannot read " + name);
  return out;
}

// A SAX pass over one XML part: element names without their namespace prefix.
struct Handlers {
  std::function<void(std::string_view name, const char** attributes)> start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
};

std::string_view local_name(const char* name) {
  std::string_view n(name);
  auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string attribute(const char** attributes, std::string_view wanted) {
  for (size_t i = 0; attributes[i]; i += 2)
    if (local_name(attributes[i]) == wanted) return attributes[i + 1];
  return {};
}

Result<void> parse(const std::string& xml, Handlers& h, const std::string& part) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                                       &XML_ParserFree);
  XML_SetUserData(parser.get(), &h);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const char* name, const char** attributes) {
        auto* self = static_cast<Handlers*>(data);
        if (self->start) self->start(local_name(name), attributes);
      },
      [](void* data, const char* name) {
        auto* self = static_cast<Handlers*>(data);
        if (self->end) self->end(local_name(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const char* text, int length) {
    auto* self = static_cast<Handlers*>(data);
    if (self->text) self->text(std::string_view(text, static_cast<size_t>(length)));
  });
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR)
    return fail(ErrorCode::bad_request, "xlsx: " + part + ": " + XML_ErrorString(XML_GetErrorCode(parser.get())));
  return {};
}

Result<std::vector<std::string>> shared_strings(zip_t* archive) {
  auto xml = read_part(archive, "xl/sharedStrings.xml");
  if (!xml && xml.error().code == ErrorCode::not_found) return std::vector<std::string>{};
  std::vector<std::string> out;
  bool in_text = false, in_phonetic = false;
  Handlers h;
  h.start = [&](std::string_view name, const char**) {
    if (name == "si") out.emplace_back();
    if (name == "rPh") in_phonetic = true;  // phonetic guides are not the cell's text
    if (name == "t") in_text = !in_phonetic;
  };
  h.end = [&](std::string_view name) {
    if (name == "t") in_text = false;
    if (name == "rPh") in_phonetic = false;
  };
  h.text = [&](std::string_view text) {
    if (in_text && !out.empty()) out.back() += text;
  };
  TRY_VOID(parse(TRY(std::move(xml)), h, "sharedStrings"));
  return out;
}

// "B12" → 1 (the column, from 0); -1 when the reference has no letters.
int64_t column_of(std::string_view reference) {
  int64_t column = 0;
  size_t i = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    column = column * 26 + (reference[i] - 'A' + 1);
    if (column > 16384) return -1;  // past XFD, the last column of a sheet
  }
  return i == 0 ? -1 : column - 1;
}

Result<Sheet> read_sheet(zip_t* archive, const std::string& name, const std::string& part,
                         const std::vector<std::string>& strings, size_t& cells) {
  Sheet sheet{name, {}};
  std::string type, value, inline_text;
  int64_t column = -1;
  bool in_value = false, in_inline = false, too_many = false, bad_index = false;
  Handlers h;
  h.start = [&](std::string_view element, const char** attributes) {
    if (element == "row") {
      std::string r = attribute(attributes, "r");
      int64_t number = r.empty() ? (sheet.rows.empty() ? 1 : sheet.rows.back().number + 1) : std::atoll(r.c_str());
      sheet.rows.push_back({number, {}});
    } else if (element == "c") {
      type = attribute(attributes, "t");
      std::string r = attribute(attributes, "r");
      column =
          r.empty() ? (sheet.rows.empty() ? 0 : static_cast<int64_t>(sheet.rows.back().cells.size())) : column_of(r);
      value.clear();
      inline_text.clear();
    } else if (element == "v") {
      in_value = true;
    } else if (element == "t" && type == "inlineStr") {
      in_inline = true;
    }
  };
  h.end = [&](std::string_view element) {
    if (element == "v") in_value = false;
    if (element == "t") in_inline = false;
    if (element != "c" || sheet.rows.empty() || column < 0) return;
    if (++cells > kMaxCells) {
      too_many = true;
      return;
    }
    std::string text = value;
    if (type == "s") {
      size_t index = static_cast<size_t>(std::atoll(value.c_str()));
      if (value.empty() || index >= strings.size())
        bad_index = true;
      else
        text = strings[index];
    } else if (type == "inlineStr") {
      text = inline_text;
    }
    auto& row = sheet.rows.back().cells;
    if (row.size() <= static_cast<size_t>(column)) row.resize(static_cast<size_t>(column) + 1);
    row[static_cast<size_t>(column)] = std::move(text);
  };
  h.text = [&](std::string_view text) {
    if (in_value) value += text;
    if (in_inline) inline_text += text;
  };
  TRY_VOID(parse(TRY(read_part(archive, part)), h, name));
  if (too_many) return fail(ErrorCode::bad_request, "xlsx: more than " + std::to_string(kMaxCells) + " cells");
  if (bad_index) return fail(ErrorCode::bad_request, "xlsx: " + name + ": a shared string index is out of range");
  return sheet;
}

// The workbook's sheets in order, with the part each is in (through the workbook's relations).
Result<std::vector<std::pair<std::string, std::string>>> sheet_parts(zip_t* archive) {
  std::map<std::string, std::string> targets;
  Handlers rels;
  rels.start = [&](std::string_view element, const char** attributes) {
    if (element == "Relationship") targets[attribute(attributes, "Id")] = attribute(attributes, "Target");
  };
  TRY_VOID(parse(TRY(read_part(archive, "xl/_rels/workbook.xml.rels")), rels, "workbook.xml.rels"));
  std::vector<std::pair<std::string, std::string>> out;
  Handlers workbook;
  workbook.start = [&](std::string_view element, const char** attributes) {
    if (element != "sheet") return;
    std::string target = targets[attribute(attributes, "id")];
    // Targets are relative to xl/, or absolute from the archive's root.
    target = target.starts_with("/") ? target.substr(1) : "xl/" + target;
    out.emplace_back(attribute(attributes, "name"), target);
  };
  TRY_VOID(parse(TRY(read_part(archive, "xl/workbook.xml")), workbook, "workbook.xml"));
  return out;
}

}  // namespace

Result<std::vector<Sheet>> read_sheets(std::string_view bytes) {
  Archive archive = TRY(open_archive(bytes));
  auto parts = sheet_parts(archive.get());
  if (!parts) return fail(ErrorCode::bad_request, parts.error().detail);
  auto strings = shared_strings(archive.get());
  if (!strings) return fail(ErrorCode::bad_request, strings.error().detail);
  std::vector<Sheet> out;
  size_t cells = 0;
  for (const auto& [name, part] : *parts) {
    auto sheet = read_sheet(archive.get(), name, part, *strings, cells);
    if (!sheet) return fail(ErrorCode::bad_request, sheet.error().detail);
    out.push_back(std::move(*sheet));
  }
  return out;
}

}  // namespace filet::questionnaires::xlsx

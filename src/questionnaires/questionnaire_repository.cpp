#include "questionnaires/questionnaire_repository.hpp"

namespace filet::questionnaires::questionnaire_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT q.id, q.organization_id, q.code, q.title_fr, q.title_en, q.created_at, q.updated_at, q.version "
    "FROM questionnaires q";

Questionnaire from_row(const db::Row& r) {
  return {r.text(0), r.text(1), r.text(2), {r.text(3), r.text(4)}, r.text(5), r.text(6), r.integer(7)};
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : " ") + v;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// A version's own columns: id, questionnaire_id, number, respondent_group, created_at.
Version version_from_row(const db::Row& r) {
  Version v;
  v.id = r.text(0);
  v.questionnaire_id = r.text(1);
  v.number = r.integer(2);
  v.respondent_group = r.text(3);
  v.created_at = r.text(4);
  return v;
}

// The version row, through its questionnaire's organization.
Result<Version> version_row(db::ScopedConnection& c, const std::string& version_id) {
  db::Where where;
  where.add("v.id = ?", {version_id});
  reachable(c, where, "q.organization_id");
  auto r = TRY(db::query_one(c.connection(),
                             "SELECT v.id, v.questionnaire_id, v.number, v.respondent_group, v.created_at "
                             "FROM questionnaire_versions v JOIN questionnaires q ON q.id = v.questionnaire_id" +
                                 where.sql(),
                             where.params()));
  return version_from_row(r);
}

Result<void> insert_item(db::ScopedConnection& c, const std::string& version_id, int64_t position, const Item& item) {
  TRY_VOID(c.execute(
      "INSERT INTO questionnaire_items (version_id, code, position, section_code, kind, label_fr, label_en, "
      "required, other_specify, relevant_item, relevant_values, grid_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {version_id, item.code, position, item.section, std::string(kind_name(item.kind)), item.label.fr, item.label.en,
       int64_t{item.required}, int64_t{item.other_specify},
       item.relevant ? db::Value{item.relevant->item} : db::Value{},
       item.relevant ? db::Value{joined(item.relevant->values)} : db::Value{}, item.grid}));
  for (size_t i = 0; i < item.options.size(); ++i) {
    const Option& o = item.options[i];
    TRY_VOID(c.execute(
        "INSERT INTO questionnaire_options (version_id, item_code, code, position, label_fr, label_en, score) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {version_id, item.code, o.code, static_cast<int64_t>(i), o.label.fr, o.label.en,
         o.score ? db::Value{*o.score} : db::Value{}}));
  }
  return {};
}

// Its sections, items and options, in order.
Result<void> fill_version(db::Connection& c, Version& v) {
  TRY_VOID(c.each("SELECT code, label_fr, label_en FROM questionnaire_sections WHERE version_id = ? ORDER BY position",
                  {v.id}, [&](db::Row& r) {
                    v.sections.push_back({r.text(0), {r.text(1), r.text(2)}});
                    return true;
                  }));
  TRY_VOID(c.each(
      "SELECT code, section_code, kind, label_fr, label_en, required, other_specify, relevant_item, relevant_values, "
      "grid_code FROM questionnaire_items WHERE version_id = ? ORDER BY position",
      {v.id}, [&](db::Row& r) {
        Item item;
        item.code = r.text(0);
        item.section = r.text(1);
        item.kind = kind_of(r.text(2)).value_or(ItemKind::short_text);
        item.label = {r.text(3), r.text(4)};
        item.required = r.boolean(5);
        item.other_specify = r.boolean(6);
        if (!r.is_null(7)) item.relevant = Condition{r.text(7), split(r.text(8))};
        item.grid = r.text(9);
        v.items.push_back(std::move(item));
        return true;
      }));
  std::map<std::string, Item*, std::less<>> by_code;
  for (Item& item : v.items) by_code[item.code] = &item;
  TRY_VOID(
      c.each("SELECT item_code, code, label_fr, label_en, score FROM questionnaire_options WHERE version_id = ? "
             "ORDER BY item_code, position",
             {v.id}, [&](db::Row& r) {
               auto item = by_code.find(r.text(0));
               if (item != by_code.end())
                 item->second->options.push_back({r.text(1), {r.text(2), r.text(3)}, r.optional_integer(4)});
               return true;
             }));
  return {};
}

}  // namespace

db::Where& reachable(db::ScopedConnection& c, db::Where& where, std::string_view column, db::Access minimum) {
  auto [read_sql, params] = c.scope().read_filter(column, minimum);
  auto [change_sql, change_params] = c.scope().change_filter(column);
  for (auto& p : change_params) params.push_back(std::move(p));
  return where.add(read_sql + " OR " + change_sql, std::move(params));
}

bool reaches(db::ScopedConnection& c, const std::string& organization_id, db::Access minimum) {
  return c.scope().may_change(organization_id) || c.scope().level(organization_id) >= minimum;
}

Result<void> insert(db::ScopedConnection& c, const Questionnaire& q) {
  if (!reaches(c, q.organization_id)) return fail(ErrorCode::forbidden, "organization outside the scope");
  TRY_VOID(c.execute(
      "INSERT INTO questionnaires (id, organization_id, code, title_fr, title_en, created_at, updated_at, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
      {q.id, q.organization_id, q.code, q.title.fr, q.title.en, q.created_at, q.updated_at}));
  return {};
}

Result<Questionnaire> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("q.id = ?", {id});
  reachable(c, where, "q.organization_id");
  return from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<Questionnaire>> list(db::ScopedConnection& c, const std::string& organization_id,
                                     const db::ListQuery& query) {
  db::Where where;
  reachable(c, where, "q.organization_id");
  if (!organization_id.empty()) where.add("q.organization_id = ?", {organization_id});
  return db::select_page<Questionnaire>(
      c.connection(),
      {std::string(kSelect), {}, "questionnaires q", where, query.order(kSorts, "q.code, q.id", "q.id")}, query,
      from_row);
}

Result<void> insert_version(db::ScopedConnection& c, const Version& v) {
  TRY(find(c, v.questionnaire_id));  // its questionnaire, in the scope
  TRY_VOID(
      c.execute("INSERT INTO questionnaire_versions (id, questionnaire_id, number, respondent_group, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                {v.id, v.questionnaire_id, v.number, v.respondent_group, v.created_at}));
  for (size_t i = 0; i < v.sections.size(); ++i)
    TRY_VOID(c.execute(
        "INSERT INTO questionnaire_sections (version_id, code, position, label_fr, label_en) VALUES (?, ?, ?, ?, ?)",
        {v.id, v.sections[i].code, static_cast<int64_t>(i), v.sections[i].label.fr, v.sections[i].label.en}));
  for (size_t i = 0; i < v.items.size(); ++i) TRY_VOID(insert_item(c, v.id, static_cast<int64_t>(i), v.items[i]));
  return {};
}

Result<Version> find_version(db::ScopedConnection& c, const std::string& version_id) {
  Version v = TRY(version_row(c, version_id));
  TRY_VOID(fill_version(c.connection(), v));
  return v;
}

Result<Version> published_version(db::Connection& c, const std::string& version_id) {
  auto r = TRY(db::query_one(c,
                             "SELECT id, questionnaire_id, number, respondent_group, created_at "
                             "FROM questionnaire_versions WHERE id = ?",
                             {version_id}));
  Version v = version_from_row(r);
  TRY_VOID(fill_version(c, v));
  return v;
}

Result<std::vector<Version>> versions_of(db::ScopedConnection& c, const std::string& questionnaire_id) {
  TRY(find(c, questionnaire_id));
  std::vector<Version> out;
  TRY_VOID(
      c.each("SELECT id, questionnaire_id, number, respondent_group, created_at FROM questionnaire_versions "
             "WHERE questionnaire_id = ? ORDER BY number, respondent_group",
             {questionnaire_id}, [&](db::Row& r) {
               out.push_back(version_from_row(r));
               return true;
             }));
  return out;
}

Result<int64_t> next_version_number(db::ScopedConnection& c, const std::string& questionnaire_id,
                                    const std::string& respondent_group) {
  TRY(find(c, questionnaire_id));
  auto r = TRY(db::query_one(c.connection(),
                             "SELECT COALESCE(MAX(number), 0) + 1 FROM questionnaire_versions "
                             "WHERE questionnaire_id = ? AND respondent_group = ?",
                             {questionnaire_id, respondent_group}));
  return r.integer(0);
}

}  // namespace filet::questionnaires::questionnaire_repository

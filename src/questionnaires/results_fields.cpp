#include "questionnaires/results_fields.hpp"

#include "questionnaires/campaign_fields.hpp"

namespace filet::questionnaires {
namespace json = boost::json;
using fields::Access;
using fields::Type;

namespace {

constexpr auto RO = Access::read_only;

fields::Field code(std::string_view name) {
  return {.name = name, .type = Type::text, .access = RO};
}
fields::Field list(std::string_view name, const fields::Description& nested) {
  return {.name = name, .type = Type::object_list, .access = RO, .nested = &nested};
}

const fields::Description kOptionResultFields{"SurveyOptionResult",
                                              {code("code"),
                                               read_only_count("count", true),
                                               {.name = "share", .type = Type::number, .access = RO},
                                               read_only_flag("off_scale")}};

const fields::Description kItemResultFields{
    "SurveyItemResult",
    {code("code"),
     {.name = "kind", .type = Type::choice, .choices = kKindNames, .access = RO},
     read_only_count("n", true),
     read_only_count("off_scale", true),
     read_only_number("mean"),
     read_only_number("sd"),
     read_only_number("median"),
     read_only_number("top_box"),
     {.name = "top_box_codes", .type = Type::text_list, .access = RO},
     read_only_count("respondents", true),
     read_only_flag("hidden"),
     list("options", kOptionResultFields)}};

const fields::Description kDimensionResultFields{
    "SurveyDimensionResult",
    {code("code"), read_only_count("items"), read_only_count("n"), read_only_number("mean"), read_only_number("alpha"),
     read_only_flag("hidden")}};

const fields::Description kGroupResultFields{
    "SurveyGroupResult",
    {code("value"), read_only_count("responses", true), list("items", kItemResultFields),
     list("dimensions", kDimensionResultFields)}};

json::array options_json(const std::vector<OptionResult>& options) {
  json::array out;
  for (const OptionResult& o : options)
    out.push_back(
        json::object{{"code", o.code}, {"count", or_null(o.count)}, {"share", o.share}, {"off_scale", o.off_scale}});
  return out;
}

json::object item_json(const ItemResult& r) {
  json::object out{{"code", r.code}, {"kind", kind_name(r.kind)}};
  const LikertResult* l = r.likert ? &*r.likert : nullptr;
  json::array top_codes;
  if (l)
    for (const std::string& c : l->top_box_codes) top_codes.emplace_back(c);
  out["n"] = l ? json::value(l->n) : json::value(nullptr);
  out["off_scale"] = l ? json::value(l->off_scale) : json::value(nullptr);
  out["mean"] = l ? or_null(l->mean) : nullptr;
  out["sd"] = l ? or_null(l->sd) : nullptr;
  out["median"] = l ? or_null(l->median) : nullptr;
  out["top_box"] = l ? or_null(l->top_box) : nullptr;
  out["top_box_codes"] = std::move(top_codes);
  out["respondents"] = r.choice ? json::value(r.choice->respondents) : json::value(nullptr);
  out["hidden"] = (l && l->hidden) || (r.choice && r.choice->hidden);
  out["options"] = l ? options_json(l->options) : r.choice ? options_json(r.choice->options) : json::array{};
  return out;
}

json::object dimension_json(const DimensionResult& d) {
  return {{"code", d.section},       {"items", d.items},          {"n", d.n},
          {"mean", or_null(d.mean)}, {"alpha", or_null(d.alpha)}, {"hidden", d.hidden}};
}

json::array items_json(const ResultSet& set) {
  json::array out;
  for (const ItemResult& item : set.items) out.push_back(item_json(item));
  return out;
}

json::array dimensions_json(const ResultSet& set) {
  json::array out;
  for (const DimensionResult& d : set.dimensions) out.push_back(dimension_json(d));
  return out;
}

}  // namespace

const fields::Description kResultsFields{
    "SurveyResults",
    {{.name = "campaign", .type = Type::object, .access = RO, .nested = &kCampaignFields},
     read_only_count("responses", true),
     read_only_flag("suppressed"),
     code("by"),
     list("items", kItemResultFields),
     list("dimensions", kDimensionResultFields),
     list("groups", kGroupResultFields)}};

const fields::Description kResultsQueryFields{
    "SurveyResultsQuery", {{.name = "by", .type = Type::text, .label = {"regrouper par", "group by"}, .max = 100}}};

const fields::Description kOpenAnswersFields{"SurveyOpenAnswers",
                                             {code("item"),
                                              read_only_flag("other"),
                                              read_only_count("total", true),
                                              read_only_count("page", false),
                                              read_only_count("per_page", false),
                                              {.name = "texts", .type = Type::text_list, .max = 20000, .access = RO}}};

const fields::Description kOpenAnswersQueryFields{
    "SurveyOpenAnswersQuery",
    {{.name = "item", .type = Type::text, .label = {"question", "item"}, .required = true, .max = 100}}};

json::object to_json(const OpenAnswers& a) {
  json::array texts;
  for (const auto& t : a.texts) texts.emplace_back(t);
  return {{"item", a.item}, {"other", a.other},       {"total", or_null(a.total)},
          {"page", a.page}, {"per_page", a.per_page}, {"texts", std::move(texts)}};
}

json::object to_json(const CampaignResults& r) {
  json::array groups;
  for (const GroupResult& g : r.groups)
    groups.push_back(json::object{{"value", g.value},
                                  {"responses", or_null(g.results.responses)},
                                  {"items", items_json(g.results)},
                                  {"dimensions", dimensions_json(g.results)}});
  return {{"campaign", to_json(r.campaign)}, {"responses", or_null(r.everyone.responses)},
          {"suppressed", r.suppressed},      {"by", r.by},
          {"items", items_json(r.everyone)}, {"dimensions", dimensions_json(r.everyone)},
          {"groups", std::move(groups)}};
}

}  // namespace filet::questionnaires

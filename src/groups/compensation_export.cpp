#include "groups/compensation_export.hpp"

namespace filet::groups {
namespace {

double dollars(int64_t cents) {
  return static_cast<double>(cents) / 100.0;
}

}  // namespace

Result<std::unique_ptr<exports::ExportStream>> compensation_export(CompensationTotals totals, exports::Format format,
                                                                   exports::Language language) {
  const bool fr = language == exports::Language::fr;
  std::vector<exports::Column> columns{{fr ? "Regroupement" : "Breakdown", 14},
                                       {fr ? "Nom" : "Name", 36},
                                       {fr ? "Payé ($)" : "Paid ($)", 12},
                                       {fr ? "À payer ($)" : "To pay ($)", 12},
                                       {fr ? "Paiements" : "Payments", 10}};
  auto writer = TRY(exports::open_writer(format, language, columns, fr ? "Dédommagements" : "Compensation"));
  auto source = [totals = std::move(totals), fr](exports::TableWriter& w) -> Result<bool> {
    auto line = [&](std::string_view breakdown, std::string name, const CompensationTotal& t) {
      return w.row(
          {std::string(breakdown), std::move(name), dollars(t.paid_cents), dollars(t.to_pay_cents), t.payments});
    };
    for (const auto& t : totals.organizations)
      TRY_VOID(line(
          fr ? "Organisme" : "Organization",
          t.id.empty() ? std::string(fr ? "Personnes payées en leur nom" : "People paid in their own name") : t.name,
          t));
    for (const auto& t : totals.programs)
      TRY_VOID(line(fr ? "Programme" : "Program",
                    t.id.empty() ? std::string(fr ? "Groupes sans programme" : "Groups without a program") : t.name,
                    t));
    TRY_VOID(line("Total", "", totals.overall));
    return false;
  };
  return std::make_unique<exports::ExportStream>(std::move(writer), std::move(source));
}

}  // namespace filet::groups

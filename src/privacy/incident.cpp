#include "privacy/incident.hpp"

#include "core/json_output.hpp"

namespace filet::privacy {

void apply(Incident& i, const IncidentChanges& c) {
  auto set = [](std::string& field, const std::optional<std::string>& value) {
    if (value) field = *value;
  };
  set(i.organization_id, c.organization_id);
  set(i.occurred_on, c.occurred_on);
  set(i.occurred_until, c.occurred_until);
  set(i.discovered_on, c.discovered_on);
  set(i.description, c.description);
  set(i.information_concerned, c.information_concerned);
  set(i.sensitivity, c.sensitivity);
  set(i.consequences, c.consequences);
  set(i.likelihood_of_misuse, c.likelihood_of_misuse);
  set(i.commission_notified_on, c.commission_notified_on);
  set(i.persons_notified_on, c.persons_notified_on);
  set(i.others_notified, c.others_notified);
  set(i.measures, c.measures);
  set(i.status, c.status);
  if (c.persons_concerned) i.persons_concerned = *c.persons_concerned;
  if (c.persons_estimated) i.persons_estimated = *c.persons_estimated;
  if (c.serious_risk) i.serious_risk = *c.serious_risk;
}

Result<void> check_incident(const Incident& i) {
  Error error{ErrorCode::validation_failed, {}, {}, {}};
  auto add = [&](std::string field, FieldCode code, std::string param = {}) {
    error.fields.push_back({std::move(field), code, std::move(param)});
  };
  // ISO dates compare as text.
  if (!i.occurred_until.empty() && i.occurred_until < i.occurred_on) add("occurred_until", FieldCode::before_start);
  if (i.discovered_on < i.occurred_on) add("discovered_on", FieldCode::before_start);
  const bool closing_serious = i.status == "closed" && i.serious_risk;
  for (auto [name, date] : {std::pair{"commission_notified_on", &i.commission_notified_on},
                            std::pair{"persons_notified_on", &i.persons_notified_on}}) {
    if (date->empty()) {
      if (closing_serious) add(name, FieldCode::required_to_close, "serious_risk");
    } else if (*date < i.discovered_on) {
      add(name, FieldCode::before_other, "discovered_on");
    }
  }
  if (error.fields.empty()) return {};
  return fail(std::move(error));
}

boost::json::object to_json(const Incident& i) {
  using core::nullable;
  return {{"id", i.id},
          {"organization_id", i.organization_id},
          {"occurred_on", i.occurred_on},
          {"occurred_until", nullable(i.occurred_until)},
          {"discovered_on", i.discovered_on},
          {"description", i.description},
          {"information_concerned", i.information_concerned},
          {"persons_concerned", i.persons_concerned},
          {"persons_estimated", i.persons_estimated},
          {"sensitivity", i.sensitivity},
          {"consequences", i.consequences},
          {"likelihood_of_misuse", i.likelihood_of_misuse},
          {"serious_risk", i.serious_risk},
          {"commission_notified_on", nullable(i.commission_notified_on)},
          {"persons_notified_on", nullable(i.persons_notified_on)},
          {"others_notified", i.others_notified},
          {"measures", i.measures},
          {"status", i.status},
          {"created_at", i.created_at},
          {"updated_at", i.updated_at},
          {"version", i.version}};
}

}  // namespace filet::privacy

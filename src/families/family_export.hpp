#pragma once
// Law 25, s. 27: everything Filet holds about one family, for its organization's managers: the
// family, its identity opened, consents, contacts, check-ins, the previous versions kept of its
// records and the audit log's entries about them. As JSON, or as a page a person reads (French
// or English, export_page). Every export is audited (without content).
#include <boost/json/object.hpp>
#include <string>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "common/identity_vault.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"

namespace filet::families {

class FamilyExport {
 public:
  FamilyExport(db::Pool& pool, const vault::IdentityVault& vault) : pool_(pool), vault_(vault) {}
  Result<boost::json::object> gather(const audit::Actor& actor, const auth::Principal& principal,
                                     const db::Scope& scope, const std::string& family_id);

 private:
  db::Pool& pool_;
  const vault::IdentityVault& vault_;
};

// The export as a self-contained HTML page (no script, no style: the server's security headers
// forbid them), every value escaped; labels in `lang` ("fr" or "en").
std::string export_page(const boost::json::object& exported, const std::string& lang);

}  // namespace filet::families

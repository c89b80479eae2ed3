// Law 25's destruction and retention on both engines: a manager's destruction needs the family's
// code typed; what is due is destroyed and nothing else; what remains is a tombstone of counts,
// no identity, key, name index, entry or history, a group's parent no longer linked to it; every
// destruction audited without content.
#include "families/destruction_service.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "common/identity_vault.hpp"
#include "core/organization_repository.hpp"
#include "db/testing/test_database.hpp"
#include "families/destruction_repository.hpp"
#include "families/entry_repository.hpp"
#include "families/family_repository.hpp"
#include "families/identity_repository.hpp"

namespace filet::families {
namespace {

using DestructionTest = testing::EngineTest;

constexpr const char* kOrgA = "00000000-0000-4000-8000-0000000000a1";
constexpr const char* kOrgB = "00000000-0000-4000-8000-0000000000b1";

struct Seeded {
  std::string id, code, status, closed_on, org;
};

class Fixture {
 public:
  explicit Fixture(db::Pool& pool) : pool_(pool), master_(*SecretBox::from_key(std::string(32, '\x07'))) {}

  void organizations() {
    auto c = pool_.acquire();
    for (const char* id : {kOrgA, kOrgB}) {
      core::Organization o{id, std::string("Org ") + id, "community_family"};
      o.created_at = o.updated_at = "2026-01-01T00:00:00Z";
      ASSERT_TRUE(core::organization_repository::insert(**c, o, {}));
    }
  }

  // A family with an identity, a contact with a note, and one previous version kept.
  void family(const Seeded& s) {
    auto c = pool_.acquire();
    auto host = auth::ScopeIssuer::for_host();
    auto w = host.on(**c);
    Family f;
    f.id = s.id;
    f.organization_id = s.org;
    f.code = s.code;
    f.children = {{2024, 5}, {2020, 1}};
    f.status = s.status;
    if (s.status == "closed") f.closing_reason = "moved_away";
    f.closed_on = s.closed_on;
    f.notes = "Notes";
    f.created_at = f.updated_at = "2025-03-02T00:00:00Z";
    ASSERT_TRUE(*family_repository::insert(w, f, ""));
    vault::IdentityVault vault(master_);
    auto sealed = vault.seal(s.id, {{"names", "Ginette Lalancette"}});
    ASSERT_TRUE(identity_repository::save(w, s.id, s.org, *sealed, vault.name_index("Ginette Lalancette"),
                                          "2025-03-02T00:00:00Z", 0));
    Contact contact;
    contact.id = "00000000-0000-4000-8000-0000000c" + s.id.substr(32);
    contact.organization_id = s.org;
    contact.family_id = s.id;
    contact.contact_date = "2025-03-03";
    contact.mode = "home_visit";
    contact.initiated_by = "worker";
    contact.notes = "Une note de contact";
    contact.need_ids = {};
    contact.created_at = contact.updated_at = "2025-03-03T00:00:00Z";
    ASSERT_TRUE(*entry_repository::insert(w, contact));
    ASSERT_TRUE(family_repository::keep_previous(
        w, {s.org, s.id, "family", s.id, 1, "{\"notes\":\"avant\"}", "", "2025-03-04T00:00:00Z"}));
  }

  // A parent of a group linked to the family (groups/family_link.hpp).
  void group_parent(const std::string& family_id, const std::string& org) {
    auto c = pool_.acquire();
    ASSERT_TRUE((*c)->execute(
        "INSERT INTO work_groups (id, organization_id, name, kind, created_at, updated_at) VALUES (?, ?, 'Ateliers', "
        "'workshop_series', '2025-03-02T00:00:00Z', '2025-03-02T00:00:00Z')",
        {"00000000-0000-4000-8000-00000000a9a1", org}));
    ASSERT_TRUE((*c)->execute(
        "INSERT INTO group_participants (id, group_id, kind, label, status, created_at, updated_at, family_id) VALUES "
        "(?, ?, 'parent', 'EP-01', 'registered', '2025-03-02T00:00:00Z', '2025-03-02T00:00:00Z', ?)",
        {"00000000-0000-4000-8000-00000000a9b1", "00000000-0000-4000-8000-00000000a9a1", family_id}));
  }

  int64_t count(const std::string& sql, const std::string& id) {
    auto c = pool_.acquire();
    return (*(*c)->query(sql, {id})).front().integer(0);
  }
  // Rows left anywhere about the family, the tombstone aside.
  int64_t remains(const std::string& id) {
    int64_t n = 0;
    for (const char* table : {"family_identity_keys", "family_identities", "family_name_index", "family_history",
                              "family_contacts", "family_children"})
      n += count(std::string("SELECT COUNT(*) FROM ") + table + " WHERE family_id = ?", id);
    return n + count("SELECT COUNT(*) FROM families WHERE id = ?", id);
  }

 private:
  db::Pool& pool_;
  SecretBox master_;
};

auth::Principal member(auth::Role role, const std::string& org) {
  return auth::Principal{"m", "m@x", "M", "fr", false, {{org, "Org", role}}, {}, {}};
}

TEST_P(DestructionTest, AManagerDestroysAfterTypingTheCodeAndATombstoneKeepsTheCounts) {
  Fixture fx(pool());
  fx.organizations();
  const std::string id = "00000000-0000-4000-8000-00000000f001";
  fx.family({id, "BOTA-27", "accompanied", "", kOrgA});
  fx.group_parent(id, kOrgA);
  DestructionService service(pool());
  audit::Actor actor{"m", "m@x", "req"};
  auto manager = member(auth::Role::manager, kOrgA);
  auto manager_scope = *auth::ScopeIssuer::for_principal(
      manager, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });

  auto wrong = service.destroy(actor, manager, manager_scope, id, "BOTA-28");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::validation_failed);
  EXPECT_EQ(wrong.error().fields.front().field, "code");
  EXPECT_GT(fx.remains(id), 0);

  auto practitioner = member(auth::Role::practitioner, kOrgA);
  auto practitioner_scope = *auth::ScopeIssuer::for_principal(
      practitioner, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
  EXPECT_EQ(service.destroy(actor, practitioner, practitioner_scope, id, "BOTA-27").error().code, ErrorCode::forbidden);
  auto other = member(auth::Role::manager, kOrgB);
  auto other_scope = *auth::ScopeIssuer::for_principal(
      other, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
  EXPECT_EQ(service.destroy(actor, other, other_scope, id, "BOTA-27").error().code, ErrorCode::not_found);
  EXPECT_GT(fx.remains(id), 0);

  ASSERT_TRUE(service.destroy(actor, manager, manager_scope, id, "bota 27"));
  EXPECT_EQ(fx.remains(id), 0);
  // The group's parent stays, pseudonymous, without the link.
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM group_participants WHERE family_id = ?", id), 0);
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM group_participants WHERE label = ?", "EP-01"), 1);
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM family_contact_needs WHERE contact_id LIKE ?", "%"), 0);
  EXPECT_EQ(fx.count("SELECT children + contacts FROM family_tombstones WHERE family_id = ?", id), 3);
  EXPECT_EQ(fx.count("SELECT opened_year FROM family_tombstones WHERE family_id = ?", id), 2025);
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'destroy'", id), 1);
  EXPECT_EQ(service.destroy(actor, manager, manager_scope, id, "BOTA-27").error().code, ErrorCode::not_found);
}

TEST_P(DestructionTest, RetentionDestroysOnlyClosedFamiliesPastTheirOrganizationsSetting) {
  Fixture fx(pool());
  fx.organizations();
  const std::string due = "00000000-0000-4000-8000-00000000f011";      // A: 5 years, closed 2026-05-31
  const std::string not_yet = "00000000-0000-4000-8000-00000000f012";  // A: closed 2026-06-02
  const std::string open = "00000000-0000-4000-8000-00000000f013";     // A: never due
  const std::string b_due = "00000000-0000-4000-8000-00000000f014";    // B: 1 year, closed 2030-05-01
  fx.family({due, "BABA-11", "closed", "2026-05-31", kOrgA});
  fx.family({not_yet, "BABA-12", "closed", "2026-06-02", kOrgA});
  fx.family({open, "BABA-13", "accompanied", "", kOrgA});
  fx.family({b_due, "BABA-14", "closed", "2030-05-01", kOrgB});
  DestructionService service(pool());
  audit::Actor actor{"", "filet retention", ""};
  auto manager_b = member(auth::Role::manager, kOrgB);
  ASSERT_TRUE(service.set_retention(actor, manager_b, kOrgB, 1));
  EXPECT_EQ(service.set_retention(actor, manager_b, kOrgB, 0).error().code, ErrorCode::validation_failed);
  EXPECT_EQ(service.set_retention(actor, manager_b, kOrgA, 2).error().code, ErrorCode::forbidden);
  EXPECT_EQ(service.retention(manager_b, kOrgB)->years_after_closing, 1);
  EXPECT_TRUE(service.retention(member(auth::Role::manager, kOrgA), kOrgA)->is_default);

  auto run = service.run_retention(actor, auth::ScopeIssuer::for_host(), "2031-06-01");
  ASSERT_TRUE(run);
  EXPECT_EQ(run->destroyed, 2);
  EXPECT_EQ(fx.remains(due), 0);
  EXPECT_EQ(fx.remains(b_due), 0);
  EXPECT_GT(fx.remains(not_yet), 0);
  EXPECT_GT(fx.remains(open), 0);
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM family_tombstones WHERE reason = ?", "retention"), 2);
  EXPECT_EQ(fx.count("SELECT closed_year FROM family_tombstones WHERE family_id = ?", b_due), 2030);
  EXPECT_EQ(fx.count("SELECT COUNT(*) FROM audit_log WHERE action = ?", "destroy_retention"), 2);
  // Nothing more is due the same day: a second run destroys nothing.
  EXPECT_EQ(service.run_retention(actor, auth::ScopeIssuer::for_host(), "2031-06-01")->destroyed, 0);
}

FILET_ON_BOTH_ENGINES(DestructionTest);

}  // namespace
}  // namespace filet::families

#include "directory/service_repository.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_service.hpp"
#include "db/testing/test_database.hpp"
#include "directory/directory_service.hpp"

namespace filet::directory {
namespace {

// The scoped handle is the repository's own guard: even called without the service's checks, a
// change to another organization's service is refused and the list of services to verify holds
// only those the scope may verify.
using ScopedServiceTest = testing::EngineTest;

TEST_P(ScopedServiceTest, ChangesAndServicesToVerifyStayWithinTheScope) {
  core::OrganizationService organizations(pool());
  audit::Actor actor{"", "test", ""};
  auto mine = organizations.create(actor, {.name = "Maison de la famille", .sector = "community_family"});
  auto theirs = organizations.create(actor, {.name = "Autre organisme", .sector = "community_other"});
  ASSERT_TRUE(mine && theirs);
  DirectoryService directory(pool());
  const db::Scope host = auth::ScopeIssuer::for_host();
  ServiceChanges changes;
  changes.organization_id = theirs->id;
  changes.name_fr = "Halte-garderie";
  auto service = directory.create(actor, host, changes);
  ASSERT_TRUE(service) << service.error().detail;

  auth::Principal manager{"u", "u@x", "U", "fr", false, {{mine->id, "Maison", auth::Role::manager}}, {}, {}};
  auto c = pool().acquire();
  auto scope = auth::ScopeIssuer::for_principal(**c, manager);
  ASSERT_TRUE(scope);
  auto scoped = scope->on(**c);
  auto hierarchies = service_repository::load_hierarchies(**c);
  ASSERT_TRUE(hierarchies);

  Service changed = *service;
  changed.name.fr = "Pris par un autre";
  EXPECT_EQ(service_repository::save(scoped, changed, false, *hierarchies).error().code, ErrorCode::forbidden);
  changed.organization_id = mine->id;  // moved into their own organization: still another's service
  EXPECT_EQ(service_repository::save(scoped, changed, false, *hierarchies).error().code, ErrorCode::forbidden);
  EXPECT_EQ(service_repository::mark_verified(scoped, service->id, "2026-01-01T00:00:00.000Z", "U").error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(service_repository::find(**c, service->id)->name.fr, "Halte-garderie") << "nothing written";

  core::ListQuery query;
  auto theirs_to_verify = service_repository::stale(scoped, "9999", query);
  ASSERT_TRUE(theirs_to_verify);
  EXPECT_EQ(theirs_to_verify->total, 0);
  auto as_host = host.on(**c);
  EXPECT_EQ(service_repository::stale(as_host, "9999", query)->total, 1);
  EXPECT_TRUE(service_repository::mark_verified(as_host, service->id, "2026-01-01T00:00:00.000Z", "Admin"));
}

FILET_ON_BOTH_ENGINES(ScopedServiceTest);

}  // namespace
}  // namespace filet::directory

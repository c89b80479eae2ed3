#include "common/identity_vault.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace filet::vault {
namespace {

SecretBox master(char fill) {
  return SecretBox::from_key(std::string(SecretBox::kKeyBytes, fill)).value();
}

const IdentityFields kMarie{{"given_name", "Marie-Ève"}, {"family_name", "D’Amour"}, {"phone", "514-555-0199"}};

TEST(IdentityVault, SealsUnderAFreshKeyAndOpensForTheSameFamily) {
  IdentityVault vault(master('m'));
  auto sealed = vault.seal("family-1", kMarie).value();
  for (const auto& text : {sealed.wrapped_key, sealed.ciphertext}) {
    EXPECT_EQ(text.find("Marie"), std::string::npos);
    EXPECT_EQ(text.find("514"), std::string::npos);
  }
  EXPECT_EQ(vault.open("family-1", sealed).value(), kMarie);
  auto again = vault.seal("family-1", kMarie).value();
  EXPECT_NE(again.wrapped_key, sealed.wrapped_key) << "a new data key each time";
  EXPECT_NE(again.ciphertext, sealed.ciphertext);
  EXPECT_EQ(vault.open("family-1", IdentityVault(master('m')).seal("family-1", {}).value()).value(), IdentityFields{});
  EXPECT_FALSE(vault.seal("", kMarie)) << "a ciphertext is always bound to a family";
}

TEST(IdentityVault, ACiphertextOrAKeyMovedToAnotherFamilyDoesNotOpen) {
  IdentityVault vault(master('m'));
  auto marie = vault.seal("family-1", kMarie).value();
  auto other = vault.seal("family-2", {{"given_name", "Paul"}}).value();
  EXPECT_FALSE(vault.open("family-2", marie)) << "the whole sealed identity moved";
  EXPECT_FALSE(vault.open("family-2", {other.wrapped_key, marie.ciphertext})) << "only the ciphertext moved";
  EXPECT_FALSE(vault.open("family-1", {other.wrapped_key, marie.ciphertext}));
  EXPECT_FALSE(vault.open("family-1", {marie.wrapped_key, other.ciphertext}));
  auto tampered = marie;
  tampered.ciphertext[12] = tampered.ciphertext[12] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(vault.open("family-1", tampered));
}

TEST(IdentityVault, AnotherMasterKeyOpensNothing) {
  auto sealed = IdentityVault(master('m')).seal("family-1", kMarie).value();
  EXPECT_FALSE(IdentityVault(master('x')).open("family-1", sealed));
  // The wrapping key is a subkey: the master key itself does not unwrap the data key either.
  EXPECT_FALSE(master('m').open(sealed.wrapped_key, "filet-identity-key-v1:family-1"));
}

TEST(IdentityVault, DestroyedMeansACopyOfTheCiphertextIsUseless) {
  IdentityVault vault(master('m'));
  auto live = vault.seal("family-1", kMarie).value();
  SealedIdentity backup_copy{"", live.ciphertext};  // what a backup taken after destruction holds
  std::string wrapped_before = live.wrapped_key;
  destroy(live);
  EXPECT_TRUE(live.wrapped_key.empty());
  EXPECT_EQ(live.ciphertext, backup_copy.ciphertext) << "the ciphertext may stay where it is";
  EXPECT_FALSE(vault.open("family-1", live));
  EXPECT_FALSE(vault.open("family-1", backup_copy));
  // Not with a new data key wrapped for the same family, nor with the master key on the ciphertext.
  auto fresh = vault.seal("family-1", kMarie).value();
  EXPECT_FALSE(vault.open("family-1", {fresh.wrapped_key, backup_copy.ciphertext}));
  EXPECT_FALSE(master('m').open(backup_copy.ciphertext, "filet-identity-v1:family-1"));
  EXPECT_FALSE(master('m').derive("filetvlt", 1).open(backup_copy.ciphertext, "filet-identity-v1:family-1"));
  // Only the forgotten wrapped key would open it: the destruction is exactly forgetting it.
  EXPECT_TRUE(vault.open("family-1", {wrapped_before, backup_copy.ciphertext}));
}

TEST(IdentityVault, RewrapMovesTheDataKeyToANewMasterKeyAndTheCiphertextStays) {
  IdentityVault old_vault(master('m'));
  IdentityVault new_vault(master('n'));
  auto sealed = old_vault.seal("family-1", kMarie).value();
  auto rewrapped = old_vault.rewrap("family-1", sealed.wrapped_key, new_vault).value();
  SealedIdentity after{rewrapped, sealed.ciphertext};
  EXPECT_EQ(new_vault.open("family-1", after).value(), kMarie);
  EXPECT_FALSE(old_vault.open("family-1", after)) << "the old master key no longer opens it";
  EXPECT_FALSE(new_vault.open("family-1", sealed)) << "nor the new one the old wrapping";
  EXPECT_FALSE(old_vault.rewrap("family-2", sealed.wrapped_key, new_vault)) << "bound to its family";
  EXPECT_FALSE(new_vault.rewrap("family-1", sealed.wrapped_key, old_vault)) << "needs the current master key";
  EXPECT_NE(old_vault.name_index("Marie"), new_vault.name_index("Marie")) << "the index is recomputed on rotation";
}

TEST(IdentityVault, NamesAreNormalizedFoldedAndCollapsed) {
  EXPECT_EQ(normalize_name("  Marie-Ève   D’Amour "), "marie eve d amour");
  EXPECT_EQ(normalize_name("MARIE\tÈVE\nd'amour"), "marie eve d amour");
  EXPECT_EQ(normalize_name("Œuvre\u00a0Ça"), "oeuvre ca");
  EXPECT_EQ(normalize_name(" - ' "), "");
}

TEST(IdentityVault, TheBlindIndexFindsANameWhateverWayItIsTypedAndHoldsNoPlaintext) {
  IdentityVault vault(master('m'));
  auto index = vault.name_index("Marie-Ève D’Amour");
  ASSERT_EQ(index.size(), 5u) << "four words (marie, eve, d, amour) and the whole name";
  for (const auto& hash : index) {
    EXPECT_EQ(hash.size(), 32u);
    EXPECT_EQ(hash.find("marie"), std::string::npos);
  }
  auto contains_all = [&](const std::vector<std::string>& query) {
    return !query.empty() &&
           std::all_of(query.begin(), query.end(), [&](const auto& h) { return std::ranges::count(index, h) == 1; });
  };
  EXPECT_TRUE(contains_all(vault.name_query("marie eve")));
  EXPECT_FALSE(contains_all(vault.name_query("DAMOUR"))) << "words, not substrings";
  EXPECT_TRUE(contains_all(vault.name_query("d amour")));
  EXPECT_TRUE(contains_all(vault.name_query("  AMOUR  marie ")));
  EXPECT_TRUE(contains_all(vault.name_query("marie ève d'amour", true)));
  EXPECT_FALSE(contains_all(vault.name_query("marie eve", true))) << "the whole name is all of it";
  EXPECT_FALSE(contains_all(vault.name_query("marie paul")));
  EXPECT_TRUE(vault.name_query(" -- ").empty());
  EXPECT_EQ(vault.name_query("Marie marie MARIE").size(), 1u) << "repeated words once";
  // Another master key gives unrelated hashes: a copied index cannot be matched without the key.
  EXPECT_NE(IdentityVault(master('x')).name_query("marie"), vault.name_query("marie"));
  // Words and whole names are hashed apart: a one-word name's word hash is not its name hash.
  EXPECT_NE(vault.name_query("marie"), vault.name_query("marie", true));
}

}  // namespace
}  // namespace filet::vault

// Short forms of organisation and state names (reconcile/org_short_names.h) through entity
// resolution: initials, a word of a paper's title, formal state names and possessives join
// their full name when exactly one fits; two candidates, generic words and places stay apart.
// ("the Ministry" alone is resolved by the description rules, entity_descriptions.h.)
#include "reconcile/org_short_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "hand_story.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

const AccountEntity* EntityNamed(const ResolvedEntities& r, const std::string& spelling) {
  for (const AccountEntity& e : r.entities) {
    if (e.name == spelling ||
        std::find(e.variants.begin(), e.variants.end(), spelling) != e.variants.end()) {
      return &e;
    }
  }
  return nullptr;
}

TEST(OrgShortNamesTest, InitialsAndTitleWordJoinTheOnlyFullName) {
  testing::HandStory s;
  size_t a = s.AddDoc(
      "The Harbour Workers Union called a strike on Monday, the Coastal Gazette reported.");
  size_t b = s.AddDoc("HWU leaders told the Gazette the strike would last two days.");
  s.Mention(a, "Harbour Workers Union", EntityType::kOrganization);
  s.Mention(a, "Coastal Gazette", EntityType::kOrganization);
  s.Mention(b, "HWU", EntityType::kOther);
  s.Mention(b, "Gazette", EntityType::kOrganization);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(EntityNamed(r, "HWU"), EntityNamed(r, "Harbour Workers Union"));
  EXPECT_EQ(EntityNamed(r, "Gazette"), EntityNamed(r, "Coastal Gazette"));
  EXPECT_EQ(EntityNamed(r, "HWU")->name, "Harbour Workers Union");
}

TEST(OrgShortNamesTest, TwoFittingNamesLeaveTheShortFormAlone) {
  testing::HandStory s;
  size_t a = s.AddDoc("The Coastal Gazette and the Evening Gazette both ran the story.");
  size_t b = s.AddDoc("The Gazette said the Ministry of Ports had not commented.");
  s.Mention(a, "Coastal Gazette", EntityType::kOrganization);
  s.Mention(a, "Evening Gazette", EntityType::kOrganization);
  s.Mention(b, "Gazette", EntityType::kOrganization);
  s.Mention(b, "Ministry of Ports", EntityType::kOrganization);
  ResolvedEntities r = ResolveEntities(s.Input());
  EXPECT_EQ(r.entities.size(), 4u);
  EXPECT_NE(EntityNamed(r, "Gazette"), EntityNamed(r, "Coastal Gazette"));
  EXPECT_NE(EntityNamed(r, "Gazette"), EntityNamed(r, "Evening Gazette"));
}

TEST(OrgShortNamesTest, APlaceInsideAnOrganisationNameStaysThePlace) {
  testing::HandStory s;
  size_t a = s.AddDoc("The Velgrad City Council met on Tuesday.");
  size_t b = s.AddDoc("Shelling hit Velgrad overnight.");
  s.Mention(a, "Velgrad City Council", EntityType::kOrganization);
  s.Mention(b, "Velgrad", EntityType::kPlace);
  ResolvedEntities r = ResolveEntities(s.Input());
  EXPECT_EQ(r.entities.size(), 2u);
}

TEST(OrgShortNamesTest, FormalStateNameAndPossessiveJoinTheState) {
  testing::HandStory s;
  size_t a = s.AddDoc("The Republic of Tarvia and the Ostrian Federation signed the accord.");
  size_t b = s.AddDoc("Ostria and Tarvia hailed it; the Ostrian defence ministry was silent.");
  size_t c = s.AddDoc("Ostria's defence ministry later denied any breach.");
  s.Mention(a, "Republic of Tarvia", EntityType::kOrganization);
  s.Mention(a, "Ostrian Federation", EntityType::kOrganization);
  s.Mention(b, "Ostria", EntityType::kPlace);
  s.Mention(b, "Tarvia", EntityType::kPlace);
  s.Mention(b, "Ostrian defence ministry", EntityType::kOrganization);
  s.Mention(c, "Ostria's defence ministry", EntityType::kOrganization);
  ResolvedEntities r = ResolveEntities(s.Input());
  EXPECT_EQ(r.entities.size(), 3u);
  EXPECT_EQ(EntityNamed(r, "Ostria"), EntityNamed(r, "Ostrian Federation"));
  EXPECT_EQ(EntityNamed(r, "Tarvia"), EntityNamed(r, "Republic of Tarvia"));
  EXPECT_EQ(EntityNamed(r, "Ostria's defence ministry"),
            EntityNamed(r, "Ostrian defence ministry"));
  EXPECT_NE(EntityNamed(r, "Ostria"), EntityNamed(r, "Ostrian defence ministry"));
}

TEST(OrgShortNamesTest, OneInstitutionUnderItsWordOrdersAndCases) {
  testing::HandStory s;
  size_t a = s.AddDoc("Ostria and Tarvia traded accusations on Monday.");
  size_t b = s.AddDoc("The Ministry of Defence of Ostria said two drones were shot down.");
  size_t c = s.AddDoc("Ostria's defence ministry and the Ostrian Foreign Ministry disagreed.");
  size_t d = s.AddDoc("The Ostrian foreign ministry and the Tarvian defense ministry spoke.");
  s.Mention(a, "Ostria", EntityType::kPlace);
  s.Mention(a, "Tarvia", EntityType::kPlace);
  s.Mention(b, "Ministry of Defence of Ostria", EntityType::kOrganization);
  s.Mention(c, "Ostria's defence ministry", EntityType::kOrganization);
  s.Mention(c, "Ostrian Foreign Ministry", EntityType::kOrganization);
  s.Mention(d, "Ostrian foreign ministry", EntityType::kOrganization);
  s.Mention(d, "Tarvian defense ministry", EntityType::kOrganization);
  ResolvedEntities r = ResolveEntities(s.Input());
  EXPECT_EQ(EntityNamed(r, "Ministry of Defence of Ostria"),
            EntityNamed(r, "Ostria's defence ministry"));
  // Capitals or not, one spelling: one entity with both mentions.
  const AccountEntity* foreign = EntityNamed(r, "Ostrian Foreign Ministry");
  ASSERT_NE(foreign, nullptr);
  EXPECT_EQ(foreign->mentions.size(), 2u);
  // Another ministry of the same state, and the same ministry of another state, stay apart.
  EXPECT_NE(EntityNamed(r, "Ostria's defence ministry"), foreign);
  EXPECT_NE(EntityNamed(r, "Ostria's defence ministry"),
            EntityNamed(r, "Tarvian defense ministry"));
  EXPECT_NE(EntityNamed(r, "Ostria"), EntityNamed(r, "Ostria's defence ministry"));
  EXPECT_EQ(r.entities.size(), 5u);
}

TEST(OrgShortNamesTest, AnOutletsShortNameTakesTheOutletsFullName) {
  testing::HandStory s;
  size_t a = s.AddDoc("Port officials told the Ledger the ferry would sail on Friday.");
  s.SetOutlet(a, "The Northern Ledger");
  size_t b = s.AddDoc("The ferry will sail on Friday, TNA was told.");
  s.SetOutlet(b, "Tarvian News Agency");
  s.Mention(a, "Ledger", EntityType::kOrganization);
  s.Mention(b, "TNA", EntityType::kOther);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(EntityNamed(r, "Ledger")->name, "The Northern Ledger");
  EXPECT_EQ(EntityNamed(r, "TNA")->name, "Tarvian News Agency");
  EXPECT_EQ(EntityNamed(r, "TNA")->type, EntityType::kOrganization);
}

TEST(OrgShortNamesTest, ShortFormCheck) {
  EXPECT_TRUE(IsShortFormOf({"kna", "KNA", false, false}, "Kestrian News Agency"));
  EXPECT_FALSE(IsShortFormOf({"kna", "KNA", false, false}, "Kestrian Press Agency"));
  EXPECT_TRUE(IsShortFormOf({"courier", "Courier", true, false}, "The Daily Courier"));
  EXPECT_FALSE(IsShortFormOf({"daily", "Daily", true, false}, "The Daily Courier"));
  EXPECT_FALSE(IsShortFormOf({"courier", "Courier", true, true}, "The Daily Courier"));
}

}  // namespace
}  // namespace corroborate

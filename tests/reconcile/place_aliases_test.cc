// Other names of a place that the text declares ("known in Ukraine as", "formerly", "(X in
// Russian)", "(Polish: X)"), and their use in entity resolution when analyze/ left the alias
// span empty.
#include "reconcile/place_aliases.h"

#include <gtest/gtest.h>

#include <string>

#include "hand_story.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

std::string AliasAfter(const std::string& text, const std::string& name) {
  size_t p = text.find(name);
  EXPECT_NE(p, std::string::npos);
  return std::string(FindDeclaredAlias(text, static_cast<uint32_t>(p + name.size())).Of(text));
}

TEST(DeclaredAliasTest, PatternsThatDeclareAnotherName) {
  EXPECT_EQ(AliasAfter("Troops entered Novoselsk (known locally as Zorya) on Monday.", "Novoselsk"),
            "Zorya");
  EXPECT_EQ(
      AliasAfter("Russia said it took Krasnoselsk (known in Ukraine as Bilohirsk).", "Krasnoselsk"),
      "Bilohirsk");
  EXPECT_EQ(AliasAfter("Shells hit Novoselsk, formerly Krasnoselsk, overnight.", "Novoselsk"),
            "Krasnoselsk");
  EXPECT_EQ(AliasAfter("Residents of Kharkiv (Kharkov in Russian) fled.", "Kharkiv"), "Kharkov");
  EXPECT_EQ(AliasAfter("Lviv (Polish: Lw\u00F3w) lies in the west.", "Lviv"), "Lw\u00F3w");
  EXPECT_EQ(AliasAfter("Velhorod, also called Velgrad, was quiet.", "Velhorod"), "Velgrad");
  EXPECT_EQ(AliasAfter("Port Arlen (or Arlen Bay) reopened.", "Port Arlen"), "Arlen Bay");
}

TEST(DeclaredAliasTest, WhereAndListsAreNotAliases) {
  EXPECT_EQ(AliasAfter("The summit in Lyon (France) ended.", "Lyon"), "");
  EXPECT_EQ(AliasAfter("Troops from Ukraine, Poland, or Romania took part.", "Poland"), "");
  EXPECT_EQ(AliasAfter("Kyiv, known for its chestnut trees, was calm.", "Kyiv"), "");
  EXPECT_EQ(AliasAfter("Kyiv, known as well for its parks, was calm.", "Kyiv"), "");
  EXPECT_EQ(AliasAfter("Kyiv (the capital) was calm.", "Kyiv"), "");
  EXPECT_EQ(AliasAfter("Kyiv", "Kyiv"), "");
}

TEST(DeclaredAliasTest, ResolutionUsesATextAliasTheAnalyzerMissed) {
  testing::HandStory s;
  size_t a = s.AddDoc("Shells hit Novoselsk, formerly Krasnoselsk, overnight.");
  size_t b = s.AddDoc("Officials in Krasnoselsk reported no casualties.");
  s.Mention(a, "Novoselsk", EntityType::kPlace);
  s.Mention(b, "Krasnoselsk", EntityType::kPlace);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Novoselsk");
  EXPECT_EQ(r.entities[0].variants, (std::vector<std::string>{"Krasnoselsk"}));
  EXPECT_EQ(r.entities[0].mentions.size(), 2u);
}

}  // namespace
}  // namespace corroborate

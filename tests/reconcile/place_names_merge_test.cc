// Entity resolution with the place-name table (nlp/place_names.h): other names of one town
// join across outlets; a name several towns bear joins only with evidence from the story; a
// person named like a town never joins it. A small fictional table, then the shipped one.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "hand_story.h"
#include "nlp/place_names.h"
#include "reconcile/entities.h"
#include "reconcile/place_aliases.h"

namespace corroborate {
namespace {

// Fictional towns (own name first): Novoselsk (Ukraine) was Krasnoselsk, as two Russian towns
// still are;
// Velhorod (Ukraine) is Velgorod in older spelling; Saltovo lies in Russia alone.
nlp::PlaceNames FictionalTable() {
  nlp::PlaceNames t;
  auto add = [&](const char* country, uint32_t people, std::vector<std::string> names,
                 nlp::PlaceKind kind = nlp::PlaceKind::kCity) {
    const uint32_t p = t.AddPlace(country, people, kind);
    for (size_t i = 0; i < names.size(); ++i) t.AddName(NameKey(names[i]), p, i == 0);
  };
  add("UA", 0, {"Ukraine"}, nlp::PlaceKind::kCountry);
  add("RU", 0, {"Russia", "Russian Federation"}, nlp::PlaceKind::kCountry);
  add("UA", 61000,
      {"Novoselsk", "Krasnoselsk",
       "\u041a\u0440\u0430\u0441\u043d\u043e\u0441\u0435\u043b\u044c\u0441\u043a"});
  add("RU", 24000, {"Krasnoselsk"});
  add("RU", 26000, {"Krasnoselsk"});
  add("UA", 300000, {"Velhorod", "Velgorod"});
  add("RU", 40000, {"Saltovo"});
  t.Finish(8);
  return t;
}

// The entity whose name or variants include spelling, or nullptr.
const AccountEntity* EntityNamed(const ResolvedEntities& r, const std::string& spelling) {
  for (const AccountEntity& e : r.entities) {
    if (e.name == spelling ||
        std::find(e.variants.begin(), e.variants.end(), spelling) != e.variants.end()) {
      return &e;
    }
  }
  return nullptr;
}

TEST(PlaceNamesMergeTest, TwoOutletsSpellingsOfOneTownJoin) {
  const nlp::PlaceNames table = FictionalTable();
  testing::HandStory s;
  size_t a = s.AddDoc("Shelling hit Velgorod overnight, the regional governor said.");
  size_t b = s.AddDoc("Officials in Velhorod reported damage to a school.");
  s.Mention(a, "Velgorod", EntityType::kPlace);
  s.Mention(b, "Velhorod", EntityType::kPlace);
  StoryInput input = s.Input();
  EXPECT_EQ(ResolveEntities(input).entities.size(), 2u);  // without the table: two places
  input.places = &table;
  ResolvedEntities r = ResolveEntities(input);
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].type, EntityType::kPlace);
  EXPECT_EQ(r.entities[0].mentions.size(), 2u);
  std::vector<std::string> all = r.entities[0].variants;
  all.push_back(r.entities[0].name);
  std::sort(all.begin(), all.end());
  EXPECT_EQ(all, (std::vector<std::string>{"Velgorod", "Velhorod"}));
}

TEST(PlaceNamesMergeTest, AnOldNameSeveralTownsBearJoinsTheTownTheStoryNames) {
  const nlp::PlaceNames table = FictionalTable();
  testing::HandStory s;
  size_t a =
      s.AddDoc("Russian forces advanced on Krasnoselsk, the defence ministry in Russia said.");
  size_t b = s.AddDoc("Troops in Ukraine still hold Novoselsk, a regional official said.");
  s.Mention(a, "Krasnoselsk", EntityType::kPlace);
  s.Mention(a, "Russia", EntityType::kPlace);
  s.Mention(b, "Ukraine", EntityType::kPlace);
  s.Mention(b, "Novoselsk", EntityType::kPlace);
  StoryInput input = s.Input();
  input.places = &table;
  ResolvedEntities r = ResolveEntities(input);
  ASSERT_EQ(r.entities.size(), 3u);
  const AccountEntity* town = EntityNamed(r, "Novoselsk");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town, EntityNamed(r, "Krasnoselsk"));
  EXPECT_EQ(town->articles, (std::vector<uint32_t>{0, 1}));
  EXPECT_NE(EntityNamed(r, "Russia"), EntityNamed(r, "Ukraine"));
}

TEST(PlaceNamesMergeTest, ASameNamedTownElsewhereStaysApart) {
  // The first article is about one of the Russian Krasnoselsks (its other places lie in
  // Russia), the second about the Ukrainian town that used to bear that name.
  const nlp::PlaceNames table = FictionalTable();
  testing::HandStory s;
  size_t a = s.AddDoc("Floods cut the road from Saltovo to Krasnoselsk in Russia on Monday.");
  size_t b = s.AddDoc("Separately, drones struck Novoselsk in Ukraine.");
  s.Mention(a, "Saltovo", EntityType::kPlace);
  s.Mention(a, "Krasnoselsk", EntityType::kPlace);
  s.Mention(a, "Russia", EntityType::kPlace);
  s.Mention(b, "Novoselsk", EntityType::kPlace);
  s.Mention(b, "Ukraine", EntityType::kPlace);
  StoryInput input = s.Input();
  input.places = &table;
  ResolvedEntities r = ResolveEntities(input);
  ASSERT_NE(EntityNamed(r, "Krasnoselsk"), nullptr);
  EXPECT_NE(EntityNamed(r, "Krasnoselsk"), EntityNamed(r, "Novoselsk"));
  EXPECT_EQ(r.entities.size(), 5u);
}

TEST(PlaceNamesMergeTest, ANameOfSeveralTownsWithoutEvidenceStaysUnresolved) {
  const nlp::PlaceNames table = FictionalTable();
  // Krasnoselsk alone: three towns, no country named, no other name of any of them.
  std::vector<int64_t> r = ResolvePlaceKeys(table, {{NameKey("Krasnoselsk"), 0}});
  EXPECT_EQ(r, std::vector<int64_t>{-1});
  // With Ukraine named in its article it is the Ukrainian town, which Novoselsk names too.
  r = ResolvePlaceKeys(table, {{NameKey("Krasnoselsk"), 0},
                               {NameKey("Ukraine"), 0},
                               {NameKey("Novoselsk"), 1},
                               {NameKey("Atlantis"), 1}});
  ASSERT_EQ(r.size(), 4u);
  EXPECT_GE(r[0], 0);
  EXPECT_EQ(r[0], r[2]);
  EXPECT_NE(r[1], r[0]);
  EXPECT_EQ(r[3], -1);
}

TEST(PlaceNamesMergeTest, APersonNamedLikeATownNeverJoinsIt) {
  const nlp::PlaceNames table = FictionalTable();
  testing::HandStory s;
  size_t a = s.AddDoc("Shelling hit Velgorod overnight.");
  size_t b = s.AddDoc(
      "Teacher Anna Velhorod said the school in Velhorod was hit. Velhorod said "
      "pupils were safe.");
  s.Mention(a, "Velgorod", EntityType::kPlace);
  s.Mention(b, "Anna Velhorod", EntityType::kPerson);
  s.Mention(b, "Velhorod", EntityType::kPlace, /*nth=*/1);
  s.Mention(b, "Velhorod", EntityType::kPerson, /*nth=*/2);
  StoryInput input = s.Input();
  input.places = &table;
  ResolvedEntities r = ResolveEntities(input);
  ASSERT_EQ(r.entities.size(), 2u);
  const AccountEntity* person = EntityNamed(r, "Anna Velhorod");
  const AccountEntity* town = EntityNamed(r, "Velgorod");
  ASSERT_NE(person, nullptr);
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(person->mentions.size(), 2u);
  EXPECT_EQ(town->type, EntityType::kPlace);
  EXPECT_EQ(town->mentions.size(), 2u);
}

// The shipped table joins the renamings and exonyms news text uses, in made-up reports.
TEST(ShippedPlaceNamesMergeTest, RenamedUkrainianCities) {
  const std::string path = std::string(CORROBORATE_SOURCE_DIR) + "/models/places.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not built";
  Result<nlp::PlaceNames> table = nlp::PlaceNames::Load(path);
  ASSERT_TRUE(table.ok()) << table.status().message();
  const std::vector<std::pair<std::string, std::string>> pairs = {{"Pokrovsk", "Krasnoarmeysk"},
                                                                  {"Bakhmut", "Artemivsk"},
                                                                  {"Kyiv", "Kiev"},
                                                                  {"Dnipro", "Dnipropetrovsk"},
                                                                  {"Kharkiv", "Kharkov"}};
  for (const auto& [now, before] : pairs) {
    testing::HandStory s;
    size_t a = s.AddDoc("Russia said its troops were near " + before + " on Tuesday.");
    size_t b = s.AddDoc("Officials in Ukraine said " + now + " was shelled again.");
    s.Mention(a, "Russia", EntityType::kPlace);
    s.Mention(a, before, EntityType::kPlace);
    s.Mention(b, "Ukraine", EntityType::kPlace);
    s.Mention(b, now, EntityType::kPlace);
    StoryInput input = s.Input();
    input.places = &*table;
    ResolvedEntities r = ResolveEntities(input);
    EXPECT_EQ(r.entities.size(), 3u) << now << "/" << before;
    EXPECT_EQ(EntityNamed(r, now), EntityNamed(r, before)) << now << "/" << before;
  }
  // Two towns, one name each, in one story: kept apart.
  testing::HandStory s;
  size_t a = s.AddDoc("Talks moved from Kharkiv to Dnipro.");
  s.Mention(a, "Kharkiv", EntityType::kPlace);
  s.Mention(a, "Dnipro", EntityType::kPlace);
  StoryInput input = s.Input();
  input.places = &*table;
  EXPECT_EQ(ResolveEntities(input).entities.size(), 2u);
}

}  // namespace
}  // namespace corroborate

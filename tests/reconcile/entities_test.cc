#include "reconcile/entities.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/name_key.h"
#include "reconcile/place_aliases.h"

namespace corroborate {
namespace {

using testing::Find;

// Account indices start at 20, so a test notices an index used where a position was meant.
class Story : public testing::HandStory {
 public:
  Story() : HandStory(20) {}
};

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kPlace = EntityType::kPlace;
constexpr EntityType kOrg = EntityType::kOrganization;

const AccountEntity* Named(const ResolvedEntities& r, const std::string& name) {
  for (const AccountEntity& e : r.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(NameKeyTest, FoldsTransliterationVariants) {
  EXPECT_EQ(NameKey("Witkoff"), NameKey("Vitkoff"));
  EXPECT_EQ(NameKey("Zelensky"), NameKey("Zelenskyy"));
  EXPECT_EQ(NameKey("Zelensky"), NameKey("Zelenskiy"));
  EXPECT_EQ(NameKey("Zelensky"),
            NameKey("\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439"));
  EXPECT_EQ(NameKey("Andriy Yermak"), NameKey("Andrii Yermak"));
  EXPECT_EQ(NameKey("Andriy"), NameKey("Andrij"));
  EXPECT_EQ(NameKey("Yuri Ushakov"),
            NameKey("\u042E\u0440\u0438\u0439 \u0423\u0448\u0430\u043A\u043E\u0432"));
  EXPECT_EQ(NameKey("Syrskyi"), NameKey("Syrsky"));
  EXPECT_EQ(NameKey("Alexei"), NameKey("Aleksei"));
  EXPECT_EQ(NameKey("Yekaterina"), NameKey("Ekaterina"));
  EXPECT_EQ(NameKey("Lyudmila"), NameKey("\u041B\u044E\u0434\u043C\u0438\u043B\u0430"));
  EXPECT_EQ(NameKey("Dmytro"), NameKey("Dmitro"));
  EXPECT_EQ(NameKey("Kharkiv"), NameKey("\u0425\u0430\u0440\u043A\u0456\u0432"));
  EXPECT_EQ(NameKey("M\u00FCller"), NameKey("Muller"));
  EXPECT_EQ(NameKey("Odessa"), NameKey("Odesa"));
}

TEST(NameKeyTest, FoldsTchAndSoftVowelSpellings) {
  EXPECT_EQ(NameKey("Tchernov"), NameKey("Chernov"));
  EXPECT_EQ(NameKey("Pavel Tchaikin"), NameKey("Pavel Chaykin"));
  EXPECT_EQ(NameKey("Oleg Tschernow"), NameKey("Oleg Chernov"));
  EXPECT_EQ(NameKey("Yuriy"), NameKey("Yuri"));
  EXPECT_EQ(NameKey("Yury"), NameKey("Yuri"));
  EXPECT_EQ(NameKey("Iurii"), NameKey("Yuri"));
  EXPECT_EQ(NameKey("Iakov"), NameKey("Yakov"));
  EXPECT_NE(NameKey("Chernov"), NameKey("Cherkov"));
  EXPECT_NE(NameKey("Ian"), NameKey("An"));
}

TEST(ResolveEntitiesTest, TchSpellingsMergeIntoOnePerson) {
  Story s;
  size_t a = s.AddDoc("Foreign Minister Yuriy Chernetsov arrived. Chernetsov said little.");
  size_t b = s.AddDoc("Yuri Tchernetsov left early, and Tchernetsov did not return.");
  s.Mention(a, "Yuriy Chernetsov", kPerson, 0, "Foreign Minister");
  s.Mention(a, "Chernetsov", kPerson, 1);
  s.Mention(b, "Yuri Tchernetsov", kPerson);
  s.Mention(b, "Tchernetsov", kPerson, 1);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].mentions.size(), 4u);
}

TEST(ResolveEntitiesTest, LoneSpeakingNameJoinsThePlace) {
  Story s;
  size_t a = s.AddDoc("Talks were held in Tarsia. Officials in Tarsia were hopeful.");
  size_t b = s.AddDoc("Tarsia insists on the old border.");
  s.Mention(a, "Tarsia", kPlace);
  s.Mention(a, "Tarsia", kPlace, 1);
  s.Mention(b, "Tarsia", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].type, kPlace);
  EXPECT_EQ(r.entities[0].mentions.size(), 3u);
}

TEST(NameKeyTest, CaseApostrophesAndPunctuation) {
  EXPECT_EQ(NameKey("U.S."), "us");
  EXPECT_EQ(NameKey("the Kremlin"), NameKey("Kremlin"));
  EXPECT_EQ(NameKey("Zelenskyy\u2019s"), NameKey("Zelensky"));
  EXPECT_EQ(NameKey("Putin's"), "putin");
  EXPECT_EQ(NameKey("Jean-Luc  Picard"), NameKey("jean luc picard"));
  EXPECT_EQ(NameKey("Jean-Luc Picard").find("picard"), NameKey("Jean-Luc Picard").size() - 6);
  EXPECT_EQ(NameKey(""), "");
  EXPECT_EQ(NameKey("\u2014"), "");
}

TEST(NameKeyTest, KeepsDifferentNamesApart) {
  EXPECT_NE(NameKey("Donald Trump"), NameKey("Melania Trump"));
  EXPECT_NE(NameKey("Peskov"), NameKey("Lavrov"));
  EXPECT_NE(NameKey("Kyiv"), NameKey("Kiev"));  // renamings are the alias table's job
  EXPECT_NE(NameKey("Marco"), NameKey("Mark"));
}

TEST(PlaceAliasesTest, MapsExonymsAndAbbreviations) {
  EXPECT_EQ(CanonicalAliasKey(NameKey("Kiev")), NameKey("Kyiv"));
  EXPECT_EQ(CanonicalAliasKey(NameKey("U.S.")), NameKey("United States"));
  EXPECT_EQ(CanonicalAliasKey(NameKey("USA")), NameKey("United States"));
  EXPECT_EQ(CanonicalAliasKey(NameKey("Great Britain")), NameKey("United Kingdom"));
  EXPECT_EQ(CanonicalAliasKey(NameKey("Bombay")), NameKey("Mumbai"));
  EXPECT_EQ(CanonicalAliasKey("narnia"), "narnia");
}

TEST(ResolveEntitiesTest, TransliterationVariantsAcrossArticles) {
  Story s;
  size_t a = s.AddDoc("Envoy Steve Witkoff met the minister. Witkoff said little afterwards.");
  size_t b = s.AddDoc("Special envoy Steve Vitkoff flew home on Wednesday. Vitkoff was tired.");
  s.Mention(a, "Steve Witkoff", kPerson);
  s.Mention(a, "Witkoff", kPerson, 1);
  s.Mention(b, "Steve Vitkoff", kPerson);
  s.Mention(b, "Vitkoff", kPerson, 1);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  const AccountEntity& e = r.entities[0];
  EXPECT_EQ(e.id, "e1");
  EXPECT_EQ(e.name, "Steve Witkoff");  // tie on frequency: the first seen
  EXPECT_EQ(e.type, kPerson);
  EXPECT_EQ(e.variants, (std::vector<std::string>{"Witkoff", "Steve Vitkoff", "Vitkoff"}));
  EXPECT_EQ(e.articles, (std::vector<uint32_t>{20, 21}));
  ASSERT_EQ(e.mentions.size(), 4u);
  EXPECT_EQ(e.mentions[2].article, 21u);
  EXPECT_EQ(r.entity_of, (std::vector<std::vector<int32_t>>{{0, 0}, {0, 0}}));
}

TEST(ResolveEntitiesTest, ZelenskySpellingsIncludingCyrillic) {
  Story s;
  size_t a = s.AddDoc("President Volodymyr Zelensky spoke in Dublin. Zelensky thanked Ireland.");
  size_t b = s.AddDoc("Volodymyr Zelenskyy\u2019s office said Zelenskyy would travel.");
  size_t c = s.AddDoc(
      "\u0412\u043E\u043B\u043E\u0434\u0438\u043C\u0438\u0440 "
      "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 "
      "\u0437\u0430\u044F\u0432\u0438\u0432.");
  s.Mention(a, "Volodymyr Zelensky", kPerson, 0, "President");
  s.Mention(a, "Zelensky", kPerson, 1);
  s.Mention(a, "Dublin", kPlace);
  s.Mention(b, "Volodymyr Zelenskyy\u2019s", kPerson);
  s.Mention(b, "Zelenskyy", kPerson, 1);
  s.Mention(c,
            "\u0412\u043E\u043B\u043E\u0434\u0438\u043C\u0438\u0440 "
            "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439",
            kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  const AccountEntity& z = r.entities[0];
  EXPECT_EQ(z.name, "Volodymyr Zelensky");
  EXPECT_EQ(z.variants.size(), 4u);  // Zelensky, Volodymyr Zelenskyy, Zelenskyy, Cyrillic
  EXPECT_EQ(z.variants[1], "Volodymyr Zelenskyy");  // possessive dropped
  EXPECT_EQ(z.roles, (std::vector<std::string>{"President"}));
  EXPECT_EQ(z.articles.size(), 3u);
  EXPECT_EQ(r.entities[1].name, "Dublin");
  EXPECT_EQ(r.entities[1].id, "e2");
  EXPECT_EQ(r.entity_of[0], (std::vector<int32_t>{0, 0, 1}));
}

TEST(ResolveEntitiesTest, TitlesInsideTheSpanAreNotPartOfTheName) {
  Story s;
  size_t a = s.AddDoc("Borduran President Ilse Varga met Secretary of State Tom Hale.");
  size_t b = s.AddDoc("Ilse Varga and Tom Hale spoke. Varga left.");
  s.Mention(a, "Borduran President Ilse Varga", kPerson);
  s.Mention(a, "Secretary of State Tom Hale", kPerson);
  s.Mention(b, "Ilse Varga", kPerson);
  s.Mention(b, "Tom Hale", kPerson);
  s.Mention(b, "Varga", kPerson, 1);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(r.entities[0].name, "Ilse Varga");
  EXPECT_TRUE(r.entities[0].variants == std::vector<std::string>{"Varga"});
  EXPECT_EQ(r.entities[1].name, "Tom Hale");
  EXPECT_EQ(r.entities[1].mentions.size(), 2u);
}

TEST(ResolveEntitiesTest, SurnameLinksToTheOnlyFullName) {
  Story s;
  size_t a = s.AddDoc("Mara Lindqvist, the union secretary, spoke first.");
  size_t b = s.AddDoc("Lindqvist said the strike would go on.");
  s.Mention(a, "Mara Lindqvist", kPerson, 0, "the union secretary");
  s.Mention(b, "Lindqvist", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Mara Lindqvist");
  EXPECT_EQ(r.entities[0].roles, (std::vector<std::string>{"union secretary"}));
  EXPECT_EQ(r.entities[0].articles, (std::vector<uint32_t>{20, 21}));
}

TEST(ResolveEntitiesTest, TwoPeopleSharingASurnameStayApart) {
  Story s;
  size_t a =
      s.AddDoc("Donald Trump spoke on Monday. Melania Trump opened the exhibition. Trump smiled.");
  size_t b = s.AddDoc("Donald Trump signed the order. Trump then left for Florida.");
  size_t c = s.AddDoc("Trump is expected to comment.");
  size_t trump_a = s.Mention(a, "Donald Trump", kPerson);
  s.Mention(a, "Melania Trump", kPerson);
  size_t lone_a = s.Mention(a, "Trump", kPerson, 2);  // most recent full name: Melania
  s.Mention(b, "Donald Trump", kPerson);
  size_t lone_b = s.Mention(b, "Trump", kPerson, 1);
  size_t lone_c = s.Mention(c, "Trump", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  const AccountEntity* donald = Named(r, "Donald Trump");
  const AccountEntity* melania = Named(r, "Melania Trump");
  ASSERT_NE(donald, nullptr);
  ASSERT_NE(melania, nullptr);
  EXPECT_NE(donald, melania);
  int32_t di = static_cast<int32_t>(donald - r.entities.data());
  int32_t mi = static_cast<int32_t>(melania - r.entities.data());
  EXPECT_EQ(r.entity_of[a][trump_a], di);
  EXPECT_EQ(r.entity_of[a][lone_a], mi);
  EXPECT_EQ(r.entity_of[b][lone_b], di);  // only Donald named in full in that article
  // Article c names nobody in full and Donald has 2 full mentions vs 1: not 3x, so ambiguous.
  EXPECT_NE(r.entity_of[c][lone_c], di);
  EXPECT_NE(r.entity_of[c][lone_c], mi);
  EXPECT_GE(r.entity_of[c][lone_c], 0);
}

TEST(ResolveEntitiesTest, DominantFullNameTakesTheBareSurname) {
  // Ann Berg is named in full in three articles, Tom Berg in one: a bare "Berg" in an article
  // naming neither is Ann. Dominance counts articles, not repetitions.
  Story s;
  size_t a = s.AddDoc("Ann Berg met Tom Berg.");
  size_t b = s.AddDoc("Ann Berg spoke.");
  size_t c = s.AddDoc("Ann Berg left.");
  size_t d = s.AddDoc("Berg declined to comment.");
  s.Mention(a, "Ann Berg", kPerson);
  s.Mention(a, "Tom Berg", kPerson);
  s.Mention(b, "Ann Berg", kPerson);
  s.Mention(c, "Ann Berg", kPerson);
  s.Mention(d, "Berg", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(r.entity_of[d][0], r.entity_of[a][0]);
}

TEST(ResolveEntitiesTest, RepetitionInOneArticleIsNotDominance) {
  Story s;
  size_t a = s.AddDoc("Ann Berg and Ann Berg and Ann Berg met Tom Berg.");
  size_t b = s.AddDoc("Berg declined to comment.");
  s.Mention(a, "Ann Berg", kPerson, 0);
  s.Mention(a, "Ann Berg", kPerson, 1);
  s.Mention(a, "Ann Berg", kPerson, 2);
  s.Mention(a, "Tom Berg", kPerson);
  s.Mention(b, "Berg", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 3u);
  EXPECT_NE(r.entity_of[b][0], r.entity_of[a][0]);
  EXPECT_NE(r.entity_of[b][0], r.entity_of[a][3]);
}

TEST(ResolveEntitiesTest, DeclaredAliasMergesTwoNames) {
  Story s;
  size_t a = s.AddDoc("Troops entered Novoselsk (known locally as Zorya) on Monday.");
  size_t b = s.AddDoc("Fighting continued around Zorya, officials said.");
  s.Mention(a, "Novoselsk", kPlace, 0, "", "Zorya");
  s.Mention(b, "Zorya", kPlace);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].name, "Novoselsk");
  EXPECT_EQ(r.entities[0].variants, (std::vector<std::string>{"Zorya"}));
  EXPECT_EQ(r.entities[0].mentions.size(), 2u);
}

TEST(ResolveEntitiesTest, AliasWithoutOtherMentionIsStillAVariant) {
  Story s;
  size_t a = s.AddDoc("Troops entered Novoselsk (known locally as Zorya) on Monday.");
  s.Mention(a, "Novoselsk", kPlace, 0, "", "Zorya");
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].variants, (std::vector<std::string>{"Zorya"}));
}

TEST(ResolveEntitiesTest, CountryAbbreviationsAndOrganisationArticles) {
  Story s;
  size_t a = s.AddDoc("The United States and the U.S. Treasury. The Kremlin said US aid is late.");
  size_t b = s.AddDoc("the Kremlin rejected the USA offer, Kremlin aides said. Kiev and Kyiv.");
  s.Mention(a, "United States", kPlace);
  s.Mention(a, "The Kremlin", kOrg);
  s.Mention(a, "US", kPlace);
  s.Mention(b, "the Kremlin", kOrg);
  s.Mention(b, "USA", kOrg);
  s.Mention(b, "Kremlin", kOrg, 1);
  s.Mention(b, "Kiev", kPlace);
  s.Mention(b, "Kyiv", kPlace);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 3u);
  EXPECT_EQ(r.entities[0].name, "United States");
  EXPECT_EQ(r.entities[0].type, kPlace);  // 2 place vs 1 organization
  EXPECT_EQ(r.entities[0].variants, (std::vector<std::string>{"US", "USA"}));
  EXPECT_EQ(r.entities[1].name, "Kremlin");
  EXPECT_TRUE(r.entities[1].variants.empty());
  EXPECT_EQ(r.entities[1].mentions.size(), 3u);
  EXPECT_EQ(r.entities[2].name, "Kyiv");  // equal counts: the table's preferred name
  EXPECT_EQ(r.entities[2].variants, (std::vector<std::string>{"Kiev"}));
}

TEST(ResolveEntitiesTest, RolesDedupedAndPronounsDropped) {
  Story s;
  size_t a =
      s.AddDoc("Kremlin spokesman Dmitry Peskov spoke. The Kremlin spokesman Peskov, he said.");
  s.Mention(a, "Dmitry Peskov", kPerson, 0, "Kremlin spokesman");
  s.Mention(a, "Peskov", kPerson, 1, "The Kremlin spokesman");
  size_t he = s.Mention(a, "he", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].roles, (std::vector<std::string>{"Kremlin spokesman"}));
  EXPECT_EQ(r.entity_of[a][he], -1);
}

TEST(ResolveEntitiesTest, EmptyStoryAndEmptySpans) {
  EXPECT_TRUE(ResolveEntities(StoryInput{}).entities.empty());
  Story s;
  size_t a = s.AddDoc("Text.");
  s.Mention(a, "Text", kOrg);
  StoryInput in = s.Input();
  const_cast<AnnotatedDoc*>(in.docs[0])->entities.push_back(EntityMention{{90, 95}});
  ResolvedEntities r = ResolveEntities(in);
  ASSERT_EQ(r.entity_of[0].size(), 2u);
  EXPECT_EQ(r.entity_of[0][1], -1);
  EXPECT_EQ(r.entities.size(), 1u);
}

}  // namespace
}  // namespace corroborate

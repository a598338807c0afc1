// Entity resolution across outlets, scripts and languages: Cyrillic and declined forms meet the
// Latin base, romanisation variants meet, bare surnames and title-only references resolve only
// when the story leaves one candidate, and roles from appositions are kept per article.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

constexpr EntityType kPerson = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;

class Story : public testing::HandStory {};

int32_t Of(const ResolvedEntities& r, size_t doc, size_t mention) {
  return r.entity_of.at(doc).at(mention);
}

TEST(EntitiesAcrossScriptsTest, CyrillicAndDeclinedFormsMeetTheLatinNames) {
  Story s;
  size_t en = s.AddDoc("Ukrainian President Volodymyr Zelenskyy met his adviser Andriy Yermak.");
  size_t uk = s.AddDoc(
      "Володимир Зеленський провів зустріч з Андрієм Єрмаком. Рішення Зеленського "
      "підтримали.");
  s.Mention(en, "Volodymyr Zelenskyy", kPerson, 0, "Ukrainian President");
  s.Mention(en, "Andriy Yermak", kPerson);
  size_t z = s.Mention(uk, "Володимир Зеленський", kPerson);
  size_t y = s.Mention(uk, "Андрієм Єрмаком", kPerson);  // instrumental case
  size_t zg = s.Mention(uk, "Зеленського", kPerson);     // genitive case
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(Of(r, uk, z), Of(r, en, 0));
  EXPECT_EQ(Of(r, uk, zg), Of(r, en, 0));
  EXPECT_EQ(Of(r, uk, y), Of(r, en, 1));
  EXPECT_EQ(r.entities[0].name, "Volodymyr Zelenskyy");
  EXPECT_EQ(r.entities[1].name, "Andriy Yermak");
  EXPECT_EQ(r.entities[1].articles.size(), 2u);
}

TEST(EntitiesAcrossScriptsTest, RussianCaseFormsJoinTheBaseOnlyWhenItExists) {
  Story s;
  size_t en = s.AddDoc("Vladimir Putin received the delegation.");
  size_t ru = s.AddDoc(
      "Встреча Владимира Путина с делегацией длилась пять часов. Путину передали письмо. "
      "Об этом сообщил Лавровым назначенный посол.");
  s.Mention(en, "Vladimir Putin", kPerson);
  size_t full = s.Mention(ru, "Владимира Путина", kPerson);
  size_t dat = s.Mention(ru, "Путину", kPerson);
  size_t other = s.Mention(ru, "Лавровым", kPerson);  // no base form "Lavrov" in the story
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(Of(r, ru, full), Of(r, en, 0));
  EXPECT_EQ(Of(r, ru, dat), Of(r, en, 0));
  EXPECT_NE(Of(r, ru, other), Of(r, en, 0));
  EXPECT_EQ(r.entities[0].name, "Vladimir Putin");
  EXPECT_EQ(r.entities[0].mentions.size(), 3u);
}

TEST(EntitiesAcrossScriptsTest, RomanisationVariantsMeet) {
  Story s;
  size_t a = s.AddDoc("Armed forces chief Andriy Kovalenko visited the front.");
  size_t b = s.AddDoc("Andrii Kovalenko, the armed forces chief, visited the front.");
  size_t c = s.AddDoc("Kovalenko said the line held.");
  s.Mention(a, "Andriy Kovalenko", kPerson, 0, "Armed forces chief");
  s.Mention(b, "Andrii Kovalenko", kPerson);
  s.Mention(c, "Kovalenko", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].variants, (std::vector<std::string>{"Andrii Kovalenko", "Kovalenko"}));
  // The apposition in b is a role mention too, beside the analyzer's title in a; the listed
  // roles hold the wording once.
  EXPECT_EQ(r.entities[0].roles, (std::vector<std::string>{"Armed forces chief"}));
  ASSERT_EQ(r.roles.size(), 2u);
  EXPECT_EQ(r.roles[1].doc, b);
  EXPECT_EQ(r.roles[1].span.Of(s.Text(b)), "the armed forces chief");
}

TEST(EntitiesAcrossScriptsTest, TwoPeopleSharingASurnameAreNeverMergedWithoutEvidence) {
  Story s;
  size_t a = s.AddDoc("Jared Kushner, the adviser, arrived in Cairo.");
  size_t b = s.AddDoc("Charles Kushner, the ambassador, spoke in Paris.");
  size_t c = s.AddDoc("Kushner declined to comment on the talks.");
  size_t d = s.AddDoc("Jared Kushner arrived. Charles Kushner spoke later. Kushner then left.");
  s.Mention(a, "Jared Kushner", kPerson);
  s.Mention(b, "Charles Kushner", kPerson);
  s.Mention(c, "Kushner", kPerson);
  s.Mention(d, "Jared Kushner", kPerson);
  s.Mention(d, "Charles Kushner", kPerson);
  size_t lone_d = s.Mention(d, "Kushner", kPerson, 2);
  ResolvedEntities r = ResolveEntities(s.Input());
  const int32_t jared = Of(r, a, 0), charles = Of(r, b, 0);
  EXPECT_NE(jared, charles);
  // No evidence in c: its own entity, neither of them.
  EXPECT_NE(Of(r, c, 0), jared);
  EXPECT_NE(Of(r, c, 0), charles);
  EXPECT_GE(Of(r, c, 0), 0);
  // In d, the one introduced last before it.
  EXPECT_EQ(Of(r, d, lone_d), charles);
  EXPECT_EQ(Of(r, d, 0), jared);
}

TEST(EntitiesAcrossScriptsTest, SurnameOnlyResolvesWhenUnique) {
  Story s;
  size_t a = s.AddDoc("Secretary of State Marco Rubio met Foreign Minister Hakan Fidan.");
  size_t b = s.AddDoc("Rubio and Fidan spoke for an hour.");
  s.Mention(a, "Marco Rubio", kPerson, 0, "Secretary of State");
  s.Mention(a, "Hakan Fidan", kPerson, 0, "Foreign Minister");
  s.Mention(b, "Rubio", kPerson);
  s.Mention(b, "Fidan", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(Of(r, b, 0), Of(r, a, 0));
  EXPECT_EQ(Of(r, b, 1), Of(r, a, 1));
}

TEST(EntitiesAcrossScriptsTest, TitleOnlyReferencesResolveToTheOnePersonWithThatRole) {
  Story s;
  size_t a = s.AddDoc(
      "Kremlin aide Oleg Varin said the talks were useful. The Kremlin aide added that no date "
      "was set.");
  size_t b = s.AddDoc("US envoy Dan Ruiz met the press. The envoy said little.");
  size_t c = s.AddDoc("Turkish envoy Ayla Demir arrived on Monday.");
  size_t d = s.AddDoc("The envoy was not available, a spokesman said.");
  s.Mention(a, "Oleg Varin", kPerson, 0, "Kremlin aide");
  s.Mention(a, "Kremlin", kOrg, 1);
  s.Mention(b, "Dan Ruiz", kPerson, 0, "US envoy");
  s.Mention(c, "Ayla Demir", kPerson, 0, "Turkish envoy");
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.descriptions.size(), 2u);
  EXPECT_EQ(r.descriptions[0].doc, a);
  EXPECT_EQ(r.descriptions[0].span.Of(s.Text(a)), "The Kremlin aide");
  EXPECT_EQ(r.descriptions[0].entity, Of(r, a, 0));
  // Two envoys in the story: "the envoy" goes to the one named earlier in its article…
  EXPECT_EQ(r.descriptions[1].doc, b);
  EXPECT_EQ(r.descriptions[1].span.Of(s.Text(b)), "The envoy");
  EXPECT_EQ(r.descriptions[1].entity, Of(r, b, 0));
  // …and stays unresolved in d, which names neither.
  const AccountEntity& varin = r.entities[static_cast<size_t>(Of(r, a, 0))];
  EXPECT_EQ(varin.mentions.size(), 2u);
  (void)d;
}

TEST(EntitiesAcrossScriptsTest, AppositionWithAnAdministrationIsARole) {
  Story s;
  size_t a = s.AddDoc(
      "Laura Pineda \u2014 the Hollis administration\u2019s top diplomat \u2014 did not attend.");
  s.Mention(a, "Laura Pineda", kPerson);
  ResolvedEntities r = ResolveEntities(s.Input());
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].roles,
            (std::vector<std::string>{"Hollis administration\u2019s top diplomat"}));
  ASSERT_EQ(r.roles.size(), 1u);
  EXPECT_EQ(r.roles[0].entity, 0);
}

}  // namespace
}  // namespace corroborate

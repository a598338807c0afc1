#include "analyze/entities.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/analyze.h"

namespace corroborate {
namespace {

struct Doc {
  Article article;
  AnnotatedDoc doc;
  explicit Doc(std::string text) {
    article.text = std::move(text);
    doc.article = &article;
    Tokenize(&doc);
    FindEntities(&doc);
  }
  // The first mention spelled exactly `name`, or nullptr.
  const EntityMention* Find(std::string_view name, size_t nth = 0) const {
    for (const EntityMention& m : doc.entities) {
      if (m.span.Of(article.text) == name && nth-- == 0) return &m;
    }
    return nullptr;
  }
  std::string Role(const EntityMention* m) const { return std::string(m->role.Of(article.text)); }
  std::string Alias(const EntityMention* m) const { return std::string(m->alias.Of(article.text)); }
  bool Has(std::string_view name) const { return Find(name) != nullptr; }
};

#define EXPECT_MENTION(d, name, entity_type)           \
  do {                                                 \
    const EntityMention* m_ = (d).Find(name);          \
    ASSERT_NE(m_, nullptr) << "no mention " << (name); \
    EXPECT_EQ(m_->type, entity_type) << (name);        \
  } while (0)

TEST(EntitiesTest, TitlesBecomeRoles) {
  Doc d(
      "Kremlin spokesperson Dmitry Peskov said the talks were useful. "
      "US Secretary of State Marco Rubio flew to Geneva, where Foreign Minister Anna Kowalczyk "
      "met President Donald Trump and Russian President Vladimir Putin.");
  const EntityMention* peskov = d.Find("Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(peskov), "Kremlin spokesperson");
  EXPECT_MENTION(d, "Kremlin", EntityType::kOrganization);
  const EntityMention* rubio = d.Find("Marco Rubio");
  ASSERT_NE(rubio, nullptr);
  EXPECT_EQ(d.Role(rubio), "US Secretary of State");
  const EntityMention* anna = d.Find("Anna Kowalczyk");
  ASSERT_NE(anna, nullptr);
  EXPECT_EQ(anna->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(anna), "Foreign Minister");
  EXPECT_EQ(d.Role(d.Find("Donald Trump")), "President");
  EXPECT_EQ(d.Role(d.Find("Vladimir Putin")), "Russian President");
  EXPECT_MENTION(d, "Russian", EntityType::kGroup);
  EXPECT_MENTION(d, "US", EntityType::kPlace);
  EXPECT_FALSE(d.Has("President Donald Trump"));
  EXPECT_FALSE(d.Has("Foreign Minister"));
}

TEST(EntitiesTest, AppositionRoles) {
  Doc d(
      "The plan was discussed by Yuri Ushakov, an aide to the Russian dictator, after the "
      "meeting. It may fail, argued Tatiana Stanovaya, an expert at the Carnegie Eurasia Center. "
      "Lena Marsh, head of the Northfield Water Agency, declined to comment.");
  const EntityMention* ushakov = d.Find("Yuri Ushakov");
  ASSERT_NE(ushakov, nullptr);
  EXPECT_EQ(ushakov->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(ushakov), "an aide to the Russian dictator");
  const EntityMention* stanovaya = d.Find("Tatiana Stanovaya");
  ASSERT_NE(stanovaya, nullptr);
  EXPECT_EQ(d.Role(stanovaya), "an expert at the Carnegie Eurasia Center");
  EXPECT_MENTION(d, "Carnegie Eurasia Center", EntityType::kOrganization);
  const EntityMention* marsh = d.Find("Lena Marsh");
  ASSERT_NE(marsh, nullptr);
  EXPECT_EQ(marsh->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(marsh), "head of the Northfield Water Agency");
  EXPECT_MENTION(d, "Northfield Water Agency", EntityType::kOrganization);
}

TEST(EntitiesTest, PossessiveIsNotPartOfTheName) {
  Doc d("Latvia\u2019s Baiba Braze warned that Norway's Tor Lindqvist stressed unity.");
  EXPECT_MENTION(d, "Latvia", EntityType::kPlace);
  EXPECT_MENTION(d, "Baiba Braze", EntityType::kPerson);
  EXPECT_MENTION(d, "Norway", EntityType::kPlace);
  EXPECT_MENTION(d, "Tor Lindqvist", EntityType::kPerson);
  EXPECT_FALSE(d.Has("Latvia\u2019s Baiba Braze"));
}

TEST(EntitiesTest, OrganizationPlaceGroupTyping) {
  Doc d(
      "NATO and the EU met at the White House while Fox News reported from Brussels. "
      "The Ministry of Energy and the Baltic Grid Company said Ukrainians and Americans "
      "were safe. Officials in Velikaya Dolina and the Varnok region disagreed. "
      "An OSINT group tracked the convoy.");
  EXPECT_MENTION(d, "NATO", EntityType::kOrganization);
  EXPECT_MENTION(d, "EU", EntityType::kOrganization);
  EXPECT_MENTION(d, "White House", EntityType::kOrganization);
  EXPECT_MENTION(d, "Fox News", EntityType::kOrganization);
  EXPECT_MENTION(d, "Brussels", EntityType::kPlace);
  EXPECT_MENTION(d, "Ministry of Energy", EntityType::kOrganization);
  EXPECT_MENTION(d, "Baltic Grid Company", EntityType::kOrganization);
  EXPECT_MENTION(d, "Ukrainians", EntityType::kGroup);
  EXPECT_MENTION(d, "Americans", EntityType::kGroup);
  EXPECT_MENTION(d, "Velikaya Dolina", EntityType::kPlace);
  EXPECT_MENTION(d, "Varnok", EntityType::kPlace);
  EXPECT_MENTION(d, "OSINT", EntityType::kOrganization);
  EXPECT_FALSE(d.Has("The"));
  EXPECT_FALSE(d.Has("An"));
  EXPECT_FALSE(d.Has("Officials"));
}

TEST(EntitiesTest, Aliases) {
  Doc d(
      "Troops entered Krasnogorodsk (known in Ukraine as Vilnohirsk) on Monday. "
      "The port of Belomorsk, also known as Soroka, was shelled. "
      "They reached Zelenopil (formerly Kirovske).");
  const EntityMention* k = d.Find("Krasnogorodsk");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(d.Alias(k), "Vilnohirsk");
  EXPECT_EQ(k->type, EntityType::kPlace);
  ASSERT_NE(d.Find("Vilnohirsk"), nullptr);
  EXPECT_EQ(d.Find("Vilnohirsk")->type, EntityType::kPlace);
  ASSERT_NE(d.Find("Belomorsk"), nullptr);
  EXPECT_EQ(d.Alias(d.Find("Belomorsk")), "Soroka");
  ASSERT_NE(d.Find("Zelenopil"), nullptr);
  EXPECT_EQ(d.Alias(d.Find("Zelenopil")), "Kirovske");
}

TEST(EntitiesTest, PersonOfPlaceIsTwoMentions) {
  Doc d(
      "The two envoys, Anselm Brody of Tarsia and Mira Kell of Lornia, met on Friday at the "
      "Council of Coastal Provinces. Brody said the talks were useful. Kell declined to comment.");
  ASSERT_NE(d.Find("Anselm Brody"), nullptr);
  EXPECT_EQ(d.Find("Anselm Brody")->type, EntityType::kPerson);
  ASSERT_NE(d.Find("Tarsia"), nullptr);
  EXPECT_EQ(d.Find("Tarsia")->type, EntityType::kPlace);
  ASSERT_NE(d.Find("Mira Kell"), nullptr);
  EXPECT_EQ(d.Find("Mira Kell")->type, EntityType::kPerson);
  EXPECT_EQ(d.Find("Lornia")->type, EntityType::kPlace);
  EXPECT_FALSE(d.Has("Anselm Brody of Tarsia"));
  EXPECT_TRUE(d.Has("Council of Coastal Provinces"));
  Doc orgs("Officials from the Ministry of Transport and the Gulf of Sarn Authority attended.");
  EXPECT_TRUE(orgs.Has("Ministry of Transport"));
}

TEST(EntitiesTest, DemonymBeforeTitleIsPartOfTheRole) {
  Doc d("Tarsian Foreign Minister Anselm Brody arrived late. Brody said little.");
  const EntityMention* m = d.Find("Anselm Brody");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(m), "Tarsian Foreign Minister");
}

TEST(EntitiesTest, OutletsAreOrganizations) {
  Doc d(
      "A senior official told the Harbour Observer on Monday that the port would reopen. "
      "\"Velsk Pravdin\" reports citing officials that the dam was closed. "
      "The Coastline Courier said the vote was delayed. Narva Gazeta wrote that it was late.");
  ASSERT_NE(d.Find("Harbour Observer"), nullptr);
  EXPECT_EQ(d.Find("Harbour Observer")->type, EntityType::kOrganization);
  ASSERT_NE(d.Find("Velsk Pravdin"), nullptr);
  EXPECT_EQ(d.Find("Velsk Pravdin")->type, EntityType::kOrganization);
  ASSERT_NE(d.Find("Coastline Courier"), nullptr);
  EXPECT_EQ(d.Find("Coastline Courier")->type, EntityType::kOrganization);
  ASSERT_NE(d.Find("Narva Gazeta"), nullptr);
  EXPECT_EQ(d.Find("Narva Gazeta")->type, EntityType::kOrganization);

  // The article's own outlet, even without a masthead word.
  Article a;
  a.outlet = "Amber Lantern";
  a.text = "Amber Lantern has learned that Mira Kell will resign. Kell said nothing.";
  AnnotatedDoc doc;
  doc.article = &a;
  Tokenize(&doc);
  FindEntities(&doc);
  bool found = false;
  for (const EntityMention& m : doc.entities) {
    if (m.span.Of(a.text) == "Amber Lantern") {
      found = true;
      EXPECT_EQ(m.type, EntityType::kOrganization);
    }
  }
  EXPECT_TRUE(found);
}

TEST(EntitiesTest, PlaceWithSecondNameInParentheses) {
  Doc d(
      "Ferries docked in the port city Marrosk (Marrask) on Friday. Trade in Marrask has doubled. "
      "Fighting was reported near Lyon (France). "
      "The summit in Orvik (known locally as Orvika) ended early.");
  const EntityMention* m = d.Find("Marrosk");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPlace);
  EXPECT_EQ(d.Alias(m), "Marrask");
  ASSERT_NE(d.Find("Lyon"), nullptr);
  EXPECT_EQ(d.Alias(d.Find("Lyon")), "");
  ASSERT_NE(d.Find("Orvik"), nullptr);
  EXPECT_EQ(d.Alias(d.Find("Orvik")), "Orvika");
}

TEST(EntitiesTest, PlacesThatSpeakStayPlaces) {
  Doc d(
      "Talks were held in Tarsia on Monday. Tarsia says the border will stay closed. "
      "Diplomats in Lorne said the mood was tense.");
  ASSERT_NE(d.Find("Tarsia", 1), nullptr);
  EXPECT_EQ(d.Find("Tarsia", 1)->type, EntityType::kPlace);
  ASSERT_NE(d.Find("Lorne"), nullptr);
  EXPECT_EQ(d.Find("Lorne")->type, EntityType::kPlace);
}

TEST(EntitiesTest, CyrillicNames) {
  Doc d("The post was written by Russian blogger Иван Петров. Later Петров said it was false.");
  const EntityMention* m = d.Find("Иван Петров");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPerson);
  EXPECT_EQ(d.Role(m), "Russian blogger");
  EXPECT_MENTION(d, "Петров", EntityType::kPerson);
}

TEST(EntitiesTest, SurnamesResolveToPersons) {
  Doc d(
      "Talks between Halvard Brenning and the mayor ended late. "
      "Reporters waited for Brenning outside. Critics of Brenning were unconvinced.");
  EXPECT_MENTION(d, "Halvard Brenning", EntityType::kPerson);
  const EntityMention* later = d.Find("Brenning");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->type, EntityType::kPerson);  // not a place despite "for Brenning"
}

TEST(EntitiesTest, HeadlinesAndSentenceStarts) {
  Doc d(
      "Putin Rejects Deal As Talks Stall In Moscow\n"
      "Meanwhile, Putin met envoys in Moscow. Despite pressure, the talks stalled.\n"
      "Negotiators returned despite everything.");
  EXPECT_MENTION(d, "Putin", EntityType::kPerson);
  EXPECT_MENTION(d, "Moscow", EntityType::kPlace);
  EXPECT_FALSE(d.Has("Rejects"));
  EXPECT_FALSE(d.Has("Deal"));
  EXPECT_FALSE(d.Has("Talks"));
  EXPECT_FALSE(d.Has("Meanwhile"));
  EXPECT_FALSE(d.Has("Despite"));
  EXPECT_FALSE(d.Has("Negotiators"));
  // Person mentions in the headline still count when the body names them.
  ASSERT_NE(d.Find("Putin"), nullptr);
  EXPECT_EQ(d.Find("Putin")->sentence, 0u);
}

TEST(EntitiesTest, HyphenatedCompounds) {
  Doc d(
      "A U.S.-led plan and US-Russia talks preceded the Putin-Trump summit. Putin and "
      "Trump spoke.");
  EXPECT_MENTION(d, "U.S.", EntityType::kPlace);
  EXPECT_MENTION(d, "Russia", EntityType::kPlace);
  EXPECT_TRUE(d.Has("Trump"));
  EXPECT_FALSE(d.Has("U.S.-led"));
}

TEST(EntitiesTest, MentionsAreOrderedAndInsideSentences) {
  Doc d("German Chancellor Erik Halden met Polish officials in Warsaw on Friday, Halden said.");
  ASSERT_FALSE(d.doc.entities.empty());
  for (size_t i = 0; i < d.doc.entities.size(); ++i) {
    const EntityMention& m = d.doc.entities[i];
    ASSERT_LT(m.sentence, d.doc.sentences.size());
    EXPECT_TRUE(d.doc.sentences[m.sentence].span.Contains(m.span));
    if (i > 0) {
      EXPECT_LE(d.doc.entities[i - 1].span.begin, m.span.begin);
    }
  }
  EXPECT_FALSE(d.Has("Friday"));
}

TEST(EntitiesTest, LargeAndRandomInputIsSafe) {
  std::string big;
  while (big.size() < 300 * 1024) {
    big +=
        "Foreign Minister Anna Kowalczyk, an envoy to the Nordic Council, met Ivan Orlov in "
        "Riga. ";
  }
  auto start = std::chrono::steady_clock::now();
  Doc d(big);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(d.doc.entities.size(), 1000u);
  EXPECT_LT(secs, 10.0);
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<size_t>(rng() % 400), '\0');
    for (char& c : s) c = static_cast<char>("AaZ ,.'-(\n\xD0\x98\xE2\x80\x99"[rng() % 15]);
    Doc r(s);
    for (const EntityMention& m : r.doc.entities) ASSERT_LE(m.span.end, s.size());
  }
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(EntitiesSeedTest, SeedArticles) {
  const std::filesystem::path dir = std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds";
  if (!std::filesystem::is_directory(dir)) {
    GTEST_SKIP() << "seed folder " << dir << " is absent";
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  bool saw_peskov = false, saw_alias = false, saw_kremlin = false, saw_moscow = false;
  for (const auto& path : files) {
    Doc d(ReadFile(path));
    SCOPED_TRACE(path.string());
    const size_t bytes = d.article.text.size();
    EXPECT_GE(d.doc.sentences.size(), bytes / 400);
    EXPECT_LE(d.doc.sentences.size(), bytes / 20);
    for (const EntityMention& m : d.doc.entities) {
      std::string_view name = m.span.Of(d.article.text);
      if (name == "Dmitry Peskov") {
        saw_peskov = true;
        EXPECT_EQ(m.type, EntityType::kPerson);
        EXPECT_NE(m.role.Of(d.article.text).find("spokesperson"), std::string_view::npos);
      }
      if (name == "Kremlin") {
        saw_kremlin = true;
        EXPECT_EQ(m.type, EntityType::kOrganization);
      }
      if (name == "Moscow") {
        saw_moscow = true;
        EXPECT_EQ(m.type, EntityType::kPlace);
      }
      if (path.filename().string().rfind("002", 0) == 0 && name == "Krasnoarmeysk") {
        saw_alias = true;
        EXPECT_EQ(m.alias.Of(d.article.text), "Pokrovsk");
      }
    }
  }
  EXPECT_TRUE(saw_peskov);
  EXPECT_TRUE(saw_alias);
  EXPECT_TRUE(saw_kremlin);
  EXPECT_TRUE(saw_moscow);
}

}  // namespace
}  // namespace corroborate

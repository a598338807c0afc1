// Entity typing and bounds around common-noun and masthead words: "the Courier" after the
// document names the Daily Courier is that newspaper (not a place), and "Residents of Marovo"
// is a phrase whose name is "Marovo". With the rules alone and, when models/ holds the trained
// models, with the recogniser's votes too (which called both places).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/entities.h"
#include "nlp/linguistics.h"

namespace corroborate {
namespace {

const nlp::Linguistics* Models(std::string* why) {
  static std::string error;
  static const std::unique_ptr<nlp::Linguistics> models = [] {
    Result<nlp::Linguistics> loaded = nlp::Linguistics::Load();
    if (!loaded.ok()) {
      error = loaded.status().message();
      return std::unique_ptr<nlp::Linguistics>();
    }
    return std::make_unique<nlp::Linguistics>(std::move(loaded).value());
  }();
  *why = error;
  return models.get();
}

struct Analyzed {
  Article article;
  AnnotatedDoc doc;
  // The mentions spelled exactly `name`.
  std::vector<const EntityMention*> All(const std::string& name) const {
    std::vector<const EntityMention*> out;
    for (const EntityMention& m : doc.entities) {
      if (m.span.Of(article.text) == name) out.push_back(&m);
    }
    return out;
  }
  bool AnyStartsWith(const std::string& prefix) const {
    for (const EntityMention& m : doc.entities) {
      if (m.span.Of(article.text).starts_with(prefix)) return true;
    }
    return false;
  }
};

std::unique_ptr<Analyzed> AnalyzeText(const std::string& outlet, const std::string& text,
                                      const nlp::Linguistics* models) {
  auto a = std::make_unique<Analyzed>();
  a->article.id = "t";
  a->article.outlet = outlet;
  a->article.text = text;
  a->doc = Analyze(a->article, CivilDate{2026, 3, 3}, models);
  a->doc.article = &a->article;
  return a;
}

const char* kCourierReport =
    "Talks stall in Marovo\n"
    "The minister left the table after an hour, a member of the delegation told the Courier. "
    "He returned later, officials said.\n"
    "Officials did not respond to the Courier's requests for comment on Tuesday.";

const char* kCitingReport =
    "Talks stall in Marovo\n"
    "The minister walked out, the Coastal Courier reported on Tuesday. According to the "
    "Courier, he returned an hour later.";

void ExpectCourierIsTheNewspaper(const Analyzed& a, size_t count) {
  std::vector<const EntityMention*> courier = a.All("Courier");
  EXPECT_EQ(courier.size(), count);
  for (const EntityMention* m : courier) EXPECT_EQ(m->type, EntityType::kOrganization);
}

TEST(EntityTypingTest, AMastheadsShortNameIsTheNewspaper) {
  ExpectCourierIsTheNewspaper(*AnalyzeText("Evening Courier", kCourierReport, nullptr), 2);
  ExpectCourierIsTheNewspaper(*AnalyzeText("Harbour Wire", kCitingReport, nullptr), 1);
}

TEST(EntityTypingTest, AMastheadsShortNameIsTheNewspaperWithModels) {
  std::string why;
  const nlp::Linguistics* models = Models(&why);
  if (models == nullptr) GTEST_SKIP() << "no trained models (" << why << ")";
  ExpectCourierIsTheNewspaper(*AnalyzeText("Evening Courier", kCourierReport, models), 2);
  ExpectCourierIsTheNewspaper(*AnalyzeText("Harbour Wire", kCitingReport, models), 1);
}

TEST(EntityTypingTest, APluralNounBeforeOfIsNotPartOfTheName) {
  std::string why;
  const nlp::Linguistics* models = Models(&why);
  if (models == nullptr) GTEST_SKIP() << "no trained models (" << why << ")";
  const std::string text =
      "Convoys reach Marovo\n"
      "Aid convoys reached Marovo on Tuesday after a week of delays.\n"
      "Residents of Marovo watched the trucks from behind police barriers.\n"
      "Thousands of Kestrians have left the region since April.\n"
      "The Bank of Orlenia said it would fund the repairs.";
  std::unique_ptr<Analyzed> a = AnalyzeText("Harbour Wire", text, models);
  EXPECT_FALSE(a->AnyStartsWith("Residents")) << "'Residents of Marovo' is not a name";
  EXPECT_FALSE(a->AnyStartsWith("Thousands"));
  EXPECT_EQ(a->All("Marovo").size(), 3u);
  for (const EntityMention* m : a->All("Marovo")) EXPECT_EQ(m->type, EntityType::kPlace);
  // A singular head of "X of Y" still makes one name.
  EXPECT_EQ(a->All("Bank of Orlenia").size(), 1u);
}

}  // namespace
}  // namespace corroborate

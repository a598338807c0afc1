// The pipeline with the trained models (PipelineOptions::models): loaded once, shared by the
// analysis threads, and the same account shape as without them. Skipped when models/ has no
// trained models.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/linguistics.h"
#include "nlp/model_paths.h"
#include "pipeline/pipeline.h"

namespace corroborate {
namespace {

RawDocument Text(std::string uri, std::string bytes) {
  RawDocument d;
  d.uri = std::move(uri);
  d.bytes = std::move(bytes);
  d.format = "text";
  return d;
}

std::vector<RawDocument> FloodReports() {
  std::vector<RawDocument> docs;
  docs.push_back(Text("a.txt",
                      "River Orla Floods Three Villages\nMarch 4, 2026\n"
                      "The river Orla burst its banks near Dunmere on Tuesday, flooding three "
                      "villages, regional governor Hanna Velt said. \"We have moved 400 people "
                      "to the school in Dunmere,\" Velt told reporters.\n"));
  docs.push_back(Text("b.txt",
                      "Hundreds Evacuated as Orla Floods\nMarch 4, 2026\n"
                      "About 400 residents were evacuated after the Orla flooded three villages "
                      "on Tuesday, governor Hanna Velt said. Velt said the water was still "
                      "rising near Dunmere.\n"));
  docs.push_back(Text("c.txt",
                      "Orla Flood Forces Evacuation\nMarch 5, 2026\n"
                      "Hanna Velt, the regional governor, said on Tuesday that 400 people had "
                      "left their homes near Dunmere. The Red Cross sent two teams.\n"));
  return docs;
}

const AccountEntity* Named(const Account& account, const std::string& name) {
  for (const StoryAccount& s : account.stories) {
    for (const AccountEntity& e : s.entities) {
      if (e.name == name) return &e;
    }
  }
  return nullptr;
}

TEST(PipelineWithModels, SharedModelsGiveTheSameAccountShape) {
  for (const char* file : {"tagger.bin", "parser.bin", "ner.bin"}) {
    Result<std::string> path = nlp::FindModelFile("", file);
    if (!path.ok()) GTEST_SKIP() << "no trained models (" << path.status().message() << ")";
  }
  Result<nlp::Linguistics> models = nlp::Linguistics::Load();
  ASSERT_TRUE(models.ok()) << models.status().message();

  PipelineOptions rules;
  rules.threads = 2;
  PipelineOptions with_models = rules;
  with_models.models = &*models;
  std::vector<InputProblem> problems;
  const Account a = BuildAccount(ExtractDocuments(FloodReports(), rules, &problems), rules);
  const Account b =
      BuildAccount(ExtractDocuments(FloodReports(), with_models, &problems), with_models);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(a.articles.size(), 3u);
  ASSERT_EQ(b.articles.size(), 3u);
  ASSERT_EQ(b.stories.size(), a.stories.size());
  // The person named in every report is one person entity, whichever way it was found.
  for (const Account* account : {&a, &b}) {
    const AccountEntity* velt = Named(*account, "Hanna Velt");
    ASSERT_NE(velt, nullptr);
    EXPECT_EQ(velt->type, EntityType::kPerson);
    EXPECT_EQ(velt->articles.size(), 3u);
  }
  // Each run's quotes still name their speaker.
  ASSERT_FALSE(b.stories.empty());
  EXPECT_FALSE(b.stories[0].quotes.empty());
}

}  // namespace
}  // namespace corroborate

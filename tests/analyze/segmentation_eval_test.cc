// Tokenizer + sentence splitter evaluation against a treebank: document rebuilding from
// CoNLL-U, exact-span scoring, and the scores on UD English when ../shared is present.
#include "analyze/segmentation_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace corroborate {
namespace {

std::string Word(int id, const std::string& form, bool space_after = true) {
  return std::to_string(id) + "\t" + form + "\t_\tX\tX\t_\t0\tdep\t_\t" +
         (space_after ? "_" : "SpaceAfter=No") + "\n";
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = testing::TempDir() + "/" + name;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(text.data(), 1, text.size(), f);
  std::fclose(f);
  return path;
}

TEST(SegmentationEvalTest, ScoresRebuiltDocuments) {
  // Doc 1: "The ferry didn't sail. Crews waited." + new paragraph "Nobody left"
  // Doc 2: "sounds good. see you" (a lowercase start: split by the splitter too).
  std::string conllu =
      "# newdoc id = d1\n# newpar\n# text = The ferry didn't sail.\n" + Word(1, "The") +
      Word(2, "ferry") + "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" + Word(3, "did") + Word(4, "n't") +
      Word(5, "sail", false) + Word(6, ".") + "\n" + "# text = Crews waited.\n" + Word(1, "Crews") +
      Word(2, "waited", false) + Word(3, ".") + "\n" + "# newpar\n# text = Nobody left\n" +
      Word(1, "Nobody") + Word(2, "left") + "\n" + "# newdoc id = d2\n# text = sounds good.\n" +
      Word(1, "sounds") + Word(2, "good", false) + Word(3, ".") + "\n# text = see you\n" +
      Word(1, "see") + Word(2, "you") + "\n";
  auto s = EvaluateSegmentation(WriteTemp("seg.conllu", conllu), nullptr);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->documents, 2u);
  EXPECT_EQ(s->sentences.gold, 5u);
  EXPECT_EQ(s->sentences.correct, 5u);
  EXPECT_DOUBLE_EQ(s->sentences.f1(), 1.0);
  // Tokens: "didn't" is one gold token, but our tokenizer keeps it whole too.
  EXPECT_EQ(s->tokens.gold, 15u);
  EXPECT_EQ(s->tokens.correct, 15u);
  // Words: gold splits "didn't" into "did" + "n't", and so do we (nlp/ud_words.h).
  EXPECT_EQ(s->words.gold, 16u);
  EXPECT_EQ(s->words.correct, 16u);
}

TEST(SegmentationEvalTest, MissingFileIsAnError) {
  auto s = EvaluateSegmentation("/nonexistent/x.conllu", nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "/nonexistent/x.conllu: cannot open");
}

TEST(SegmentationEvalTest, UdEnglishWhenPresent) {
  const std::string ud = std::string(CORROBORATE_SHARED_DIR) + "/data/ud";
  if (!std::filesystem::exists(ud)) GTEST_SKIP() << "needs " << ud << " (../shared)";
  // Measured when written: EWT test 0.846 (web text: 249 of its sentence ends have no
  // punctuation at all), GUM dev 0.952; tokens 0.971 / 0.977.
  auto ewt = EvaluateSegmentation(ud + "/UD_English-EWT/en_ewt-ud-test.conllu", nullptr);
  ASSERT_TRUE(ewt.ok()) << ewt.status().message();
  EXPECT_EQ(ewt->sentences.gold, 2077u);
  EXPECT_GT(ewt->sentences.f1(), 0.83);
  EXPECT_GT(ewt->tokens.f1(), 0.96);
  auto gum = EvaluateSegmentation(ud + "/UD_English-GUM/en_gum-ud-dev.conllu", nullptr);
  ASSERT_TRUE(gum.ok()) << gum.status().message();
  EXPECT_GT(gum->sentences.f1(), 0.94);
}

}  // namespace
}  // namespace corroborate

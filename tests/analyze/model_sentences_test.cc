// Sentence splitting with the shipped boundary classifier (models/sentences.bin, or
// $CORROBORATE_MODELS): the rule splitter's tested behaviour on news text must still hold, and
// the boundaries punctuation does not show (mail greetings and sign-offs) are found. Skipped
// when there is no model.
#include "analyze/model_sentences.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "nlp/model_paths.h"

namespace corroborate {
namespace {

const nlp::SentenceModel* Model(std::string* why) {
  static std::string error;
  static const std::unique_ptr<nlp::SentenceModel> model = []() {
    Result<std::string> path = nlp::FindModelFile("", "sentences.bin");
    if (!path.ok()) {
      error = path.status().message();
      return std::unique_ptr<nlp::SentenceModel>();
    }
    Result<nlp::SentenceModel> loaded = nlp::SentenceModel::Load(*path);
    if (!loaded.ok()) {
      error = loaded.status().message();
      return std::unique_ptr<nlp::SentenceModel>();
    }
    return std::make_unique<nlp::SentenceModel>(std::move(loaded).value());
  }();
  *why = error;
  return model.get();
}

#define REQUIRE_MODEL()                                                      \
  std::string why;                                                           \
  const nlp::SentenceModel* model = Model(&why);                             \
  if (model == nullptr) GTEST_SKIP() << "no sentence model (" << why << ")"; \
  (void)model

struct Split {
  Article article;
  AnnotatedDoc doc;
  Split(const nlp::SentenceModel& model, std::string text) {
    article.text = std::move(text);
    doc.article = &article;
    Tokenize(&doc);
    SplitSentencesWithModel(model, &doc);
  }
  std::vector<std::string> Sentences() const {
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences) out.emplace_back(s.span.Of(article.text));
    return out;
  }
};

using Strings = std::vector<std::string>;

TEST(ModelSentencesTest, NewsAbbreviationsAndQuotes) {
  REQUIRE_MODEL();
  EXPECT_EQ(
      Split(*model, "The envoy flew back to the U.S. The talks resume in Geneva.").Sentences(),
      (Strings{"The envoy flew back to the U.S.", "The talks resume in Geneva."}));
  EXPECT_EQ(Split(*model,
                  "Gen. Ruth Mbeki met Sen. Alvarez on Nov. 20 in St. Louis. They spoke for an "
                  "hour.")
                .Sentences(),
            (Strings{"Gen. Ruth Mbeki met Sen. Alvarez on Nov. 20 in St. Louis.",
                     "They spoke for an hour."}));
  EXPECT_EQ(
      Split(*model,
            "She said the deal \u201Cbrings us closer to peace.\u201D Then she left. "
            "\u201CWhy now?\u201D he asked. \u201CBecause it is time!\u201D she replied.")
          .Sentences(),
      (Strings{"She said the deal \u201Cbrings us closer to peace.\u201D", "Then she left.",
               "\u201CWhy now?\u201D he asked.", "\u201CBecause it is time!\u201D she replied."}));
  EXPECT_EQ(
      Split(*model, "The bridge opened in 1891. [4][5] It was rebuilt in 1950. [6]").Sentences(),
      (Strings{"The bridge opened in 1891. [4][5]", "It was rebuilt in 1950. [6]"}));
  EXPECT_EQ(Split(*model,
                  "Ports (e.g. The Hague and Ostend) reopened c. 1950. The ferry leaves on Sat. "
                  "we hope. Lawyers cited Marsh v. Ellery.")
                .Sentences(),
            (Strings{"Ports (e.g. The Hague and Ostend) reopened c. 1950.",
                     "The ferry leaves on Sat. we hope.", "Lawyers cited Marsh v. Ellery."}));
  EXPECT_EQ(
      Split(*model, "sounds good. see you at the dock. \u201CReady?\u201D she asked.").Sentences(),
      (Strings{"sounds good.", "see you at the dock.", "\u201CReady?\u201D she asked."}));
}

TEST(ModelSentencesTest, LinesHeadingsAndTokenRanges) {
  REQUIRE_MODEL();
  Split f(*model,
          "Ceasefire Talks Stall in Vienna\n"
          "Negotiators met on Monday. They failed to agree.\n"
          "\n"
          "What is known about the talks\n"
          "Is a deal close?\n"
          "No final stop here\nand a lowercase line.");
  ASSERT_EQ(f.doc.sentences.size(), 7u) << ::testing::PrintToString(f.Sentences());
  EXPECT_TRUE(f.doc.sentences[0].heading);
  EXPECT_EQ(f.doc.sentences[0].paragraph, 0u);
  EXPECT_FALSE(f.doc.sentences[1].heading);
  EXPECT_EQ(f.doc.sentences[2].paragraph, 1u);
  EXPECT_TRUE(f.doc.sentences[3].heading);
  EXPECT_EQ(f.doc.sentences[3].paragraph, 3u);
  EXPECT_FALSE(f.doc.sentences[4].heading);
  EXPECT_EQ(f.doc.sentences[4].paragraph, 4u);
  EXPECT_EQ(f.Sentences()[5], "No final stop here");
  uint32_t next = 0;
  for (const Sentence& s : f.doc.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(f.doc.tokens[s.token_begin].span.begin, s.span.begin);
    EXPECT_EQ(f.doc.tokens[s.token_end - 1].span.end, s.span.end);
    next = s.token_end;
  }
  EXPECT_EQ(next, f.doc.tokens.size());
}

// What the rules cannot see: a greeting and a sign-off on the same line as the message.
TEST(ModelSentencesTest, UnpunctuatedMailBoundaries) {
  REQUIRE_MODEL();
  const std::string text =
      "Team, Please see the attached schedule for next week. Let me know if you have "
      "questions. Thanks, Marco";
  EXPECT_EQ(Split(*model, text).Sentences(),
            (Strings{"Team,", "Please see the attached schedule for next week.",
                     "Let me know if you have questions.", "Thanks,", "Marco"}));
  // The rule splitter alone keeps the greeting and the signature inside the sentences.
  Article article;
  article.text = text;
  AnnotatedDoc rules;
  rules.article = &article;
  Tokenize(&rules);
  EXPECT_EQ(rules.sentences.size(), 3u);
}

TEST(ModelSentencesTest, EmptyAndOddInput) {
  REQUIRE_MODEL();
  EXPECT_TRUE(Split(*model, "").doc.sentences.empty());
  EXPECT_TRUE(Split(*model, "\n\n \n").doc.sentences.empty());
  Split odd(*model, "\u2026\u2026 ?! \xED\xA0\x80 x.\n\"\n((((");
  uint32_t next = 0;
  for (const Sentence& s : odd.doc.sentences) {
    EXPECT_EQ(s.token_begin, next);
    next = s.token_end;
  }
  EXPECT_EQ(next, odd.doc.tokens.size());
}

}  // namespace
}  // namespace corroborate

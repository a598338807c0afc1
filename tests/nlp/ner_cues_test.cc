// Tests for the name-part cue lexicon and capitalised runs (nlp/ner_cues.h), and for a
// recogniser trained with cues: it saves and loads with them, and uses them.
#include "nlp/ner_cues.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/model_file.h"
#include "nlp/ner.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {
namespace {

constexpr uint16_t kPer = 0, kOrg = 1, kLoc = 2;

NerSentence Sentence(std::vector<std::string> words, std::vector<EntitySpan> entities) {
  NerSentence s;
  s.words = std::move(words);
  s.entities = std::move(entities);
  return s;
}

bool HasCue(const TagLexicon& lexicon, std::string_view word, uint32_t cue) {
  return (lexicon.Mask(word) & (1u << cue)) != 0;
}

TEST(NerCueLexiconTest, LearnsPartsPlayedInSeveralNames) {
  std::vector<NerSentence> train = {
      Sentence({"She", "studied", "at", "Halden", "University", "."}, {{3, 5, kOrg}}),
      Sentence({"He", "left", "Brightwater", "University", "in", "May", "."}, {{2, 4, kOrg}}),
      Sentence({"Then", "Mr.", "Petrov", "spoke", "."}, {{2, 3, kPer}}),
      Sentence({"And", "Mr", "Castell", "agreed", "."}, {{2, 3, kPer}}),
      Sentence({"We", "met", "Marta", "Volkova", "and", "Marta", "Lind", "."},
               {{2, 4, kPer}, {5, 7, kPer}}),
      // One company named twice is one name: no cue for its words.
      Sentence({"I", "called", "Kessler", "Group", "."}, {{2, 4, kOrg}}),
      Sentence({"so", "Kessler", "Group", "replied", "."}, {{1, 3, kOrg}}),
      Sentence({"Walk", "down", "Harbour", "Street", "."}, {{2, 4, kLoc}}),
  };
  const TagLexicon cues = BuildNerCueLexicon(train, NerCueOptions{});
  EXPECT_TRUE(HasCue(cues, "university", 2 * kOrg + 1));  // ends organisations
  EXPECT_FALSE(HasCue(cues, "university", 2 * kOrg));
  EXPECT_TRUE(HasCue(cues, "mr", kCueTitle));    // "Mr." and "Mr" are one word
  EXPECT_TRUE(HasCue(cues, "marta", 2 * kPer));  // a first name
  EXPECT_EQ(cues.Mask("group"), 0u);
  EXPECT_EQ(cues.Mask("street"), 0u);  // in one name only
  EXPECT_EQ(cues.Mask("halden"), 0u);

  // A word mostly capitalised outside names is no cue, however many names it is in.
  for (int i = 0; i < 12; ++i) {
    train.push_back(Sentence({"We", "saw", "University", "buildings", "."}, {}));
  }
  EXPECT_FALSE(HasCue(BuildNerCueLexicon(train, NerCueOptions{}), "university", 2 * kOrg + 1));
}

TEST(NerCueLexiconTest, WithoutFinalPeriod) {
  EXPECT_EQ(WithoutFinalPeriod("inc."), "inc");
  EXPECT_EQ(WithoutFinalPeriod("."), ".");
  EXPECT_EQ(WithoutFinalPeriod("u.s"), "u.s");
}

std::vector<std::string> Normalized(const std::vector<std::string_view>& words) {
  std::vector<std::string> out;
  for (std::string_view w : words) out.push_back(NormalizeWord(w));
  return out;
}

TEST(CapitalisedRunsTest, JoinsNamesWithLowercaseConnectors) {
  const std::vector<std::string_view> words = {
      "A",           "complaint", "with", "the",  "Department", "of", "Housing", "and", "Urban",
      "Development", "of",        "new",  "Ohio", "Bank",       "&",  "Trust",   "."};
  std::vector<uint32_t> begin, end;
  CapitalisedRuns(words, Normalized(words), &begin, &end);
  ASSERT_EQ(begin.size(), words.size());
  EXPECT_EQ(begin[0], 0u);  // "A": a run of its own
  EXPECT_EQ(end[0], 1u);
  EXPECT_EQ(begin[1], end[1]);  // "complaint": no run
  for (uint32_t i = 4; i <= 9; ++i) {
    EXPECT_EQ(begin[i], 4u) << i;
    EXPECT_EQ(end[i], 10u) << i;
  }
  EXPECT_EQ(begin[10], end[10]);  // "of" before a lowercase word
  EXPECT_EQ(begin[13], 12u);      // "Ohio Bank & Trust"
  EXPECT_EQ(end[13], 16u);
  EXPECT_EQ(begin[16], end[16]);
}

TEST(CapitalisedRunsTest, EmptyAndHostileInput) {
  std::vector<uint32_t> begin = {7}, end = {7};
  CapitalisedRuns({}, {}, &begin, &end);
  EXPECT_TRUE(begin.empty());
  EXPECT_TRUE(end.empty());
  const std::vector<std::string_view> words = {"of", "and", "\xff", "", "Of", "of"};
  CapitalisedRuns(words, Normalized(words), &begin, &end);
  EXPECT_EQ(begin[4], 4u);
  EXPECT_EQ(end[4], 5u);  // a connector needs a capitalised word after it
}

// Organisations named by an unseen word and a known head ("Greyfield Institute"): the model
// trained with cues finds them and keeps finding them after a save and load.
TEST(NerCueModelTest, TrainsSavesAndLoadsWithCues) {
  const std::vector<std::string> stems = {"Halden", "Nordholm", "Brightwater", "Kessler",
                                          "Orlov",  "Vantor",   "Meridale",    "Ostrick"};
  const std::vector<std::string> heads = {"Institute", "Council", "Bank", "Trust"};
  const std::vector<std::string> people = {"Marta", "Jonas", "Ilse", "Tomas", "Greta"};
  std::vector<NerSentence> train;
  for (size_t i = 0; i < 240; ++i) {
    const std::string& stem = stems[i % stems.size()];
    const std::string& head = heads[(i / stems.size()) % heads.size()];
    const std::string& who = people[i % people.size()];
    NerSentence s =
        Sentence({"Yesterday", ",", who, "Lind", "joined", "the", stem, head, "in", "Kelmora", "."},
                 {{2, 4, kPer}, {6, 8, kOrg}});
    s.doc_start = i % 4 == 0;
    train.push_back(std::move(s));
  }
  NerTrainResources resources;
  std::vector<std::vector<std::string>> text;
  for (const NerSentence& s : train) text.push_back(s.words);
  resources.casing = BuildCasingLexicon(text, 1);
  resources.cues = BuildNerCueLexicon(train, NerCueOptions{});
  resources.use_cues = true;
  EXPECT_NE(resources.cues.Mask("institute"), 0u);
  NerTrainOptions options;
  options.epochs = 4;
  options.quiet = true;
  Result<EntityRecognizer> ner = EntityRecognizer::Train(train, {}, std::move(resources), options);
  ASSERT_TRUE(ner.ok()) << ner.status().message();

  const std::vector<std::string_view> words = {"Yesterday", ",",       "Ilse",      "Lind",
                                               "joined",    "the",     "Greyfield", "Institute",
                                               "in",        "Kelmora", "."};
  RecognizedSentence out;
  ner->Recognize(words, {}, {}, nullptr, &out);
  const EntitySpan org{6, 8, kOrg};
  EXPECT_NE(std::find(out.entities.begin(), out.entities.end(), org), out.entities.end());

  Result<ModelFile> file = ModelFile::Parse(ner->Serialize({}), "cues.bin", "ner");
  ASSERT_TRUE(file.ok()) << file.status().message();
  Result<EntityRecognizer> loaded = EntityRecognizer::FromModelFile(*file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  RecognizedSentence again;
  loaded->Recognize(words, {}, {}, nullptr, &again);
  EXPECT_EQ(again.entities, out.entities);
}

}  // namespace
}  // namespace corroborate::nlp

// The trained models inside Analyze (analyze/syntax.h): UD words aligned with the tokens,
// tags, lemmas and dependency heads in AnnotatedDoc::words, and the entity recogniser's names
// merged into the mentions. Skipped when models/ has no trained models.
#include "analyze/syntax.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyze.h"
#include "nlp/linguistics.h"
#include "nlp/model_paths.h"

namespace corroborate {
namespace {

// Loaded once for the whole suite (about 0.1 s in Release, more under sanitizers).
const nlp::Linguistics* Models(std::string* why) {
  static std::string error;
  static const std::unique_ptr<nlp::Linguistics> models = [] {
    for (const char* file : {"tagger.bin", "parser.bin", "ner.bin"}) {
      Result<std::string> path = nlp::FindModelFile("", file);
      if (!path.ok()) {
        error = path.status().message();
        return std::unique_ptr<nlp::Linguistics>();
      }
    }
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

#define REQUIRE_MODELS()                                                      \
  std::string why;                                                            \
  const nlp::Linguistics* models = Models(&why);                              \
  if (models == nullptr) GTEST_SKIP() << "no trained models (" << why << ")"; \
  (void)models

Article MakeArticle(std::string text) {
  Article a;
  a.id = "test";
  a.text = std::move(text);
  return a;
}

// The word whose text is `form` (the first one), or -1.
int FindWord(const AnnotatedDoc& doc, std::string_view form, size_t from = 0) {
  for (size_t i = from; i < doc.words.size(); ++i) {
    if (doc.words[i].span.Of(doc.text()) == form) return static_cast<int>(i);
  }
  return -1;
}

// The text of the word attached to `head` with a relation starting with `deprel`.
std::string DependentOf(const AnnotatedDoc& doc, int head, std::string_view deprel) {
  for (const Word& w : doc.words) {
    if (w.head == head && w.deprel.substr(0, deprel.size()) == deprel) {
      return std::string(w.span.Of(doc.text()));
    }
  }
  return "";
}

const EntityMention* Mention(const AnnotatedDoc& doc, std::string_view name) {
  for (const EntityMention& m : doc.entities) {
    if (m.span.Of(doc.text()) == name) return &m;
  }
  return nullptr;
}

std::string Dump(const AnnotatedDoc& doc) {
  std::string out;
  for (const EntityMention& m : doc.entities) {
    out += std::string(m.span.Of(doc.text())) + " [" + EntityTypeName(m.type) + "] role '" +
           std::string(m.role.Of(doc.text())) + "'\n";
  }
  return out;
}

TEST(AnalyzeWithModelsTest, WordsAreAlignedWithTokensAndSentences) {
  REQUIRE_MODELS();
  const Article a = MakeArticle(
      "Harbour Talks Stall Over Fishing Quotas\n"
      "Negotiators from Norland and Vestmark don't expect a deal before March, officials said. "
      "We're still far apart, one delegate told reporters in Bergvik on Tuesday.\n");
  const AnnotatedDoc doc = Analyze(a, CivilDate::Day(2026, 2, 10), models);
  ASSERT_FALSE(doc.words.empty());
  ASSERT_GE(doc.sentences.size(), 3u);
  uint32_t expected_begin = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.word_begin, expected_begin) << "sentence word ranges are consecutive";
    EXPECT_GE(s.word_end - s.word_begin, s.token_end - s.token_begin) << "a word per token";
    int roots = 0;
    uint32_t token = s.token_begin;
    for (uint32_t w = s.word_begin; w < s.word_end; ++w) {
      const Word& word = doc.words[w];
      // Words walk the sentence's tokens in order, each inside its token.
      ASSERT_TRUE(word.token == token || word.token == token + 1) << w;
      token = word.token;
      EXPECT_TRUE(doc.tokens[word.token].span.Contains(word.span)) << w;
      EXPECT_FALSE(word.span.empty());
      EXPECT_FALSE(word.upos.empty());
      EXPECT_FALSE(word.xpos.empty());
      EXPECT_FALSE(word.deprel.empty());
      EXPECT_FALSE(word.lemma.empty());
      if (word.head < 0) {
        ++roots;
        EXPECT_EQ(word.deprel, "root");
      } else {
        EXPECT_GE(static_cast<uint32_t>(word.head), s.word_begin) << "head inside the sentence";
        EXPECT_LT(static_cast<uint32_t>(word.head), s.word_end);
        EXPECT_NE(static_cast<uint32_t>(word.head), w);
      }
    }
    EXPECT_EQ(token + 1, s.token_end) << "the last token has words";
    EXPECT_EQ(roots, 1) << "one root per sentence";
    expected_begin = s.word_end;
  }
  EXPECT_EQ(expected_begin, doc.words.size());

  // "don't" is one token and two words: "do" + "n't", with its lemma and negation.
  const int do_word = FindWord(doc, "do");
  ASSERT_GE(do_word, 0);
  const Word& nt = doc.words[do_word + 1];
  EXPECT_EQ(nt.span.Of(a.text), "n't");
  EXPECT_EQ(nt.token, doc.words[do_word].token);
  EXPECT_EQ(doc.tokens[nt.token].span.Of(a.text), "don't");
  EXPECT_EQ(nt.lemma, "not");
  EXPECT_EQ(nt.upos, "PART");
  // "We're" -> "We" + "'re" (lemma "be").
  const int re = FindWord(doc, "'re");
  ASSERT_GE(re, 0);
  EXPECT_EQ(doc.words[re].lemma, "be");
}

TEST(AnalyzeWithModelsTest, SubjectOfTheSpeechVerbIsTheSpeaker) {
  REQUIRE_MODELS();
  const Article a = MakeArticle(
      "Fisheries Minister Ingrid Solberg said on Monday that the quota talks had collapsed. "
      "The ministry later confirmed that two trawlers were seized near the coast.\n");
  const AnnotatedDoc doc = Analyze(a, CivilDate::Day(2026, 2, 10), models);
  const int said = FindWord(doc, "said");
  ASSERT_GE(said, 0);
  EXPECT_EQ(doc.words[said].lemma, "say");
  EXPECT_EQ(doc.words[said].upos, "VERB");
  // UD heads a name on its first word ("Ingrid" <-flat- "Solberg").
  const int ingrid = FindWord(doc, "Ingrid");
  ASSERT_GE(ingrid, 0);
  EXPECT_EQ(doc.words[ingrid].head, said);
  EXPECT_EQ(doc.words[ingrid].deprel, "nsubj");
  EXPECT_EQ(doc.words[ingrid + 1].head, ingrid);
  EXPECT_EQ(doc.words[ingrid + 1].deprel, "flat");
  // The reported clause hangs off "said" (ccomp), its verb "collapsed" with "talks" as subject.
  const int collapsed = FindWord(doc, "collapsed");
  ASSERT_GE(collapsed, 0);
  EXPECT_EQ(doc.words[collapsed].head, said);
  EXPECT_EQ(doc.words[collapsed].deprel, "ccomp");
  EXPECT_EQ(DependentOf(doc, collapsed, "nsubj"), "talks");
  EXPECT_EQ(doc.words[FindWord(doc, "talks")].lemma, "talk");
  // A passive subject: "trawlers were seized".
  const int seized = FindWord(doc, "seized");
  ASSERT_GE(seized, 0);
  EXPECT_EQ(DependentOf(doc, seized, "nsubj:pass"), "trawlers");
  EXPECT_EQ(doc.words[seized].lemma, "seize");

  // The speaker is a person with the title as role.
  const EntityMention* solberg = Mention(doc, "Ingrid Solberg");
  ASSERT_NE(solberg, nullptr) << Dump(doc);
  EXPECT_EQ(solberg->type, EntityType::kPerson);
  EXPECT_EQ(solberg->role.Of(a.text), "Fisheries Minister");
}

TEST(AnalyzeWithModelsTest, RecogniserNamesBecomeTypedMentions) {
  REQUIRE_MODELS();
  const Article a = MakeArticle(
      "Kenyan and Ugandan officials met in Nairobi on Friday to discuss the new rail line. "
      "Amina Wanjiru, a spokeswoman for the East African Community, said the two governments "
      "had agreed on a timetable. Wanjiru added that the African Development Bank would fund "
      "half of the cost.\n");
  const AnnotatedDoc doc = Analyze(a, CivilDate::Day(2026, 2, 10), models);
  const EntityMention* nairobi = Mention(doc, "Nairobi");
  ASSERT_NE(nairobi, nullptr);
  EXPECT_EQ(nairobi->type, EntityType::kPlace);
  const EntityMention* amina = Mention(doc, "Amina Wanjiru");
  ASSERT_NE(amina, nullptr);
  EXPECT_EQ(amina->type, EntityType::kPerson);
  EXPECT_NE(amina->role.Of(a.text).find("spokeswoman"), std::string_view::npos);
  // A surname alone at the start of a sentence is still the person.
  const EntityMention* wanjiru = Mention(doc, "Wanjiru");
  ASSERT_NE(wanjiru, nullptr);
  EXPECT_EQ(wanjiru->type, EntityType::kPerson);
  const EntityMention* bank = Mention(doc, "African Development Bank");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->type, EntityType::kOrganization);
  const EntityMention* kenyan = Mention(doc, "Kenyan");
  ASSERT_NE(kenyan, nullptr);
  EXPECT_EQ(kenyan->type, EntityType::kGroup);
  // Mentions stay in text order, each inside its sentence.
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const EntityMention& m = doc.entities[i];
    EXPECT_TRUE(doc.sentences[m.sentence].span.Contains(m.span)) << i;
    if (i > 0) {
      EXPECT_LE(doc.entities[i - 1].span.begin, m.span.begin);
    }
  }
}

TEST(AnalyzeWithModelsTest, RulesKeepTheirSayOnNamesTheModelDoesNotKnow) {
  REQUIRE_MODELS();
  const Article a = MakeArticle(
      "Delegations met in Velmora on Tuesday. Velmora, which has stayed neutral, hosted the "
      "talks at its foreign ministry. Kestrian state television said the minister had "
      "returned, and the Kestrian foreign ministry denied any walkout.\n");
  const AnnotatedDoc doc = Analyze(a, CivilDate::Day(2026, 3, 4), models);
  // A nationality adjective modifying a noun is a group, whatever type the model guesses.
  int kestrian = 0;
  for (const EntityMention& m : doc.entities) {
    if (m.span.Of(a.text) != "Kestrian") continue;
    ++kestrian;
    EXPECT_EQ(m.type, EntityType::kGroup) << Dump(doc);
  }
  EXPECT_EQ(kestrian, 1) << Dump(doc);
  // Before a lower-case institution it is part of the institution's name.
  bool ministry = false;
  for (const EntityMention& m : doc.entities) {
    if (m.span.Of(a.text) != "Kestrian foreign ministry") continue;
    ministry = true;
    EXPECT_EQ(m.type, EntityType::kOrganization) << Dump(doc);
  }
  EXPECT_TRUE(ministry) << Dump(doc);
  // An invented place is never a person: no full name ends in it and no title precedes it.
  for (const EntityMention& m : doc.entities) {
    if (m.span.Of(a.text) == "Velmora") {
      EXPECT_NE(m.type, EntityType::kPerson) << Dump(doc);
    }
  }
}

TEST(AnalyzeWithModelsTest, WithoutModelsThereAreNoWords) {
  const Article a = MakeArticle("Officials in Nairobi said they don't expect delays.\n");
  const AnnotatedDoc doc = Analyze(a, CivilDate::Day(2026, 2, 10));
  EXPECT_TRUE(doc.words.empty());
  ASSERT_FALSE(doc.sentences.empty());
  EXPECT_EQ(doc.sentences[0].word_begin, doc.sentences[0].word_end);
  EXPECT_NE(Mention(doc, "Nairobi"), nullptr);  // the rules still find names
}

TEST(AnalyzeWithModelsTest, EmptyOddAndLongInput) {
  REQUIRE_MODELS();
  for (std::string text : {std::string(), std::string("\n\n"), std::string("\xF0\x9F\x98\x80 ???"),
                           std::string("\xC3\x28 \xFF broken UTF-8 said Olsen.")}) {
    const Article a = MakeArticle(text);
    const AnnotatedDoc doc = Analyze(a, CivilDate(), models);
    for (const Word& w : doc.words) EXPECT_LT(w.token, doc.tokens.size());
  }
  // One 30,000-word "sentence" without punctuation: linear, every token gets its words.
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "Olsen said ok ";
  const Article a = MakeArticle(huge);
  const AnnotatedDoc doc = Analyze(a, CivilDate(), models);
  EXPECT_EQ(doc.words.size(), doc.tokens.size());
  EXPECT_FALSE(doc.entities.empty());
}

}  // namespace
}  // namespace corroborate

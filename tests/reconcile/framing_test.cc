// Framing on invented reports run through the real analyzer (rules only) and Reconcile: loaded
// terms charged to the outlet only in its own voice, scare quotes, technical uses left alone.
#include "reconcile/framing.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "core/strings.h"
#include "reconcile/reconcile.h"

namespace corroborate {
namespace {

StoryAccount RunOne(const std::string& outlet, const std::string& text, std::deque<Article>* keep) {
  Article a;
  a.id = "a1";
  a.outlet = outlet;
  a.text = text;
  keep->push_back(a);
  static std::deque<AnnotatedDoc> docs;
  docs.push_back(Analyze(keep->back(), CivilDate::Day(2026, 3, 4)));
  StoryInput in;
  in.docs.push_back(&docs.back());
  in.article_index.push_back(0);
  in.sourcing.push_back({0, 0, -1, 0, {}});
  return Reconcile(in, {keep->back()}, "s1");
}

const FramingTerm* Term(const StoryAccount& s, std::string_view term, std::string_view voice) {
  for (const FramingTerm& f : s.framing) {
    if (f.term == term && f.voice == voice) return &f;
  }
  return nullptr;
}

std::string Dump(const StoryAccount& s) {
  std::string out;
  for (const FramingTerm& f : s.framing) {
    out += f.term + " | " + f.category + " | " + f.voice + " | " + f.speaker + "\n";
  }
  return out;
}

TEST(FramingTest, LoadedTermInsideQuoteIsTheSpeakers) {
  std::deque<Article> keep;
  StoryAccount s = RunOne(
      "The Daily Courier",
      "Opposition attacks vote\n"
      "Opposition leader Marta Ilves spoke outside parliament in Orlen on Monday.\n"
      "\u201cThis so-called referendum was staged by a puppet government,\u201d Ilves said.\n"
      "The vote was held in September under heavy security.",
      &keep);
  const FramingTerm* q = Term(s, "so-called referendum", "quoted");
  ASSERT_NE(q, nullptr) << Dump(s);
  EXPECT_EQ(q->category, "delegitimising qualifier");
  EXPECT_EQ(q->speaker, "Marta Ilves");
  EXPECT_NE(Term(s, "puppet", "quoted"), nullptr) << Dump(s);
  for (const FramingTerm& f : s.framing) EXPECT_EQ(f.voice, "quoted") << Dump(s);
}

TEST(FramingTest, OwnVoiceLabelIsChargedToTheOutlet) {
  std::deque<Article> keep;
  StoryAccount s = RunOne("The Eastern Observer",
                          "Talks in Velgrad\n"
                          "Yuri Tchernetski, an envoy of the Kestrian dictator, arrived in "
                          "Velgrad on Monday for the so-called peace talks.",
                          &keep);
  const FramingTerm* d = Term(s, "kestrian dictator", "outlet");
  ASSERT_NE(d, nullptr) << Dump(s);
  EXPECT_EQ(d->category, "loaded label");
  EXPECT_EQ(d->evidence.span.Of(keep.back().text), "Kestrian dictator");
  EXPECT_NE(Term(s, "so-called peace talks", "outlet"), nullptr) << Dump(s);
}

TEST(FramingTest, ScareQuotesInOwnVoiceButNotWhenSomeoneIsQuoted) {
  std::deque<Article> keep;
  StoryAccount s = RunOne("The Eastern Observer",
                          "Village changes hands\n"
                          "Kestrian television celebrated the \u201cliberation\u201d of the "
                          "village on Sunday.\n"
                          "Sarkan called the broadcast \u201ctheatre\u201d and left the hall.",
                          &keep);
  const FramingTerm* f = Term(s, "liberation", "outlet");
  ASSERT_NE(f, nullptr) << Dump(s);
  EXPECT_EQ(f->category, "scare quotes");
  EXPECT_EQ(Term(s, "theatre", "outlet"), nullptr) << Dump(s);
}

TEST(FramingTest, TechnicalRegimeIsNotALabel) {
  std::deque<Article> keep;
  StoryAccount s = RunOne("Meridian Press Agency",
                          "Sanctions extended\n"
                          "The sanctions regime against Kestria was extended for six months, "
                          "while the visa regime stays unchanged.",
                          &keep);
  EXPECT_TRUE(s.framing.empty()) << Dump(s);
}

TEST(FramingTest, EvidenceIsTheTermItself) {
  std::deque<Article> keep;
  StoryAccount s = RunOne("The Daily Courier",
                          "Minister leaves\n"
                          "The combative minister stormed out of the brutal session.",
                          &keep);
  ASSERT_EQ(s.framing.size(), 3u) << Dump(s);
  for (const FramingTerm& f : s.framing) {
    EXPECT_EQ(AsciiLower(f.evidence.span.Of(keep.back().text)), f.term);
  }
}

}  // namespace
}  // namespace corroborate

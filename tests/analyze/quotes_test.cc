#include "analyze/quotes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyze.h"
#include "test_doc.h"

namespace corroborate {
namespace {

using testing::TestDoc;

std::string Dump(const TestDoc& t) {
  std::string out;
  for (const Quote& q : t.doc.quotes) {
    out += std::string(q.direct ? "D" : "I") + "{" + std::string(t.Of(q.speaker)) + "|" +
           std::string(t.Of(q.cue)) + "|" + std::string(t.Of(q.text)) + "}\n";
  }
  return out;
}

const Quote* WithText(const TestDoc& t, std::string_view text) {
  for (const Quote& q : t.doc.quotes) {
    if (t.Of(q.text) == text) return &q;
  }
  return nullptr;
}

#define EXPECT_QUOTE(t, text_, speaker_, cue_, direct_)                    \
  do {                                                                     \
    const Quote* q = WithText(t, text_);                                   \
    ASSERT_NE(q, nullptr) << "no quote '" << text_ << "' in\n" << Dump(t); \
    EXPECT_EQ(t.Of(q->speaker), speaker_) << text_;                        \
    EXPECT_EQ(t.Of(q->cue), cue_) << text_;                                \
    EXPECT_EQ(q->direct, direct_) << text_;                                \
  } while (0)

TEST(QuotesTest, SpeakerAfterQuote) {
  TestDoc t(
      "\u201CWe will not sign a deal that gives away our coast,\u201D Mayor Anna Kovacs said. "
      "\u201CNot now, not ever.\u201D\n"
      "\u201CThe reservoir is safe for now,\u201D said hydrologist Tomas Berg.\n"
      "\u201CIt\u2019s fragile. It\u2019s reversible,\u201D Kovacs told reporters in Lisbon.\n"
      "\u201CThe bridge will reopen in spring\u201D according to the regional transport office.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We will not sign a deal that gives away our coast", "Anna Kovacs", "said", true);
  EXPECT_QUOTE(t, "Not now, not ever.", "Anna Kovacs", "", true);
  EXPECT_QUOTE(t, "The reservoir is safe for now", "Tomas Berg", "said", true);
  EXPECT_QUOTE(t, "It\u2019s fragile. It\u2019s reversible", "Kovacs", "told", true);
  EXPECT_QUOTE(t, "The bridge will reopen in spring", "the regional transport office",
               "according to", true);
  EXPECT_EQ(WithText(t, "Not now, not ever.")->sentence, 1u);
}

TEST(QuotesTest, SpeakerBeforeQuoteAndPartialQuotes) {
  TestDoc t(
      "In a radio interview late Monday, Berg characterized the talks as making "
      "\u201Cslow progress,\u201D but cautioned, \u201CWe\u2019re far from done.\u201D\n"
      "Finance Minister Lena Ortiz called the proposal \u201Creckless.\u201D\n"
      "The port authority said: \u201CAll ferries are cancelled until further notice.\u201D\n"
      "The hearing, which began late Tuesday, was described by senior judge Paul Amari as "
      "\u201Cthorough\u201D and \u201Cfair.\u201D\n"
      "Dock workers accused managers of \u201Cstalling\u201D on the deal.\n"
      "He refused to give details, saying talks work best \u201Cwhen nobody is watching.\u201D");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "slow progress", "Berg", "characterized", true);
  EXPECT_QUOTE(t, "We\u2019re far from done.", "Berg", "cautioned", true);
  EXPECT_QUOTE(t, "reckless.", "Lena Ortiz", "called", true);
  EXPECT_QUOTE(t, "All ferries are cancelled until further notice.", "The port authority", "said",
               true);
  EXPECT_QUOTE(t, "thorough", "Paul Amari", "described", true);
  EXPECT_QUOTE(t, "fair.", "Paul Amari", "", true);
  // "accused X of “…”" quotes the accusers' own words.
  EXPECT_QUOTE(t, "stalling", "Dock workers", "accused", true);
  EXPECT_QUOTE(t, "when nobody is watching.", "He", "saying", true);
}

TEST(QuotesTest, DescriptionsAppositionsAndBareNames) {
  TestDoc t(
      "\u201CThe plan is dead on arrival,\u201D Maria Lind, a senior fellow at the Baltic "
      "Policy Institute, said in a note.\n"
      "A U.S. official said the shipment would leave \u201Cwithin days.\u201D\n"
      "Two EU diplomats warned that the summit could be \u201Ca fiasco for everyone "
      "involved.\u201D\n"
      "The shipyard will stay open \u201Cfor as long as it takes,\u201D Lind\n"
      "\u201CNobody wants this.\u201D Even worse, she added, is that costs keep rising.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "The plan is dead on arrival", "Maria Lind", "said", true);
  EXPECT_QUOTE(t, "within days.", "A U.S. official", "said", true);
  EXPECT_QUOTE(t, "a fiasco for everyone involved.", "Two EU diplomats", "warned", true);
  EXPECT_QUOTE(t, "for as long as it takes", "Lind", "", true);
  EXPECT_QUOTE(t, "Nobody wants this.", "she", "added", true);
}

TEST(QuotesTest, OtherQuoteMarks) {
  TestDoc t(
      "\"We are ready,\" the coach said. Ortiz called the ruling \u00ABa disgrace\u00BB on Friday. "
      "The judge said \u201EThis ends today\u201C before leaving. "
      "Lind\u2019s aide said \u2018Berg\u2019s team lost\u2019 and left.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We are ready", "the coach", "said", true);
  EXPECT_QUOTE(t, "a disgrace", "Ortiz", "called", true);
  EXPECT_QUOTE(t, "This ends today", "The judge", "said", true);
  EXPECT_QUOTE(t, "Berg\u2019s team lost", "Lind\u2019s aide", "said", true);
}

TEST(QuotesTest, IndirectSpeech) {
  TestDoc t(
      "The mayor said that the tunnel would open next year.\n"
      "Ortiz told reporters the budget had been balanced.\n"
      "According to the coast guard, three boats sank near the harbour.\n"
      "Rescue teams reached the village before dawn, officials said.\n"
      "Ukrainian officials confirmed that the grain corridor was open.\n"
      "The minister reiterated the government\u2019s support for farmers.\n"
      "His absence has added to the tension in the chamber.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "the tunnel would open next year", "The mayor", "said", false);
  EXPECT_QUOTE(t, "the budget had been balanced", "Ortiz", "told", false);
  EXPECT_QUOTE(t, "three boats sank near the harbour", "the coast guard", "According to", false);
  EXPECT_QUOTE(t, "Rescue teams reached the village before dawn", "officials", "said", false);
  EXPECT_QUOTE(t, "the grain corridor was open", "Ukrainian officials", "confirmed", false);
  EXPECT_EQ(t.doc.quotes.size(), 5u) << Dump(t);
}

TEST(QuotesTest, SnapsSpeakerToEntityMention) {
  TestDoc t("\u201CWe need more time,\u201D Foreign Minister Jan Novak said.");
  EntityMention m;
  m.span.begin = static_cast<uint32_t>(t.article.text.find("Jan Novak"));
  m.span.end = m.span.begin + 9;
  m.type = EntityType::kPerson;
  t.doc.entities.push_back(m);
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We need more time", "Jan Novak", "said", true);
}

TEST(QuotesTest, UnbalancedQuotesOnHugeParagraphAreLinear) {
  std::string text;
  while (text.size() < 200 * 1024) {
    text += "\u201CThe talks went on, the minister said and \u2018Russia\u2019s \" plans ";
  }
  TestDoc t(text);
  auto start = std::chrono::steady_clock::now();
  FindQuotes(&t.doc);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  EXPECT_LT(ms, 5000);
  for (const Quote& q : t.doc.quotes) EXPECT_LE(q.text.end, t.article.text.size());
  TestDoc u("\xE2\x80\x9C\xFF said \xE2\x80 \"");
  FindQuotes(&u.doc);
}

TEST(QuotesTest, FullAnalyzeOnInventedArticle) {
  Article a;
  a.text =
      "Harbour Talks End Without Deal\n"
      "Port officials met union leaders on Monday for a five-hour session in Gdansk.\n"
      "\u201CWe made real progress, but we are not there yet,\u201D union chief Marta Wolska "
      "said. \u201CThe strike stays on.\u201D\n"
      "According to the port authority, more than 40 ships are waiting offshore.";
  AnnotatedDoc d = Analyze(a, CivilDate::Day(2025, 12, 3));
  auto of = [&](TextSpan s) { return s.Of(a.text); };
  ASSERT_GE(d.quotes.size(), 3u);
  EXPECT_EQ(of(d.quotes[0].text), "We made real progress, but we are not there yet");
  EXPECT_EQ(of(d.quotes[0].speaker), "Marta Wolska");
  EXPECT_EQ(of(d.quotes[1].text), "The strike stays on.");
  EXPECT_EQ(of(d.quotes[1].speaker), "Marta Wolska");
  EXPECT_NE(d.quotes[0].sentence, d.quotes[1].sentence);
  EXPECT_FALSE(d.quotes[2].direct);
  EXPECT_EQ(of(d.quotes[2].speaker), "the port authority");
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].date.Iso(), "2025-12-01");
  bool hours = false, ships = false;
  for (const Quantity& q : d.quantities) {
    hours = hours || (q.value == 5 && q.unit == "hour");
    ships = ships || (q.value == 40 && q.unit == "ship" && q.modifier == "more than");
  }
  EXPECT_TRUE(hours);
  EXPECT_TRUE(ships);
}

// The seed articles (real scraped news) through the full Analyze().
std::string ReadSeed(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream f(e.path());
      std::stringstream ss;
      ss << f.rdbuf();
      return ss.str();
    }
  }
  return "";
}

struct Seed {
  Article article;
  AnnotatedDoc doc;
  Seed(const std::string& prefix, CivilDate ref) {
    article.text = ReadSeed(prefix);
    doc = Analyze(article, ref);
  }
  std::string_view Of(TextSpan s) const { return s.Of(article.text); }
  bool HasQuote(std::string_view contains, std::string_view speaker) const {
    for (const Quote& q : doc.quotes) {
      if (Of(q.text).find(contains) != std::string_view::npos && Of(q.speaker) == speaker) {
        return true;
      }
    }
    return false;
  }
  bool HasQuantity(double v, std::string_view unit) const {
    for (const Quantity& q : doc.quantities) {
      if (q.value == v && q.unit == unit) return true;
    }
    return false;
  }
  std::string TimeAt(std::string_view needle) const {
    size_t at = article.text.find(needle);
    for (const TimeMention& t : doc.times) {
      if (t.span.begin == at) return t.date.Iso();
    }
    return "(none)";
  }
};

TEST(QuotesSeedTest, SeedArticles) {
  if (!std::filesystem::exists(std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds")) {
    GTEST_SKIP() << "seed articles not found under " << CORROBORATE_SHARED_DIR << "/seeds";
  }
  const CivilDate dec3 = CivilDate::Day(2025, 12, 3), dec2 = CivilDate::Day(2025, 12, 2);
  Seed s0("000", dec3), s1("001", dec3), s2("002", dec2), s4("004", dec3);
  ASSERT_FALSE(s0.article.text.empty());
  EXPECT_TRUE(s1.HasQuote("ready right now", "Putin"));
  EXPECT_TRUE(s4.HasQuote("right now", "Putin"));
  EXPECT_TRUE(s0.HasQuote("first time a direct exchange", "Peskov"));
  EXPECT_EQ(s0.TimeAt("Tuesday\u2019s"), "2025-12-02");
  EXPECT_EQ(s2.TimeAt("December 2"), "2025-12-02");
  EXPECT_EQ(s2.TimeAt("December 1"), "2025-12-01");
  EXPECT_TRUE(s0.HasQuantity(5, "hour"));
  EXPECT_TRUE(s1.HasQuantity(5, "hour"));
  EXPECT_TRUE(s2.HasQuantity(5, "hour"));
  EXPECT_TRUE(s4.HasQuantity(5, "hour"));
  for (const Seed* s : {&s0, &s1, &s2, &s4}) {
    for (const Quote& q : s->doc.quotes) {
      EXPECT_LT(q.sentence, s->doc.sentences.size());
      EXPECT_FALSE(s->Of(q.text).empty());
    }
  }
}

}  // namespace
}  // namespace corroborate

// ---- Speakers across sentences, described sources, and the parser path ----------------------

namespace corroborate {
namespace {

TEST(QuoteSpeakersTest, PronounsAndDescribedSources) {
  TestDoc t(
      "Defence Minister Karl Ostrem met his Finnish counterpart in Oslo on Monday. He said the "
      "joint exercise would go ahead in March.\n"
      "Sources close to the negotiations said the draft ran to forty pages.\n"
      "A senior diplomat said the ceasefire line had not been agreed.\n"
      "\u201CNobody is leaving the table,\u201D a spokesman for the ministry said.\n"
      "Ostrem\u2019s spokeswoman said the minister would not attend the summit.\n"
      "Two people familiar with the matter said that the vote had been postponed.\n"
      "According to a senior official at the ministry, the talks will resume on Friday.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "the joint exercise would go ahead in March", "He", "said", false);
  EXPECT_QUOTE(t, "the draft ran to forty pages", "Sources close to the negotiations", "said",
               false);
  EXPECT_QUOTE(t, "the ceasefire line had not been agreed", "A senior diplomat", "said", false);
  EXPECT_QUOTE(t, "Nobody is leaving the table", "a spokesman for the ministry", "said", true);
  EXPECT_QUOTE(t, "the minister would not attend the summit", "Ostrem\u2019s spokeswoman", "said",
               false);
  EXPECT_QUOTE(t, "the vote had been postponed", "Two people familiar with the matter", "said",
               false);
  EXPECT_QUOTE(t, "the talks will resume on Friday", "a senior official at the ministry",
               "According to", false);
}

TEST(QuoteSpeakersTest, RelativeClauseAndParticipleInTheSource) {
  TestDoc t(
      "A union steward who was at the gate said the crowd was \u201Cangry, but calm\u201D.\n"
      "\u201CThe strike is the easy part,\u201D said one shipping analyst based in the capital, "
      "who "
      "asked not to be named.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "angry, but calm", "A union steward", "said", true);
  EXPECT_QUOTE(t, "The strike is the easy part", "one shipping analyst based in the capital",
               "said", true);
}

TEST(QuoteSpeakersTest, SpeakerCarriedAcrossSentencesAndParagraphs) {
  TestDoc t(
      "The harbour master, Ines Calder, told reporters on Tuesday:\n"
      "\u201CThe channel will stay closed until the wreck is lifted. We have no other "
      "choice.\u201D\n"
      "Mayor Lena Ortiz said the council remained \u201Cfar apart\u201D on the budget. The "
      "session was called \u201Ctense but honest,\u201D and no vote was taken.\n"
      "The old crossing, often dubbed \u201Cthe iron bridge\u201D by local residents, will "
      "close.\n"
      "A port official, speaking on condition of anonymity, expressed concern that the "
      "insurers would \u201Cwalk away from the whole thing.\u201D");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t,
               "The channel will stay closed until the wreck is lifted. We have no other "
               "choice.",
               "Ines Calder", "told", true);
  EXPECT_QUOTE(t, "far apart", "Lena Ortiz", "said", true);
  // A passive cue without an agent continues the source of the sentence before.
  EXPECT_QUOTE(t, "tense but honest", "Lena Ortiz", "called", true);
  EXPECT_QUOTE(t, "the iron bridge", "local residents", "dubbed", true);
  EXPECT_QUOTE(t, "walk away from the whole thing.", "A port official", "expressed", true);
}

TEST(QuoteSpeakersTest, PassiveQuoteWithoutEarlierSourceStaysUnattributed) {
  TestDoc t(
      "The bridge reopened on Sunday after repairs. The work was called \u201Cthe fastest in a "
      "decade\u201D in the local press.");
  FindQuotes(&t.doc);
  const Quote* q = WithText(t, "the fastest in a decade");
  ASSERT_NE(q, nullptr) << Dump(t);
  EXPECT_EQ(t.Of(q->speaker), "");
}

// Appends hand-made UD words for one sentence of t: (form, upos, lemma, head, deprel) with
// heads 1-based within the sentence (0 = root), as a CoNLL-U file writes them.
struct W {
  const char* form;
  const char* upos;
  const char* lemma;
  int head;
  const char* deprel;
};
void AddParsedSentence(TestDoc* t, size_t sentence, const std::vector<W>& words) {
  Sentence& s = t->doc.sentences[sentence];
  const uint32_t base = static_cast<uint32_t>(t->doc.words.size());
  s.word_begin = base;
  size_t pos = s.span.begin;
  for (const W& w : words) {
    size_t at = t->article.text.find(w.form, pos);
    ASSERT_NE(at, std::string::npos) << w.form;
    Word word;
    word.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + strlen(w.form))};
    word.head = w.head == 0 ? -1 : static_cast<int32_t>(base) + w.head - 1;
    word.upos = w.upos;
    word.deprel = w.deprel;
    word.lemma = w.lemma;
    t->doc.words.push_back(word);
    pos = at + strlen(w.form);
  }
  s.word_end = static_cast<uint32_t>(t->doc.words.size());
}

constexpr const char* kParsedText =
    "The mayor promised residents \u201Ca new pier by spring.\u201D\n"
    "Officials at the port conceded on Monday that the crane had failed twice.";

void AddParse(TestDoc* t) {
  AddParsedSentence(t, 0,
                    {{"The", "DET", "the", 2, "det"},
                     {"mayor", "NOUN", "mayor", 3, "nsubj"},
                     {"promised", "VERB", "promise", 0, "root"},
                     {"residents", "NOUN", "resident", 3, "iobj"},
                     {"\u201C", "PUNCT", "\"", 8, "punct"},
                     {"a", "DET", "a", 8, "det"},
                     {"new", "ADJ", "new", 8, "amod"},
                     {"pier", "NOUN", "pier", 3, "obj"},
                     {"by", "ADP", "by", 10, "case"},
                     {"spring", "NOUN", "spring", 8, "nmod"},
                     {".", "PUNCT", ".", 3, "punct"},
                     {"\u201D", "PUNCT", "\"", 8, "punct"}});
  AddParsedSentence(t, 1,
                    {{"Officials", "NOUN", "official", 5, "nsubj"},
                     {"at", "ADP", "at", 4, "case"},
                     {"the", "DET", "the", 4, "det"},
                     {"port", "NOUN", "port", 1, "nmod"},
                     {"conceded", "VERB", "concede", 0, "root"},
                     {"on", "ADP", "on", 7, "case"},
                     {"Monday", "PROPN", "Monday", 5, "obl"},
                     {"that", "SCONJ", "that", 12, "mark"},
                     {"the", "DET", "the", 10, "det"},
                     {"crane", "NOUN", "crane", 12, "nsubj"},
                     {"had", "AUX", "have", 12, "aux"},
                     {"failed", "VERB", "fail", 5, "ccomp"},
                     {"twice", "ADV", "twice", 12, "advmod"},
                     {".", "PUNCT", ".", 5, "punct"}});
}

TEST(QuoteSpeakersTest, ParserGivesSpeakersTheRulesMiss) {
  TestDoc t(kParsedText);
  ASSERT_EQ(t.doc.sentences.size(), 2u);
  AddParse(&t);
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "a new pier by spring.", "The mayor", "promised", true);
  EXPECT_QUOTE(t, "the crane had failed twice", "Officials at the port", "conceded", false);
}

TEST(QuoteSpeakersTest, WithoutAParseTheRulesStandAlone) {
  TestDoc t(kParsedText);
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "a new pier by spring.", "The mayor", "promised", true);
  EXPECT_EQ(WithText(t, "the crane had failed twice"), nullptr) << Dump(t);
}

TEST(QuoteSpeakersTest, ParserNeverTakesASpeakerInsideTheQuote) {
  // A misparse making a quoted noun the subject of the speech verb is ignored.
  TestDoc t("Crews were told \u201Cdockers first\u201D that morning.");
  AddParsedSentence(&t, 0,
                    {{"Crews", "NOUN", "crew", 3, "nsubj:pass"},
                     {"were", "AUX", "be", 3, "aux:pass"},
                     {"told", "VERB", "tell", 0, "root"},
                     {"\u201C", "PUNCT", "\"", 5, "punct"},
                     {"dockers", "NOUN", "docker", 3, "nsubj"},
                     {"first", "ADV", "first", 5, "advmod"},
                     {"\u201D", "PUNCT", "\"", 5, "punct"},
                     {"that", "DET", "that", 9, "det"},
                     {"morning", "NOUN", "morning", 3, "obl"},
                     {".", "PUNCT", ".", 3, "punct"}});
  FindQuotes(&t.doc);
  ASSERT_NE(WithText(t, "dockers first"), nullptr) << Dump(t);
  for (const Quote& q : t.doc.quotes) EXPECT_FALSE(q.text.Overlaps(q.speaker)) << Dump(t);
}

}  // namespace
}  // namespace corroborate

// ---- Reported speech the rules read without a parse ------------------------------------------

namespace corroborate {
namespace {

TEST(ReportedSpeechTest, SpeechVerbsBeyondSaid) {
  TestDoc t(
      "In the north, border guards reported intercepting over forty smuggling boats, while a "
      "warehouse in Narvik caught fire.\n"
      "The coast guard reported capturing two trawlers near the shoal.\n"
      "He highlighted that the most urgent repairs concern the dam and the ferry pier.\n"
      "The minister underscored that any deal depends on the unions.\n"
      "The harbour office reported two deaths overnight.\n"
      "Mayor Ortiz repeated the council\u2019s support for the fishermen.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t,
               "intercepting over forty smuggling boats, while a warehouse in Narvik caught fire",
               "border guards", "reported", false);
  EXPECT_QUOTE(t, "capturing two trawlers near the shoal", "The coast guard", "reported", false);
  EXPECT_QUOTE(t, "the most urgent repairs concern the dam and the ferry pier", "He", "highlighted",
               false);
  EXPECT_QUOTE(t, "any deal depends on the unions", "The minister", "underscored", false);
  // An object, not a report: no quote.
  for (const Quote& q : t.doc.quotes) {
    EXPECT_EQ(t.Of(q.text).find("two deaths"), std::string_view::npos) << Dump(t);
    EXPECT_EQ(t.Of(q.text).find("support for the fishermen"), std::string_view::npos) << Dump(t);
  }
  EXPECT_EQ(t.doc.quotes.size(), 4u) << Dump(t);
}

TEST(ReportedSpeechTest, ClausesAroundPartialQuotes) {
  TestDoc t(
      "After the session, Lind called the talks \u201Cfrank and useful\u201D and confirmed that "
      "fishing quotas were reviewed.\n"
      "The harbour chief, Jonas Berg, said crews blocked the channel and are clearing the "
      "wreck, calling the delay \u201Cregrettable.\u201D\n"
      "A port official who was at the gate said the strike had lasted about two hours and that "
      "the mood afterwards was \u201Ctense, but calm\u201D.\n"
      "Ortiz said both sides had accepted the timetable \u201Cas a starting point\u201D.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "fishing quotas were reviewed", "Lind", "confirmed", false);
  EXPECT_QUOTE(t, "frank and useful", "Lind", "called", true);
  EXPECT_QUOTE(t, "crews blocked the channel and are clearing the wreck", "Jonas Berg", "said",
               false);
  EXPECT_QUOTE(t, "the strike had lasted about two hours", "A port official", "said", false);
  // The clause runs straight into the quote, which carries the statement: no reported copy.
  EXPECT_EQ(WithText(t, "both sides had accepted the timetable"), nullptr) << Dump(t);
  EXPECT_QUOTE(t, "as a starting point", "Ortiz", "said", true);
}

TEST(ReportedSpeechTest, ListsParticiplesParentheticalsAndCoordinatedVerbs) {
  TestDoc t(
      "Talks stalled:\n"
      "Lisbon insisted that the draft had serious gaps;\n"
      "Madrid said that only the first version was acceptable to it.\n"
      "Madrid claimed it took the island; Lisbon denied this, saying its marines briefly landed "
      "in the fog before withdrawing.\n"
      "The admiral watched reports from port captains claiming their crews had taken the "
      "lighthouse.\n"
      "Even worse, she added, is that the insurers may leave the market altogether.\n"
      "Standing beside him, Ortiz said there was \u201Cno plan on the table\u201D and repeated "
      "that any decision on the quays is for the city to make.\n"
      "Valmora accuses Ostria of shelling its villages and says it has only returned fire.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "the draft had serious gaps", "Lisbon", "insisted", false);
  EXPECT_QUOTE(t, "only the first version was acceptable to it", "Madrid", "said", false);
  EXPECT_QUOTE(t, "its marines briefly landed in the fog before withdrawing", "Lisbon", "saying",
               false);
  EXPECT_QUOTE(t, "their crews had taken the lighthouse", "port captains", "claiming", false);
  EXPECT_QUOTE(t, "Even worse, she added, is that the insurers may leave the market altogether",
               "she", "added", false);
  EXPECT_QUOTE(t, "any decision on the quays is for the city to make", "Ortiz", "repeated", false);
  EXPECT_QUOTE(t, "it has only returned fire", "Valmora", "says", false);
  // "Talks stalled:" is a heading, and "accuses X of" is a charge, not a statement.
  for (const Quote& q : t.doc.quotes) {
    EXPECT_EQ(t.Of(q.text).find("shelling its villages"), std::string_view::npos) << Dump(t);
  }
}

TEST(ReportedSpeechTest, SpeechActsRelativesAndMidSentenceSources) {
  TestDoc t(
      "Berg described the meeting as difficult.\n"
      "Union leaders dismissed the offer as a stunt rather than a plan.\n"
      "The transport ministry denied a newspaper report that the bridge had been closed.\n"
      "The mayor rejected the budget on Monday.\n"
      "The second round, which Lind said would deal with the quotas and the inspections, starts "
      "in May.\n"
      "Ostria wants a vote in which, according to local officials, residents chose to join the "
      "union.\n"
      "Neither company has publicly confirmed that such an offer was made.\n"
      "Trump in recent weeks has repeated that familiar line about the tariffs.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "described the meeting as difficult", "Berg", "described", false);
  EXPECT_QUOTE(t, "dismissed the offer as a stunt rather than a plan", "Union leaders", "dismissed",
               false);
  EXPECT_QUOTE(t, "denied a newspaper report that the bridge had been closed",
               "The transport ministry", "denied", false);
  EXPECT_QUOTE(t, "would deal with the quotas and the inspections, starts in May", "Lind", "said",
               false);
  EXPECT_QUOTE(t, "residents chose to join the union", "local officials", "according to", false);
  // Rejecting a budget is not a statement; a negated source says nothing; "in recent weeks"
  // is no speaker.
  EXPECT_EQ(t.doc.quotes.size(), 5u) << Dump(t);
}

TEST(ReportedSpeechTest, NextSentenceCueIsNotTheQuotesOwn) {
  TestDoc t(
      "In Oslo, Berg said the plan \u201Clooks better\u201D but that it was \u201Cnot finished "
      "yet.\u201D Standing beside him, Lind said the vote would wait.\n"
      "\u201CWhy now?\u201D Lind asked.");
  // A real splitter ends sentences after ".”" and "?”"; TestDoc splits on ". " only.
  auto split_at = [&](std::string_view next) {
    const uint32_t at = static_cast<uint32_t>(t.article.text.find(next));
    for (size_t i = 0; i < t.doc.sentences.size(); ++i) {
      Sentence& s = t.doc.sentences[i];
      if (s.span.begin < at && at < s.span.end) {
        Sentence tail = s;
        tail.span.begin = at;
        s.span.end = at - 1;
        t.doc.sentences.insert(t.doc.sentences.begin() + static_cast<ptrdiff_t>(i) + 1, tail);
        return;
      }
    }
  };
  split_at("Standing");
  split_at("Lind asked");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "not finished yet.", "Berg", "", true);
  EXPECT_QUOTE(t, "Why now?", "Lind", "asked", true);
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(ReportedSpeechTest, QuotedAsSayingAndSpokesmen) {
  TestDoc t(
      "Berg was quoted as saying that the port would reopen in May.\n"
      "Mayor Lind was quoted as saying \u201Cnobody will lose a job\u201D at the meeting.\n"
      "Ortiz\u2019s spokesman said the mayor would not attend the summit.\n"
      "The bridge was quoted as a model of safety in the report.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "the port would reopen in May", "Berg", "saying", false);
  EXPECT_QUOTE(t, "nobody will lose a job", "Lind", "saying", true);
  EXPECT_QUOTE(t, "the mayor would not attend the summit", "Ortiz\u2019s spokesman", "said", false);
  EXPECT_EQ(t.doc.quotes.size(), 3u) << Dump(t);  // "quoted as a model" reports nothing
}

}  // namespace
}  // namespace corroborate

#include "analyze/quotes.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "analyze/number_words.h"
#include "analyze/quotes_syntax.h"

namespace corroborate {
namespace {

using scan::Lex;
using scan::LexKind;

using WordSet = std::unordered_set<std::string_view>;

const WordSet& FiniteCues() {
  static const WordSet k = {
      "said",       "says",          "say",           "told",          "tells",      "added",
      "adds",       "warned",        "warns",         "stressed",      "stresses",   "insisted",
      "insists",    "noted",         "argued",        "argues",        "called",     "described",
      "describes",  "characterized", "characterised", "characterizes", "wrote",      "writes",
      "urged",      "urges",         "cautioned",     "cautions",      "emphasized", "emphasised",
      "emphasizes", "acknowledged",  "acknowledges",  "confirmed",     "confirms",   "reiterated",
      "reiterates", "claimed",       "denied",        "denies",        "asked",      "asks",
      "replied",    "declared",      "announced",     "explained",     "explains",   "stated",
      "admitted",   "recalled",      "tweeted",       "remarked",      "responded",  "continued",
      "vowed",      "predicted",     "conceded",      "insisting",     "quipped",    "complained",
      "stressing",  "dubbed",        "labelled",      "labeled",       "termed",     "branded",
      "accused",    "accuses",       "highlighted",   "underscored",   "underlined", "repeated",
      "pledged",    "promised",      "maintained",    "asserted",      "contended",  "dismissed"};
  return k;
}
const WordSet& ParticipleCues() {
  static const WordSet k = {
      "saying",        "adding",      "noting",     "warning",   "cautioning",     "calling",
      "describing",    "stressing",   "insisting",  "arguing",   "urging",         "claiming",
      "acknowledging", "reiterating", "explaining", "declaring", "characterizing", "characterising",
      "emphasizing",   "emphasising", "writing",    "asking",    "denying",        "confirming",
      "announcing",    "telling",     "accusing",   "repeating", "underscoring",   "highlighting",
      "dismissing",    "maintaining"};
  return k;
}
// Verbs that introduce reported speech without quote marks.
const WordSet& IndirectCues() {
  static const WordSet k = {
      "said",         "says",       "say",       "told",       "tells",     "confirmed",
      "confirms",     "warned",     "warns",     "added",      "adds",      "stressed",
      "insisted",     "insists",    "noted",     "argued",     "argues",    "claimed",
      "acknowledged", "explained",  "announced", "reiterated", "cautioned", "emphasized",
      "emphasised",   "declared",   "replied",   "stated",     "admitted",  "highlighted",
      "underscored",  "underlined", "repeated",  "reported",   "reports",   "pledged",
      "promised",     "maintained", "asserted",  "contended",  "denied",    "denies",
      "indicated",    "signalled",  "signaled"};
  return k;
}
// Words that end a noun phrase when collecting a speaker.
const WordSet& PhraseStops() {
  static const WordSet k = {
      "that",      "which",   "who",        "whom",    "whose", "and",     "but",       "or",
      "nor",       "while",   "as",         "because", "when",  "if",      "although",  "though",
      "after",     "before",  "since",      "until",   "so",    "where",   "what",      "how",
      "why",       "also",    "has",        "have",    "had",   "was",     "were",      "is",
      "are",       "be",      "been",       "being",   "will",  "would",   "could",     "should",
      "may",       "might",   "must",       "can",     "did",   "does",    "do",        "not",
      "in",        "on",      "at",         "of",      "for",   "with",    "from",      "to",
      "by",        "into",    "about",      "through", "over",  "under",   "during",    "against",
      "than",      "then",    "it",         "this",    "these", "those",   "there",     "here",
      "meanwhile", "however", "yet",        "even",    "said",  "told",    "according", "later",
      "again",     "once",    "reportedly", "earlier", "now",   "already", "still",     "just",
      "only",      "without", "within",     "between", "among", "amid",    "despite",   "like",
      "unlike",    "toward",  "towards",    "upon",    "via",   "per"};
  return k;
}
const WordSet& AdverbsBeforeVerb() {
  static const WordSet k = {"also",       "has",        "have",         "had",         "later",
                            "again",      "then",       "previously",   "repeatedly",  "publicly",
                            "earlier",    "reportedly", "once",         "recently",    "further",
                            "separately", "ultimately", "openly",       "immediately", "simply",
                            "once",       "privately",  "bluntly",      "flatly",      "firmly",
                            "angrily",    "quickly",    "subsequently", "himself",     "herself",
                            "themselves", "personally", "told"};
  return k;
}
const WordSet& PassiveAux() {
  static const WordSet k = {"was", "were", "been", "being", "be", "is", "are"};
  return k;
}
const WordSet& Pronouns() {
  static const WordSet k = {"he", "she", "they", "we", "i", "it"};
  return k;
}
const WordSet& Titles() {
  static const WordSet k = {"president",
                            "minister",
                            "secretary",
                            "chancellor",
                            "prime",
                            "foreign",
                            "defense",
                            "defence",
                            "spokesperson",
                            "spokesman",
                            "spokeswoman",
                            "general",
                            "envoy",
                            "ambassador",
                            "senator",
                            "governor",
                            "mayor",
                            "chief",
                            "director",
                            "adviser",
                            "advisor",
                            "aide",
                            "commander",
                            "mp",
                            "mr",
                            "mr.",
                            "mrs",
                            "mrs.",
                            "ms",
                            "ms.",
                            "dr",
                            "dr.",
                            "sir",
                            "king",
                            "queen",
                            "prince",
                            "pope",
                            "state",
                            "deputy",
                            "vice",
                            "representative",
                            "rep",
                            "sen",
                            "gov",
                            "judge",
                            "justice",
                            "chairman",
                            "chairwoman",
                            "chair",
                            "ceo",
                            "head",
                            "leader",
                            "premier",
                            "colonel",
                            "captain",
                            "commissioner",
                            "special",
                            "senior",
                            "former",
                            "acting"};
  return k;
}
const WordSet& NameParticles() {
  static const WordSet k = {"von", "van", "der", "de", "da",  "al",  "bin",
                            "la",  "le",  "di",  "du", "del", "den", "ter"};
  return k;
}

// A source described rather than named keeps its prepositional phrase: "sources close to the
// talks", "people familiar with the matter", "a spokesman for the ministry".
const WordSet& BridgeWords() {
  static const WordSet k = {
      "close",          "familiar",        "briefed",   "spokesman", "spokeswoman",
      "spokesperson",   "official",        "officials", "source",    "sources",
      "member",         "members",         "diplomat",  "diplomats", "aide",
      "aides",          "adviser",         "advisers",  "advisor",   "advisors",
      "representative", "representatives", "officer",   "officers",  "people",
      "person",         "someone",         "analyst",   "analysts",  "expert",
      "experts",        "insider",         "insiders",  "lawmaker",  "lawmakers",
      "negotiator",     "negotiators",     "employee",  "employees", "staffer",
      "staffers",       "director",        "head",      "chief",     "based",
      "involved"};
  return k;
}
const WordSet& BridgePrepositions() {
  static const WordSet k = {"to", "with", "for", "at", "of", "from", "in", "on"};
  return k;
}
// "expressed concern that …", "voiced hope that …": a verb and a noun that report speech.
const WordSet& StanceVerbs() {
  static const WordSet k = {"expressed", "voiced", "shared", "raised", "expressing", "voicing"};
  return k;
}
const WordSet& StanceNouns() {
  static const WordSet k = {"concern",    "concerns",   "hope",        "hopes",      "fear",
                            "fears",      "doubt",      "doubts",      "confidence", "optimism",
                            "skepticism", "scepticism", "frustration", "regret",     "alarm"};
  return k;
}

// "Neither government confirmed …", "No official said …": a negated source reports nothing.
bool IsNegatedSource(std::string_view speaker) {
  std::string lw = scan::LowerAscii(speaker.substr(0, speaker.find(' ')));
  return lw == "neither" || lw == "no" || lw == "none" || lw == "nobody" || lw == "nor";
}

enum class Mark : uint8_t { kNone, kCurly, kLow, kAscii, kGuillemet, kSingle };

// Finds the speaker and cue of quotes in one paragraph.
class QuoteScanner {
 public:
  QuoteScanner(const AnnotatedDoc& doc, std::string_view text, const std::vector<Lex>& lexes,
               const std::vector<Sentence>& sentences, const std::vector<size_t>& entity_order,
               std::vector<Quote>* out)
      : doc_(doc),
        text_(text),
        lx_(lexes),
        sentences_(sentences),
        entity_order_(entity_order),
        out_(out) {}

  // last_speaker: the speaker of the previous paragraph's last quote, or of a paragraph that
  // introduces a quote ("Varga told reporters:"), with intro_cue its cue; may be empty; updated.
  void Run(TextSpan* last_speaker, TextSpan* intro_cue) {
    // Reported speech first: its speaker may carry over to a passive quote in the next sentence.
    const size_t indirect_begin = out_->size();
    FindIndirect();
    std::vector<std::pair<size_t, size_t>> pairs = PairMarks();
    TextSpan prev_speaker;  // previous quote in this paragraph
    uint32_t prev_sentence = ~0u;
    size_t prev_close = 0;
    bool have_prev = false;
    for (const auto& [open, close] : pairs) {
      Quote q;
      q.direct = true;
      q.sentence = lx_[open].sentence;
      size_t inner_last = close - 1;
      bool inner_comma = false;
      while (inner_last > open && Punct(inner_last, ",")) inner_last--, inner_comma = true;
      if (inner_last <= open) continue;
      q.text = {lx_[open + 1].begin, lx_[inner_last].end};
      size_t words = 0;
      for (size_t k = open + 1; k <= inner_last; ++k) words += lx_[k].kind != LexKind::kPunct;
      if (words == 0) continue;
      if (LooksLikeTitle(open + 1, inner_last, words)) continue;  // “Komersant Daily”, a name
      bool ends_clause = inner_comma || Punct(close + 1, ",") || EndsSentence(inner_last) ||
                         Punct(inner_last, "\xE2\x80\xA6");
      size_t lo = have_prev && prev_sentence == q.sentence ? prev_close + 1 : SentenceStart(open);
      bool needs_subject = Attribute(open, close, lo, ends_clause, &q);
      if (needs_subject && q.speaker.empty()) {
        q.speaker =
            have_prev && prev_sentence == q.sentence ? prev_speaker : SentenceSubject(open, open);
      }
      if (q.speaker.empty() && q.cue.empty() && have_prev && prev_sentence == q.sentence &&
          JoinedByConjunction(prev_close, open)) {
        q.speaker = prev_speaker;  // described as “constructive” and “substantive”
      }
      if (q.speaker.empty() && !q.cue.empty() && !needs_subject) {
        // A passive cue without an agent ("the meeting was called “useful”") continues the
        // source quoted just before, in this sentence or the one before.
        q.speaker = PriorSpeaker(indirect_begin, q.text.begin, q.sentence);
      }
      if (q.speaker.empty() && q.cue.empty()) {
        if (words <= 2) continue;  // a scare quote: the “capture” of a town
        if (have_prev && !prev_speaker.empty()) {
          q.speaker = prev_speaker;
        } else if (open == 0 && !last_speaker->empty()) {
          q.speaker = *last_speaker;  // a paragraph that continues the previous speaker
          q.cue = *intro_cue;         // or that an "X said:" paragraph introduced
        }
      }
      prev_speaker = q.speaker;
      prev_sentence = q.sentence;
      prev_close = close;
      have_prev = true;
      out_->push_back(q);
    }
    // Only the next paragraph may continue this speaker.
    *last_speaker = have_prev ? prev_speaker : TextSpan{};
    *intro_cue = {};
    if (!have_prev) IntroducedSpeaker(last_speaker, intro_cue);
  }

 private:
  std::string_view S(size_t i) const { return scan::Str(text_, lx_[i]); }
  std::string L(size_t i) const { return i < lx_.size() ? scan::LowerAscii(S(i)) : std::string(); }
  bool IsWord(size_t i) const { return i < lx_.size() && lx_[i].kind != LexKind::kPunct; }
  bool Punct(size_t i, std::string_view p) const {
    return i < lx_.size() && scan::IsPunct(text_, lx_[i], p);
  }
  bool EndsSentence(size_t i) const { return Punct(i, ".") || Punct(i, "?") || Punct(i, "!"); }
  bool IsQuoteMark(size_t i) const { return MarkOf(i, nullptr) != Mark::kNone; }

  // The kind of quote mark at lex i; *closing tells whether it can close a quote.
  Mark MarkOf(size_t i, bool* closing) const {
    if (i >= lx_.size() || lx_[i].kind != LexKind::kPunct) return Mark::kNone;
    std::string_view p = S(i);
    bool c = false;
    Mark m = Mark::kNone;
    if (p == "\xE2\x80\x9C")
      m = Mark::kCurly;  // “
    else if (p == "\xE2\x80\x9D")
      m = Mark::kCurly, c = true;  // ”
    else if (p == "\xE2\x80\x9E")
      m = Mark::kLow;  // „
    else if (p == "\"")
      m = Mark::kAscii;
    else if (p == "\xC2\xAB")
      m = Mark::kGuillemet;  // «
    else if (p == "\xC2\xBB")
      m = Mark::kGuillemet, c = true;  // »
    else if (p == "\xE2\x80\x98")
      m = Mark::kSingle;  // ‘
    else if (p == "\xE2\x80\x99")
      m = Mark::kSingle, c = true;  // ’
    if (closing != nullptr) *closing = c;
    return m;
  }

  // Pairs opening and closing marks in one pass. An opener seen while a quote of the same kind
  // is open restarts it (the earlier mark was unbalanced); an unclosed quote is dropped.
  std::vector<std::pair<size_t, size_t>> PairMarks() const {
    std::vector<std::pair<size_t, size_t>> out;
    Mark open_kind = Mark::kNone;
    size_t open = 0;
    for (size_t i = 0; i < lx_.size(); ++i) {
      bool closing = false;
      Mark m = MarkOf(i, &closing);
      if (m == Mark::kNone) continue;
      const bool word_before = i > 0 && lx_[i - 1].end == lx_[i].begin && IsWord(i - 1);
      const bool word_after = i + 1 < lx_.size() && lx_[i + 1].begin == lx_[i].end;
      if (m == Mark::kSingle) {
        if (open_kind != Mark::kNone && open_kind != Mark::kSingle) continue;  // nested
        if (!closing && !word_before && word_after) {
          open_kind = Mark::kSingle, open = i;
        } else if (closing && open_kind == Mark::kSingle && word_before) {
          out.emplace_back(open, i);
          open_kind = Mark::kNone;
        }
        continue;
      }
      if (m == Mark::kAscii) {
        if (open_kind == Mark::kAscii) {
          out.emplace_back(open, i);
          open_kind = Mark::kNone;
        } else if (open_kind == Mark::kNone || open_kind == Mark::kSingle) {
          open_kind = Mark::kAscii, open = i;
        }
        continue;
      }
      if (m == Mark::kCurly && !closing && open_kind == Mark::kLow) {  // „…“
        out.emplace_back(open, i);
        open_kind = Mark::kNone;
        continue;
      }
      if (closing) {
        bool match =
            (m == Mark::kCurly && (open_kind == Mark::kCurly || open_kind == Mark::kLow)) ||
            (m == Mark::kGuillemet && open_kind == Mark::kGuillemet);
        if (match) {
          out.emplace_back(open, i);
          open_kind = Mark::kNone;
        }
        continue;
      }
      if (open_kind == Mark::kAscii) continue;
      open_kind = m, open = i;
    }
    return out;
  }

  // Two to six title-cased words without final punctuation: a quoted name or headline.
  bool LooksLikeTitle(size_t first, size_t last, size_t words) const {
    if (words < 2 || words > 6 || EndsSentence(last)) return false;
    for (size_t k = first; k <= last; ++k) {
      if (!IsWord(k)) continue;
      std::string w = L(k);
      bool small = w == "the" || w == "of" || w == "and" || w == "a" || w == "in" || w == "on" ||
                   w == "for" || w == "to";
      if (!small && !scan::IsCapitalized(S(k))) return false;
    }
    return true;
  }

  // Only "and", "or" or commas between two quotes.
  bool JoinedByConjunction(size_t prev_close, size_t open) const {
    if (open <= prev_close + 1 || open - prev_close > 4) return false;
    for (size_t k = prev_close + 1; k < open; ++k) {
      std::string w = L(k);
      if (w != "and" && w != "or" && w != ",") return false;
    }
    return true;
  }

  size_t SentenceStart(size_t i) const {
    size_t steps = 0;
    while (i > 0 && lx_[i - 1].sentence == lx_[i].sentence && steps++ < 80) --i;
    return i;
  }
  size_t SentenceEnd(size_t i) const {  // one past the last lex of i's sentence
    size_t steps = 0;
    while (i + 1 < lx_.size() && lx_[i + 1].sentence == lx_[i].sentence && steps++ < 400) ++i;
    return i + 1;
  }

  bool IsCueAt(size_t i) const {
    if (!IsWord(i)) return false;
    std::string w = L(i);
    return FiniteCues().contains(w) || ParticipleCues().contains(w) ||
           (w == "according" && L(i + 1) == "to") ||
           (StanceVerbs().contains(w) && StanceNouns().contains(L(i + 1)));
  }

  // Collects a noun phrase backwards ending at lex last (inclusive), not before lo.
  std::optional<std::pair<size_t, size_t>> PhraseEndingAt(size_t last, size_t lo) const {
    if (last >= lx_.size() || !IsWord(last) || last < lo) return std::nullopt;
    size_t first = last;
    size_t count = 0;
    for (size_t k = last + 1; k > lo && count < 7;) {
      --k;
      if (!IsWord(k)) break;
      std::string w = L(k);
      if (Bridges(k) && k != last) {
        first = k, ++count;
        continue;
      }
      if (PhraseStops().contains(w) && !(k == last && Pronouns().contains(w))) break;
      if (Pronouns().contains(w) && k != last) break;
      first = k;
      ++count;
      if (Pronouns().contains(w)) break;
    }
    if (count == 0) return std::nullopt;
    return std::make_pair(first, last);
  }

  // A noun phrase forwards from first: "political analyst Jane Roe", "two NATO diplomats".
  std::optional<std::pair<size_t, size_t>> PhraseStartingAt(size_t first, size_t hi) const {
    size_t last = first;
    size_t count = 0;
    for (size_t k = first; k < hi && k < lx_.size() && count < 8; ++k) {
      if (!IsWord(k)) break;
      std::string w = L(k);
      if (Bridges(k) && k != first && k + 1 < hi) {
        last = k, ++count;
        continue;
      }
      if (PhraseStops().contains(w) && !(k == first && Pronouns().contains(w))) break;
      last = k;
      ++count;
      if (Pronouns().contains(w)) break;
    }
    if (count == 0) return std::nullopt;
    return std::make_pair(first, last);
  }

  // A preposition inside a described source: "close [to] the talks", "spokesman [for] …".
  bool Bridges(size_t k) const {
    return k > 0 && IsWord(k) && IsWord(k - 1) && BridgePrepositions().contains(L(k)) &&
           BridgeWords().contains(L(k - 1)) && IsWord(k + 1);
  }
  bool HasBridge(size_t first, size_t last) const {
    for (size_t k = first + 1; k < last; ++k) {
      if (Bridges(k)) return true;
    }
    return false;
  }

  bool AllCapitalized(size_t first, size_t last) const {
    for (size_t k = first; k <= last; ++k) {
      if (!scan::IsCapitalized(S(k)) && !NameParticles().contains(L(k))) return false;
    }
    return true;
  }

  // Narrows a phrase to the speaker: a pronoun, the trailing name without titles
  // ("Kremlin spokesperson Dmitry Peskov" -> "Dmitry Peskov"), or the whole description.
  TextSpan Refine(size_t first, size_t last) const {
    if (first == last && Pronouns().contains(L(first))) return Span(first, last);
    if (HasBridge(first, last)) return Span(first, last);  // "a spokesman for the Kremlin"
    if (scan::IsCapitalized(S(last)) && scan::MonthWord(S(last)) == 0 &&
        scan::WeekdayWord(S(last)) < 0) {
      size_t r = last;
      while (r > first) {
        if (scan::IsCapitalized(S(r - 1))) {
          --r;
          continue;
        }
        // "Ursula von der Leyen": particles inside a name, with a capitalized word before them
        size_t j = r - 1;
        while (j > first && NameParticles().contains(L(j))) --j;
        if (j < r - 1 && NameParticles().contains(L(r - 1)) && scan::IsCapitalized(S(j)) &&
            !NameParticles().contains(L(j))) {
          r = j;
          continue;
        }
        break;
      }
      size_t start = r;
      for (size_t k = r; k < last; ++k) {
        std::string_view w = S(k);
        if (Titles().contains(scan::LowerAscii(w)) || scan::StripPossessive(w).size() != w.size()) {
          start = k + 1;
        }
      }
      TextSpan name = Span(start, last);
      bool particle = false;
      for (size_t k = start; k < last; ++k) particle = particle || NameParticles().contains(L(k));
      return particle ? name : SnapToEntity(name);  // mentions often drop "von der"
    }
    // Leading articles of a description stay ("a U.S. official"); a lone determiner does not.
    return Span(first, last);
  }

  TextSpan SnapToEntity(TextSpan name) const {
    if (entity_order_.empty()) return name;
    const auto& ents = doc_.entities;
    auto it = std::lower_bound(entity_order_.begin(), entity_order_.end(), name.end,
                               [&](size_t idx, uint32_t v) { return ents[idx].span.begin < v; });
    const EntityMention* best = nullptr;
    int steps = 0;
    while (it != entity_order_.begin() && steps++ < 8) {
      --it;
      const EntityMention& m = ents[*it];
      if (!m.span.Overlaps(name)) continue;
      if (best == nullptr || (m.type == EntityType::kPerson && best->type != EntityType::kPerson)) {
        best = &m;
      }
    }
    return best != nullptr ? best->span : name;
  }

  TextSpan Span(size_t first, size_t last) const { return {lx_[first].begin, lx_[last].end}; }

  // The speaker written before the verb at v: "Rubio said", "A U.S. official, speaking …, said",
  // "Jane Roe, director of X, said". nullopt when none; an empty span for a passive verb.
  std::optional<TextSpan> SubjectBefore(size_t v, size_t lo) const {
    size_t k = v;
    while (k > lo && IsWord(k - 1) && AdverbsBeforeVerb().contains(L(k - 1))) --k;
    if (k > lo && IsWord(k - 1) && PassiveAux().contains(L(k - 1))) return TextSpan{};
    if (k == lo) return std::nullopt;
    if (Punct(k - 1, ",")) {
      // Apposition: "NAME, ROLE," or "ROLE, NAME," before the verb.
      size_t comma = k - 1;
      size_t prev_comma = comma;
      for (size_t j = comma; j > lo && comma - j < 20;) {
        --j;
        if (Punct(j, ",")) {
          prev_comma = j;
          break;
        }
        if (!IsWord(j)) break;
      }
      if (prev_comma == comma || prev_comma + 1 >= comma) return std::nullopt;
      auto before = PhraseEndingAt(prev_comma - 1, lo);
      size_t mid_first = prev_comma + 1, mid_last = comma - 1;
      bool mid_name = mid_last - mid_first < 6 && AllCapitalized(mid_first, mid_last);
      bool before_name = before && scan::IsCapitalized(S(before->second));
      if (before_name) return Refine(before->first, before->second);
      if (mid_name) return Refine(mid_first, mid_last);
      // "Yuri Roe, a veteran of the service, rose …, told his hosts": neither piece is a name,
      // so the name opening the clause ("NAME, …") is the subject of the verbs that follow.
      size_t e = lo;
      while (e < prev_comma && IsWord(e) && scan::IsCapitalized(S(e)) && e - lo < 4) ++e;
      if (e > lo && Punct(e, ",") && e < prev_comma && !PhraseStops().contains(L(lo))) {
        return Refine(lo, e - 1);
      }
      if (before) return Refine(before->first, before->second);
      return std::nullopt;
    }
    auto np = PhraseEndingAt(k - 1, lo);
    if (!np) return std::nullopt;
    // "Trump in recent weeks has repeated": a span of time after a preposition is an
    // adverbial, not the subject.
    static const WordSet kPrepositions = {"in",     "on",    "at",     "during", "for", "over",
                                          "within", "after", "before", "since",  "by"};
    static const WordSet kTimeNouns = {
        "weeks",   "days",      "months",  "years", "week",  "month",   "year", "time",
        "morning", "afternoon", "evening", "night", "hours", "decades", "past", "weekend"};
    if (np->first > lo && IsWord(np->first - 1) && kPrepositions.contains(L(np->first - 1)) &&
        kTimeNouns.contains(L(np->second))) {
      return std::nullopt;
    }
    // "A Varnian official who was in the room said": the relative clause's head is the speaker.
    for (size_t j = np->first; j > lo && np->first - j < 10;) {
      --j;
      if (!IsWord(j)) break;
      if (L(j) != "who") continue;
      auto head = j > lo ? PhraseEndingAt(j - 1, lo) : std::nullopt;
      if (head) return Refine(head->first, head->second);
      break;
    }
    return Refine(np->first, np->second);
  }

  // The subject of the sentence holding lex i, for participle cues ("…, saying …"): the speaker
  // of the sentence's first cue verb, else a pronoun or name opening the sentence.
  TextSpan SentenceSubject(size_t i, size_t limit) const {
    return SegmentSubject(SentenceStart(i), limit).value_or(TextSpan{});
  }

  // Fills q->speaker and q->cue from the text around the quote. Returns true when a cue was
  // found but its subject is the sentence's ("…, saying “…”", "but cautioned, “…”").
  bool Attribute(size_t open, size_t close, size_t lo, bool ends_clause, Quote* q) const {
    size_t k = close + 1;
    bool comma = Punct(k, ",");
    if (comma) ++k;
    const size_t n = lx_.size();
    // (a) A line ending in a bare name: “… right now,” Putin
    if (ends_clause || comma) {
      size_t e = k;
      while (e < n && e - k < 4 && IsWord(e) && scan::IsCapitalized(S(e))) ++e;
      size_t after = e;
      if (after < n && EndsSentence(after)) ++after;
      if (e > k && after == n) {
        q->speaker = Refine(k, e - 1);
        return false;
      }
    }
    // (b) “…,” said political analyst Jane Roe
    if (k < n && IsWord(k) && FiniteCues().contains(L(k)) && !Punct(close + 1, ".")) {
      auto np = PhraseStartingAt(k + 1, n);
      if (np) {
        q->cue = Span(k, k);
        q->speaker = Refine(np->first, np->second);
        return false;
      }
    }
    // (c) “…” according to the ministry
    if (L(k) == "according" && L(k + 1) == "to") {
      auto np = PhraseStartingAt(k + 2, n);
      if (np) {
        q->cue = Span(k, k + 1);
        q->speaker = Refine(np->first, np->second);
        return false;
      }
    }
    // Before the quote, in the same sentence: "Rubio called the idea “irrational.”"
    for (size_t v = open; v > lo && open - v < 60;) {
      --v;
      if (IsQuoteMark(v)) break;
      if (!IsCueAt(v)) continue;
      std::string w = L(v);
      if (w == "according") {
        auto np = PhraseStartingAt(v + 2, open);
        q->cue = Span(v, v + 1);
        if (np) q->speaker = Refine(np->first, np->second);
        return false;
      }
      q->cue = Span(v, v);
      if (L(close + 1) == "by") {  // "often dubbed “the gateway” by local media"
        auto np = PhraseStartingAt(close + 2, n);
        if (np) {
          q->speaker = Refine(np->first, np->second);
          return false;
        }
      }
      if (L(v + 1) == "by") {  // "were described by Jane Roe as “constructive”"
        auto np = PhraseStartingAt(v + 2, open);
        if (np) q->speaker = Refine(np->first, np->second);
        return false;
      }
      bool participle = ParticipleCues().contains(w);
      if (participle && (v == lo || !IsWord(v - 1) || PhraseStops().contains(L(v - 1)))) {
        return true;
      }
      auto subject = SubjectBefore(v, lo);
      if (subject) {
        q->speaker = *subject;  // empty for a passive verb: no speaker written
        return false;
      }
      return true;
    }
    // (d) “…,” Jane Roe, a senior analyst, said / “…” Even more likely, he added
    if (ends_clause) {
      size_t start = k;
      for (size_t v = start; v < n && v - start < 22; ++v) {
        if (EndsSentence(v) || IsQuoteMark(v)) break;
        if (!IsWord(v) || !FiniteCues().contains(L(v))) continue;
        // “… not over yet.” Standing beside him, Macron said there was …: a cue in the next
        // sentence is its own, unless that sentence is only the attribution (“…?” Roe asked.)
        if (lx_[v].sentence != lx_[close].sentence &&
            (SentenceEnd(v) > v + 5 || v > SentenceStart(v) + 4)) {
          break;
        }
        auto s = SubjectBefore(v, start);
        if (s && !s->empty()) {
          q->cue = Span(v, v);
          q->speaker = *s;
        }
        break;
      }
    }
    return false;
  }

  // The speaker of the latest attributed quote before byte `before` among those this scanner
  // found (out_ from `first`; the most recent few only, so the cost stays bounded), in sentence
  // `sentence` or the one before it; empty when none.
  TextSpan PriorSpeaker(size_t first, uint32_t before, uint32_t sentence) const {
    const Quote* best = nullptr;
    size_t from = std::max(first, out_->size() > 64 ? out_->size() - 64 : size_t{0});
    for (size_t i = from; i < out_->size(); ++i) {
      const Quote& p = (*out_)[i];
      if (p.speaker.empty() || p.text.begin >= before) continue;
      if (p.sentence > sentence || p.sentence + 1 < sentence) continue;
      if (best == nullptr || p.text.begin > best->text.begin) best = &p;
    }
    return best != nullptr ? best->speaker : TextSpan{};
  }

  // A paragraph ending in "X said:" (or "said X:") introduces the quote paragraph after it.
  void IntroducedSpeaker(TextSpan* speaker, TextSpan* cue) const {
    size_t n = lx_.size();
    if (n < 3 || !Punct(n - 1, ":")) return;
    size_t s0 = SentenceStart(n - 1);
    for (size_t v = n - 1; v > s0;) {
      --v;
      if (!IsWord(v) || !FiniteCues().contains(L(v))) continue;
      if (IsWord(v + 1) && v + 1 < n - 1) {  // "…, said the minister:"
        auto np = PhraseStartingAt(v + 1, n - 1);
        if (np && np->second + 2 == n && (v == s0 || Punct(v - 1, ","))) {
          *speaker = Refine(np->first, np->second);
          *cue = Span(v, v);
          return;
        }
      }
      auto s = SubjectBefore(v, s0);
      if (s && !s->empty()) {
        *speaker = *s;
        *cue = Span(v, v);
      }
      return;
    }
  }

  // Reported speech: per sentence, per clause segment (split at ";" so "A said X; B said Y"
  // yields both). Quote marks do not stop it: a reported clause that ends before a partial
  // quote at a clause break ("said X, calling it “…”") or runs after it ("called it “…” and
  // confirmed that X") is reported speech of its own.
  void FindIndirect() {
    size_t i = 0;
    while (i < lx_.size()) {
      size_t end = SentenceEnd(i);
      if (end <= i) end = i + 1;
      uint32_t sentence = lx_[i].sentence;
      bool heading = sentence < sentences_.size() && sentences_[sentence].heading;
      // A "heading" ending in ";" or "," is a list item whose bullet extraction dropped.
      if (!heading || ListItem(i) || Punct(end - 1, ";") || Punct(end - 1, ",")) {
        size_t seg = i;
        for (size_t k = i; k <= end; ++k) {
          if (k < end && !Punct(k, ";")) continue;
          if (k > seg) IndirectIn(seg, k);
          seg = k + 1;
        }
      }
      i = end;
    }
  }

  // A line of a bulleted list ("• Kyiv insisted that …;"), which the splitter may take for a
  // heading: it still carries reported speech.
  bool ListItem(size_t i) const {
    uint32_t b = lx_[i].begin;
    while (b > 0 && text_[b - 1] != '\n' && lx_[i].begin - b < 8) --b;
    std::string_view head = Trim(text_.substr(b, lx_[i].begin - b));
    if (head.empty() && i < lx_.size()) head = S(i);
    return head == "\xE2\x80\xA2" || head == "-" || head == "*" || head == "\xC2\xB7" ||
           head == "\xE2\x80\x93" || head == "\xE2\x80\x94" || Punct(i, "\xE2\x80\xA2");
  }

  static std::string_view Trim(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
  }

  bool NegatedSource(TextSpan speaker) const { return IsNegatedSource(speaker.Of(text_)); }

  // The first quote mark in [a, b], or SIZE_MAX.
  size_t FirstQuoteMark(size_t a, size_t b) const {
    for (size_t k = a; k <= b && k < lx_.size(); ++k) {
      if (IsQuoteMark(k)) return k;
    }
    return SIZE_MAX;
  }

  // The end (inclusive) of a reported clause starting at c that must stop before the quote
  // mark at q: the word before a comma or before "and that" ahead of the mark. SIZE_MAX when
  // the clause runs straight into the quote ("accepted it “as a basis …”": the quote carries it).
  size_t ClauseEndBeforeQuote(size_t c, size_t q) const {
    for (size_t k = q; k > c + 1;) {
      --k;
      if (Punct(k, ",") || Punct(k, "\xE2\x80\x94") || Punct(k, "\xE2\x80\x93")) return k - 1;
      if (L(k) == "and" && L(k + 1) == "that") return k - 1;
    }
    return SIZE_MAX;
  }

  // The subject of the clause segment [s0, limit): the source of its first finite speech verb,
  // else a pronoun or name opening it, after a leading adverbial ("After the session, Ushakov
  // …", "However, he …"). For coordinated and participle cues: "X called it … and confirmed
  // that …", "X denied it, saying …".
  std::optional<TextSpan> SegmentSubject(size_t s0, size_t limit) const {
    size_t start = s0;
    while (start < limit && !IsWord(start)) ++start;
    static const WordSet kOpeners = {
        "after",    "before",    "when",    "while", "as",    "although", "though",
        "however",  "meanwhile", "since",   "in",    "on",    "at",       "during",
        "standing", "speaking",  "earlier", "later", "still", "instead",  "yet"};
    if (start < limit && kOpeners.contains(L(start))) {
      for (size_t k = start; k < limit && k - start < 25; ++k) {
        if (Punct(k, ",")) {
          start = k + 1;
          break;
        }
      }
    }
    for (size_t k = start + 1; k < limit; ++k) {
      if (IsWord(k) && (FiniteCues().contains(L(k)) || IndirectCues().contains(L(k)))) {
        auto s = SubjectBefore(k, start);
        if (s && !s->empty()) return s;
        break;
      }
    }
    if (start >= limit || !IsWord(start)) return std::nullopt;
    if (Pronouns().contains(L(start)) && L(start) != "it") return Span(start, start);
    if (!scan::IsCapitalized(S(start)) || PhraseStops().contains(L(start))) return std::nullopt;
    size_t e = start;
    while (e + 1 < limit && IsWord(e + 1) && scan::IsCapitalized(S(e + 1)) && e - start < 4) ++e;
    // The name must be followed by its verb: a word outside the stop list, or an auxiliary
    // ("Berg was quoted as saying").
    if (e + 1 >= limit || !IsWord(e + 1) ||
        (PhraseStops().contains(L(e + 1)) && !PassiveAux().contains(L(e + 1)) &&
         L(e + 1) != "has" && L(e + 1) != "had")) {
      return std::nullopt;
    }
    return Refine(start, e);
  }

  // Emits reported speech for the clause segment [s0, s1) of a sentence.
  void IndirectIn(size_t s0, size_t s1) {
    uint32_t sentence = lx_[s0].sentence;
    size_t last = s1 - 1;
    while (last > s0 && !IsWord(last)) --last;
    if (last <= s0) return;
    const bool has_marks = FirstQuoteMark(s0, last) != SIZE_MAX;
    auto clause_ok = [&](size_t a, size_t b) {  // [a, b] inclusive has 3+ words
      if (a > b || b >= lx_.size()) return false;
      size_t words = 0;
      for (size_t k = a; k <= b; ++k) words += IsWord(k);
      return words >= 3;
    };
    auto emit = [&](size_t a, size_t b, TextSpan speaker, TextSpan cue) {
      if (speaker.empty() || NegatedSource(speaker)) return;
      Quote q;
      q.direct = false;
      q.text = Span(a, b);
      q.speaker = speaker;
      q.cue = cue;
      q.sentence = sentence;
      out_->push_back(q);
    };
    // "According to X, CLAUSE" / "…, according to X, CLAUSE" / "CLAUSE, according to X."
    for (size_t a = s0; a + 1 < s1; ++a) {
      if (L(a) != "according" || L(a + 1) != "to") continue;
      if (has_marks) return;  // the direct quote carries it: “…,” according to X
      auto np = PhraseStartingAt(a + 2, s1);
      if (!np) return;
      TextSpan cue = Span(a, a + 1);
      TextSpan who = Refine(np->first, np->second);
      if (Punct(np->second + 1, ",") && clause_ok(np->second + 2, last)) {
        emit(np->second + 2, last, who, cue);
      } else if (a > s0 && Punct(a - 1, ",") && a >= 2 && clause_ok(s0, a - 2)) {
        emit(s0, a - 2, who, cue);
      }
      return;
    }
    const size_t before = out_->size();
    size_t v = s0 + 1;
    while (v < s1) {
      size_t next = ReportedAt(s0, s1, last, v, has_marks, clause_ok, emit);
      v = std::max(next, v + 1);
    }
    // The tail form only when no cue in the segment reported already ("While in Marvik, the
    // commander said …" is not "While in Marvik" said by the commander).
    if (has_marks || out_->size() != before) return;
    // "CLAUSE, X said."
    for (size_t c = last; c > s0; --c) {
      if (!Punct(c, ",")) continue;
      for (size_t w = c + 1; w <= last && w < c + 10; ++w) {
        if (!IsWord(w) || !IndirectCues().contains(L(w))) continue;
        std::optional<TextSpan> s;
        if (w == c + 1) {
          auto np = PhraseStartingAt(w + 1, last + 1);
          if (np) s = Refine(np->first, np->second);
        } else {
          s = SubjectBefore(w, c + 1);
        }
        // The cue must close the sentence ("…, Jane Roe said on Monday."), not start a clause;
        // a verb that takes an object ("…, both sides reported new attacks") must end it.
        static const WordSet kTimeOrPlace = {"on",    "in",    "at",        "last",  "this",
                                             "late",  "early", "yesterday", "today", "earlier",
                                             "later", "after", "before",    "during"};
        const std::string cw = L(w);
        const bool bare = cw == "said" || cw == "says" || cw == "say" || cw == "told" ||
                          cw == "tells" || cw == "added" || cw == "adds" || cw == "argued" ||
                          cw == "insisted" || cw == "warned" || cw == "claimed";
        bool tail = last - w <= 5 && L(w + 1) != "to" && L(w + 1) != "that" &&
                    (bare || w == last || kTimeOrPlace.contains(L(w + 1)));
        if (tail && s && !s->empty() && c >= 1 && clause_ok(s0, c - 1) &&
            !AlreadyReported(sentence, Span(s0, c - 1))) {
          emit(s0, c - 1, *s, Span(w, w));
        }
        return;
      }
      return;
    }
  }

  // Whether this scanner already reported a clause overlapping span in sentence.
  bool AlreadyReported(uint32_t sentence, TextSpan span) const {
    for (size_t i = out_->size(); i > 0 && out_->size() - i < 8; --i) {
      const Quote& q = (*out_)[i - 1];
      if (q.sentence == sentence && !q.direct && q.text.Overlaps(span)) return true;
    }
    return false;
  }

  // Reported speech with its cue at lex v of segment [s0, s1); returns the lex to continue
  // from (past an emitted clause).
  template <typename ClauseOk, typename Emit>
  size_t ReportedAt(size_t s0, size_t s1, size_t last, size_t v, bool has_marks,
                    const ClauseOk& clause_ok, const Emit& emit) {
    if (!IsWord(v)) return v + 1;
    std::string w = L(v);
    // "X described the meeting as difficult", "X dismissed the remark as a slogan", "X denied
    // (a) report(s) that …": speech acts whose report runs from the verb to the clause end.
    if (!has_marks && SpeechAct(v, last)) {
      auto s = SubjectBefore(v, s0);
      if (s && s->empty()) return v + 1;  // passive: "was described as"
      if (!s && (L(v - 1) == "and" || Punct(v - 1, ","))) s = SegmentSubject(s0, v);
      // "accuses Y of shelling … and says it only returns fire": the second verb reports anew.
      size_t end = last;
      for (size_t k = v + 2; k < last; ++k) {
        if (L(k) == "and" && IndirectCues().contains(L(k + 1))) {
          end = k - 1;
          break;
        }
      }
      if (s && !s->empty() && clause_ok(v, end)) {
        emit(v, end, *s, Span(v, v));
        return end + 1;
      }
      return v + 1;
    }
    // ", saying (that) CLAUSE" (the subject of the segment speaks) and "army commanders
    // claiming CLAUSE" (the noun before the participle speaks).
    if (ReportingParticiple(w)) {
      size_t c = v + 1;
      if (L(c) == "that") ++c;
      if (c == v + 1 && w != "saying" && w != "claiming" && w != "insisting" && w != "arguing") {
        return v + 1;
      }
      if (c >= s1 || !IsWord(c) || (c == v + 1 && PhraseStops().contains(L(c)) && L(c) != "it")) {
        return v + 1;
      }
      size_t end = last;
      size_t mark = FirstQuoteMark(c, last);
      if (mark != SIZE_MAX) end = ClauseEndBeforeQuote(c, mark);
      if (end == SIZE_MAX || !clause_ok(c, end)) return v + 1;
      std::optional<TextSpan> s;
      if (Punct(v - 1, ",") || L(v - 1) == "as") {  // "…, saying", "was quoted as saying"
        s = SegmentSubject(s0, v);
      } else if (IsWord(v - 1) && !PhraseStops().contains(L(v - 1))) {
        auto np = PhraseEndingAt(v - 1, s0);
        if (np) s = Refine(np->first, np->second);
      }
      if (s && !s->empty() && !Pronouns().contains(L(v - 1)) &&
          !AlreadyReported(lx_[v].sentence, Span(c, end))) {
        emit(c, end, *s, Span(v, v));
        return end + 1;
      }
      return v + 1;
    }
    bool weak = (w == "hinted" || w == "suggested") && L(v + 1) == "that";
    if (!IndirectCues().contains(w) && !weak) return v + 1;
    bool needs_that =
        !(w == "said" || w == "says" || w == "say" || w == "told" || w == "tells" || w == "added" ||
          w == "adds" || w == "claimed" || w == "insisted" || w == "insists" || w == "argued" ||
          w == "argues" || w == "warned" || w == "warns");
    if (Punct(v - 1, ",") && IsWord(v + 1) && !has_marks) {
      // "CLAUSE, argued Jane Roe, an analyst at …" (inverted)
      auto np = PhraseStartingAt(v + 1, s1);
      if (np && (Punct(np->second + 1, ",") || np->second + 1 >= last) && v >= 2 &&
          clause_ok(s0, v - 2)) {
        emit(s0, v - 2, Refine(np->first, np->second), Span(v, v));
        return s1;
      }
    }
    auto s = SubjectBefore(v, s0);
    if (s && s->empty()) return v + 1;  // passive: "it was reported that"
    if (!s) {
      // "X called it “…” and confirmed that …": the coordinated verb shares the subject.
      size_t k = v;
      while (k > s0 && IsWord(k - 1) && AdverbsBeforeVerb().contains(L(k - 1))) --k;
      if (k > s0 && L(k - 1) == "and") s = SegmentSubject(s0, k - 1);
    }
    if (!s || s->empty()) return v + 1;
    // "Even more likely, he added, is that …": a parenthetical cue reports the whole sentence.
    static const WordSet kPredicate = {"is",    "was", "are",   "were", "will", "would",
                                       "could", "may", "might", "has",  "had",  "remains"};
    if (Punct(v + 1, ",") && !has_marks && v + 2 <= last && kPredicate.contains(L(v + 2))) {
      size_t k = v;
      while (k > s0 && IsWord(k - 1)) --k;
      if (k > s0 && Punct(k - 1, ",") && k - 1 > s0 && clause_ok(v + 2, last)) {
        emit(s0, last, *s, Span(v, v));
        return s1;
      }
    }
    size_t c = v + 1;
    for (size_t t = v + 1; t < s1 && t < v + 7; ++t) {
      if (!IsWord(t) || PassiveAux().contains(L(t))) break;  // "say it is X that …": a cleft
      if (L(t) == "that") {
        c = t + 1;
        break;
      }
    }

    const bool that = c != v + 1;
    if (!that && (w == "told" || w == "tells")) {
      if (has_marks) return v + 1;  // "told the Ledger on Monday, “…”": the quote is what was told
      c = v + 2;                    // "told reporters the budget had been balanced"
    }
    // "reported capturing the village", "denied entering": a gerund clause.
    bool gerund = !that &&
                  (w == "reported" || w == "reports" || w == "denied" || w == "denies" ||
                   w == "confirmed" || w == "admitted" || w == "acknowledged" || w == "claimed") &&
                  IsWord(c) && L(c).size() > 5 && L(c).ends_with("ing");
    if (!that && needs_that && !gerund) return v + 1;  // "reiterated the alliance’s support"
    // "a second round, which Castellan said would deal with …": the relative pronoun is the
    // subject of the reported clause, which starts at the verb.
    static const WordSet kRelatives = {"which", "that", "who"};
    static const WordSet kAuxiliaries = {"would", "will", "could", "should", "might", "may",
                                         "was",   "were", "is",    "are",    "had",   "has"};
    const TextSpan subject = *s;
    size_t before_subject = v;
    while (before_subject > s0 && lx_[before_subject - 1].end > subject.begin) --before_subject;
    const bool relative = before_subject > s0 && kRelatives.contains(L(before_subject - 1)) &&
                          kAuxiliaries.contains(L(c));
    if (!that && !relative && c < s1 && IsWord(c) && PhraseStops().contains(L(c)) && L(c) != "it" &&
        L(c) != "this" && L(c) != "there" && L(c) != "these" && L(c) != "those") {
      return v + 1;  // "added to the unease"
    }
    size_t end = last;
    size_t mark = FirstQuoteMark(c, last);
    if (mark != SIZE_MAX) end = ClauseEndBeforeQuote(c, mark);
    if (end == SIZE_MAX) return v + 1;
    if (c < s1 && IsWord(c) && clause_ok(c, end)) {
      emit(c, end, *s, Span(v, v));
      return end + 1;
    }
    return v + 1;
  }

  static bool ReportingParticiple(std::string_view w) {
    return w == "saying" || w == "claiming" || w == "insisting" || w == "arguing" ||
           w == "warning" || w == "adding" || w == "noting" || w == "stressing";
  }

  // A speech act whose object is what was said: "described/dismissed/characterised X as …",
  // "denied/rejected (the) report(s)/claims/allegations …". ("accused X of …" is not: the
  // gold sets read it as a charge, not a statement, unless it quotes words.)
  bool SpeechAct(size_t v, size_t last) const {
    std::string w = L(v);
    auto ahead = [&](std::string_view word, size_t within) {
      for (size_t k = v + 2; k <= last && k <= v + within; ++k) {
        if (!IsWord(k) && !Punct(k, "'") && !Punct(k, "\xE2\x80\x99")) return false;
        if (L(k) == word) return true;
      }
      return false;
    };
    if (w == "described" || w == "describes" || w == "dismissed" || w == "dismisses" ||
        w == "characterized" || w == "characterised") {
      return ahead("as", 8);
    }
    if (w == "denied" || w == "denies" || w == "rejected" || w == "rejects") {
      static const WordSet kStatements = {"report",     "reports",     "claim",      "claims",
                                          "allegation", "allegations", "accusation", "accusations",
                                          "suggestion", "suggestions", "rumours",    "rumors",
                                          "assertion",  "assertions"};
      for (size_t k = v + 1; k <= last && k <= v + 4; ++k) {
        if (!IsWord(k)) return false;
        if (kStatements.contains(L(k))) return true;
      }
    }
    return false;
  }

  const AnnotatedDoc& doc_;
  std::string_view text_;
  const std::vector<Lex>& lx_;
  const std::vector<Sentence>& sentences_;
  const std::vector<size_t>& entity_order_;
  std::vector<Quote>* out_;
};

// With a parse, the speech verb's subject names the speaker of a direct quote the rules left
// without one (the rules' own attribution stands: on the seed articles the parser's subjects
// only ever disagreed with them by misparse, e.g. two nsubj for "Kremlin spokesperson X"); a
// subject inside quoted words (a misparse) is never taken. For reported speech the parse
// gives the clause and the subject of the speech verb: it replaces the rules' reading of the
// same verb and adds what the rules missed. Without a parse (no models) the rules stand alone.
void RefineWithSyntax(const AnnotatedDoc& doc, std::vector<Quote>* found) {
  QuoteSyntax syntax(doc);
  if (syntax.empty()) return;
  std::vector<TextSpan> quoted;  // direct quotes with their marks, sorted
  for (const Quote& q : *found) {
    if (q.direct) quoted.push_back({q.text.begin > 0 ? q.text.begin - 1 : 0, q.text.end + 1});
  }
  std::sort(quoted.begin(), quoted.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  auto in_quote = [&](const TextSpan& s) {
    auto it = std::upper_bound(quoted.begin(), quoted.end(), s.end,
                               [](uint32_t v, const TextSpan& q) { return v < q.begin; });
    for (int steps = 0; it != quoted.begin() && steps < 4; ++steps) {
      --it;
      if (it->Overlaps(s)) return true;
    }
    return false;
  };
  std::vector<int32_t> indirect_in(doc.sentences.size(), -1);
  for (size_t i = 0; i < found->size(); ++i) {
    Quote& q = (*found)[i];
    if (!q.direct) {
      if (q.sentence < indirect_in.size()) indirect_in[q.sentence] = static_cast<int32_t>(i);
      continue;
    }
    TextSpan speaker, cue;
    if (!syntax.Attribute(q.text, &speaker, &cue) || speaker.empty() || in_quote(speaker)) {
      continue;
    }
    if (q.speaker.empty()) {
      q.speaker = speaker;
      q.cue = cue;
    }
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    Quote parsed;
    if (!syntax.Indirect(s, &parsed) || IsNegatedSource(parsed.speaker.Of(doc.text()))) continue;
    if (indirect_in[s] < 0) {
      found->push_back(parsed);
      continue;
    }
    Quote& q = (*found)[static_cast<size_t>(indirect_in[s])];
    if (q.cue == parsed.cue) q = parsed;  // same verb: the parse knows the subject and clause
  }
}

}  // namespace

bool IsSpeechCue(std::string_view lower) { return FiniteCues().contains(lower); }
bool IsSpeechCueParticiple(std::string_view lower) { return ParticipleCues().contains(lower); }

void FindQuotes(AnnotatedDoc* doc) {
  if (doc == nullptr || doc->article == nullptr) return;
  try {
    std::string_view text = doc->text();
    std::vector<Sentence> sentences = scan::SentencesOrParagraphs(*doc);
    std::vector<size_t> entity_order(doc->entities.size());
    for (size_t i = 0; i < entity_order.size(); ++i) entity_order[i] = i;
    std::stable_sort(entity_order.begin(), entity_order.end(), [&](size_t a, size_t b) {
      return doc->entities[a].span.begin < doc->entities[b].span.begin;
    });
    std::vector<Lex> lexes;
    std::vector<Quote> found;
    TextSpan last_speaker, intro_cue;
    for (const scan::Paragraph& p : scan::SplitParagraphs(text)) {
      lexes.clear();
      scan::LexParagraph(text, p, sentences, &lexes);
      if (lexes.empty()) continue;
      QuoteScanner(*doc, text, lexes, sentences, entity_order, &found)
          .Run(&last_speaker, &intro_cue);
    }
    RefineWithSyntax(*doc, &found);
    std::stable_sort(found.begin(), found.end(),
                     [](const Quote& a, const Quote& b) { return a.text.begin < b.text.begin; });
    doc->quotes.insert(doc->quotes.end(), found.begin(), found.end());
  } catch (const std::exception&) {
    // Out of memory on hostile input: keep what was found.
  }
}

}  // namespace corroborate

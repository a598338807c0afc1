#include "reconcile/framing.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "analyze/quotes.h"
#include "core/strings.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

// How a lexicon term is shown: a label takes a name or demonym written before it ("Russian
// dictator", "Kremlin propaganda"); a qualifier takes the words it qualifies ("so-called peace
// talks").
enum class Extend : uint8_t { kNone, kLabel, kQualifier };

struct LexiconEntry {
  std::vector<std::string> words;  // lower-case, hyphenated words kept whole ("so-called")
  const char* category;
  Extend extend;
};

// General evaluative English of news writing, not any story's names: words that judge rather
// than describe, and the paired terms that the parties to a conflict dispute.
const std::vector<LexiconEntry>& Lexicon() {
  static const auto* lexicon = [] {
    auto* v = new std::vector<LexiconEntry>;
    auto add = [&](std::string_view phrase, const char* category, Extend extend) {
      LexiconEntry e{{}, category, extend};
      for (std::string_view w : Split(phrase, ' ')) e.words.emplace_back(w);
      v->push_back(std::move(e));
    };
    const char* kLabel = "loaded label";
    for (std::string_view w :
         {"dictator",       "dictators",      "dictatorship",    "tyrant",        "tyrants",
          "despot",         "despots",        "junta",           "regime",        "regimes",
          "puppet",         "puppets",        "terrorist",       "terrorists",    "thug",
          "thugs",          "warmonger",      "warmongers",      "aggressor",     "aggressors",
          "occupiers",      "invaders",       "war criminal",    "war criminals", "nazi",
          "nazis",          "neo-nazi",       "neo-nazis",       "fascist",       "fascists",
          "propaganda",     "propagandist",   "propagandists",   "mouthpiece",    "henchman",
          "henchmen",       "cronies",        "strongman",       "hardliner",     "hardliners",
          "rogue state",    "kleptocracy",    "terrorist state", "land grab",     "blackmail",
          "saber-rattling", "sabre-rattling", "capitulation"}) {
      add(w, kLabel, Extend::kLabel);
    }
    for (std::string_view w :
         {"so-called", "self-proclaimed", "self-styled", "sham", "pseudo", "would-be"}) {
      add(w, "delegitimising qualifier", Extend::kQualifier);
    }
    for (std::string_view w : {"brutal",
                               "brutally",
                               "barbaric",
                               "barbarism",
                               "bloodthirsty",
                               "savage",
                               "cynical",
                               "cynically",
                               "notorious",
                               "infamous",
                               "heinous",
                               "ruthless",
                               "maximalist",
                               "unprovoked",
                               "genocidal",
                               "illegal annexation",
                               "illegally annexed",
                               "illegal war",
                               "combative",
                               "stormed out",
                               "bluster",
                               "defiant",
                               "belligerent",
                               "draconian"}) {
      add(w, "evaluative", Extend::kNone);
    }
    for (std::string_view w : {"special military operation", "neutralised", "neutralized",
                               "collateral damage", "denazification", "pacification"}) {
      add(w, "euphemism", Extend::kNone);
    }
    for (std::string_view w : {"invasion", "full-scale invasion", "annexation", "annexed",
                               "occupied", "occupying forces", "occupation forces"}) {
      add(w, "contested term", Extend::kNone);
    }
    return v;
  }();
  return *lexicon;
}

// "regime" in "sanctions regime", "visa regime" is a technical word, not a label.
bool TechnicalRegime(std::string_view before) {
  static const std::unordered_set<std::string_view> k = {"sanctions",
                                                         "sanction",
                                                         "visa",
                                                         "tax",
                                                         "ceasefire",
                                                         "trade",
                                                         "export",
                                                         "control",
                                                         "tariff",
                                                         "legal",
                                                         "regulatory",
                                                         "customs",
                                                         "inspection",
                                                         "treaty",
                                                         "training",
                                                         "nonproliferation",
                                                         "non-proliferation",
                                                         "feeding",
                                                         "dietary",
                                                         "currency",
                                                         "exchange",
                                                         "price",
                                                         "cap",
                                                         "verification",
                                                         "monitoring",
                                                         "transit",
                                                         "security",
                                                         "safeguards",
                                                         "licensing"};
  return k.count(before) > 0;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0xA0 && c <= 0xBF) return false;      // Latin-1 punctuation, «»
  if (c == 0xD7 || c == 0xF7) return false;
  return true;
}
bool IsJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010; }

struct LexWord {
  TextSpan span;
  std::string lower;  // ASCII-lowered; typographic apostrophes as '
  bool capitalised = false;
};

// Words of [begin, end): letters and digits, with inner hyphens and apostrophes kept.
std::vector<LexWord> Words(std::string_view text, size_t begin, size_t end) {
  std::vector<LexWord> out;
  size_t pos = begin;
  while (pos < end) {
    size_t start = pos;
    char32_t c = utf8::Next(text, &pos);
    if (!IsWordChar(c)) continue;
    size_t word_end = pos;
    while (pos < end) {
      size_t save = pos;
      char32_t d = utf8::Next(text, &pos);
      if (IsWordChar(d)) {
        word_end = pos;
        continue;
      }
      if (IsJoiner(d) && pos < end) {
        size_t peek = pos;
        if (IsWordChar(utf8::Next(text, &peek))) {
          word_end = pos;
          continue;
        }
      }
      pos = save;
      break;
    }
    LexWord w;
    w.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(word_end)};
    std::string_view raw = text.substr(start, word_end - start);
    w.capitalised = raw[0] >= 'A' && raw[0] <= 'Z';
    std::string lower = AsciiLower(raw);
    std::string plain;
    for (size_t i = 0; i < lower.size(); ++i) {
      if (lower.compare(i, 3, "\xE2\x80\x99") == 0 || lower.compare(i, 3, "\xE2\x80\x90") == 0) {
        plain += lower.compare(i, 3, "\xE2\x80\x99") == 0 ? '\'' : '-';
        i += 2;
      } else {
        plain += lower[i];
      }
    }
    w.lower = std::move(plain);
    out.push_back(std::move(w));
    pos = word_end;
  }
  return out;
}

// The inside of each pair of quote marks on one line (“…”, "…", «…», „…“, ‘…’).
void QuotedStretches(std::string_view text, size_t begin, size_t end, std::vector<TextSpan>* out) {
  size_t pos = begin;
  char32_t open = 0;
  size_t inner = 0;
  char32_t prev = ' ';
  while (pos < end) {
    size_t at = pos;
    char32_t c = utf8::Next(text, &pos);
    size_t peek = pos;
    char32_t next = pos < end ? utf8::Next(text, &peek) : ' ';
    if (open == 0) {
      bool opens =
          c == 0x201C || c == 0x201E || c == 0xAB || c == '"' || (c == 0x2018 && !IsWordChar(prev));
      if (opens) open = c, inner = pos;
    } else {
      bool closes = (open == 0x201C && (c == 0x201D || c == 0x201C)) ||
                    (open == 0x201E && (c == 0x201C || c == 0x201D)) ||
                    (open == 0xAB && c == 0xBB) || (open == '"' && c == '"') ||
                    (open == 0x2018 && c == 0x2019 && !IsWordChar(next));
      if (closes) {
        out->push_back({static_cast<uint32_t>(inner), static_cast<uint32_t>(at)});
        open = 0;
      }
    }
    prev = c;
  }
}

bool IsAttributionWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> k = {
      "according", "dubbed", "termed", "labelled", "labeled", "branded",   "titled",
      "named",     "known",  "calls",  "call",     "say",     "says",      "word",
      "words",     "term",   "slogan", "phrase",   "motto",   "nicknamed", "so-called"};
  return IsSpeechCue(lower) || IsSpeechCueParticiple(lower) || k.count(lower) > 0;
}

}  // namespace

std::vector<FramingTerm> FindFraming(const StoryInput& story,
                                     const std::vector<AccountQuote>& quotes) {
  std::vector<FramingTerm> out;
  // Speakers of quote occurrences, per article.
  std::unordered_map<uint32_t, std::vector<std::pair<TextSpan, std::string>>> speakers;
  for (const AccountQuote& q : quotes) {
    for (const Evidence& ev : q.evidence) speakers[ev.article].push_back({ev.span, q.speaker_name});
  }
  std::unordered_map<std::string_view, std::vector<const LexiconEntry*>> by_first;
  for (const LexiconEntry& e : Lexicon()) by_first[e.words.front()].push_back(&e);

  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr || d >= story.article_index.size()) continue;
    const uint32_t article = story.article_index[d];
    std::string_view text = doc->text();
    auto& doc_speakers = speakers[article];

    // Quoted stretches: the analyzer's direct quotes and every pair of quote marks.
    std::vector<TextSpan> quoted;
    std::vector<TextSpan> attributed;  // quotes the analyzer gave a speaker
    for (const Quote& q : doc->quotes) {
      if (!q.direct) continue;
      quoted.push_back(q.text);
      if (!q.speaker.empty()) attributed.push_back(q.text);
    }
    std::vector<TextSpan> marks;
    for (size_t begin = 0; begin < text.size();) {
      size_t nl = text.find('\n', begin);
      size_t end = nl == std::string_view::npos ? text.size() : nl;
      QuotedStretches(text, begin, end, &marks);
      begin = end + 1;
    }
    quoted.insert(quoted.end(), marks.begin(), marks.end());
    auto speaker_of = [&](TextSpan span) -> std::string {
      for (const auto& [s, name] : doc_speakers) {
        if (s.Contains(span)) return name;
      }
      return "";
    };
    auto inside = [&](const std::vector<TextSpan>& spans, TextSpan span) {
      return std::any_of(spans.begin(), spans.end(),
                         [&](const TextSpan& s) { return s.Contains(span); });
    };
    // The sentence (else the line) around a position.
    auto sentence_of = [&](uint32_t pos) -> TextSpan {
      // Sentences are in text order: the last one starting at or before pos.
      auto it = std::upper_bound(doc->sentences.begin(), doc->sentences.end(), pos,
                                 [](uint32_t p, const Sentence& s) { return p < s.span.begin; });
      if (it != doc->sentences.begin() && pos < std::prev(it)->span.end) {
        return std::prev(it)->span;
      }
      size_t b = text.rfind('\n', pos == 0 ? 0 : pos - 1);
      b = (b == std::string_view::npos || pos == 0) ? 0 : b + 1;
      size_t e = text.find('\n', pos);
      return {static_cast<uint32_t>(b),
              static_cast<uint32_t>(e == std::string_view::npos ? text.size() : e)};
    };

    std::vector<FramingTerm> found;
    auto emit = [&](TextSpan span, std::string term, const char* category, bool scare) {
      FramingTerm f;
      f.article = article;
      f.term = std::move(term);
      f.category = category;
      bool in_quote = !scare && inside(quoted, span);
      f.voice = in_quote ? "quoted" : "outlet";
      if (in_quote) f.speaker = speaker_of(span);
      f.evidence = {article, span};
      found.push_back(std::move(f));
    };

    // 1. Lexicon terms, line by line.
    for (size_t begin = 0; begin < text.size();) {
      size_t nl = text.find('\n', begin);
      size_t end = nl == std::string_view::npos ? text.size() : nl;
      std::vector<LexWord> words = Words(text, begin, end);
      begin = end + 1;
      for (size_t i = 0; i < words.size(); ++i) {
        auto it = by_first.find(words[i].lower);
        if (it == by_first.end()) continue;
        const LexiconEntry* match = nullptr;
        for (const LexiconEntry* e : it->second) {
          if (i + e->words.size() > words.size()) continue;
          bool ok = true;
          for (size_t k = 1; k < e->words.size() && ok; ++k) {
            ok = words[i + k].lower == e->words[k];
          }
          if (ok && (match == nullptr || e->words.size() > match->words.size())) match = e;
        }
        if (match == nullptr) continue;
        size_t last = i + match->words.size() - 1;
        if ((words[i].lower == "regime" || words[i].lower == "regimes") && i > 0 &&
            TechnicalRegime(words[i - 1].lower)) {
          continue;
        }
        size_t first = i;
        auto adjacent = [&](size_t a, size_t b) {  // only spaces between words a and b
          std::string_view gap =
              text.substr(words[a].span.end, words[b].span.begin - words[a].span.end);
          return !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos;
        };
        if (match->extend == Extend::kLabel && i > 0 && words[i - 1].capitalised &&
            adjacent(i - 1, i) && words[i - 1].lower != "the" && words[i - 1].lower != "a") {
          first = i - 1;  // "Russian dictator", "Kremlin propaganda"
        } else if (match->extend == Extend::kQualifier) {
          // "so-called peace talks": up to two following words, not across a function word.
          static const std::unordered_set<std::string_view> kStop = {
              "is",   "was", "are",  "were",  "be",  "by",  "of",  "in",
              "on",   "at",  "to",   "and",   "or",  "the", "a",   "an",
              "with", "for", "that", "which", "who", "has", "had", "have"};
          const size_t limit = last + 2;
          for (size_t k = last + 1;
               k < words.size() && k <= limit && adjacent(k - 1, k) && !kStop.count(words[k].lower);
               ++k) {
            last = k;
          }
        }
        TextSpan span{words[first].span.begin, words[last].span.end};
        emit(span, AsciiLower(CollapseWhitespace(span.Of(text))), match->category, false);
        i = last;
      }
    }

    // 2. Scare quotes: one word in quote marks, in the outlet's own voice.
    for (const TextSpan& q : marks) {
      std::vector<LexWord> inner = Words(text, q.begin, q.end);
      if (inner.size() != 1) continue;
      const LexWord& w = inner.front();
      std::string_view rest = Trim(text.substr(q.begin, q.end - q.begin));
      // Nothing but the word (a trailing comma or full stop inside the marks is usual).
      std::string_view core = rest;
      while (!core.empty() && (core.back() == ',' || core.back() == '.')) core.remove_suffix(1);
      if (core != w.span.Of(text)) continue;
      if (w.capitalised || (w.lower[0] >= '0' && w.lower[0] <= '9')) continue;
      if (inside(attributed, q)) continue;
      bool nested = std::any_of(quoted.begin(), quoted.end(), [&](const TextSpan& s) {
        return s.Contains(q) && !(s == q) && s.size() > q.size() + 4;
      });
      if (nested) continue;
      // Someone's word when a speech verb comes earlier in the sentence or just after.
      TextSpan sentence = sentence_of(q.begin);
      bool cue = false;
      for (const LexWord& b : Words(text, sentence.begin, q.begin))
        cue = cue || IsAttributionWord(b.lower);
      std::vector<LexWord> after = Words(text, q.end, sentence.end);
      for (size_t k = 0; k < after.size() && k < 3; ++k)
        cue = cue || IsAttributionWord(after[k].lower);
      if (cue) continue;
      emit(w.span, w.lower, "scare quotes", true);
    }

    std::stable_sort(found.begin(), found.end(), [](const FramingTerm& a, const FramingTerm& b) {
      return a.evidence.span.begin < b.evidence.span.begin;
    });
    for (FramingTerm& f : found) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace corroborate

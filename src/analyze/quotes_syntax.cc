#include "analyze/quotes_syntax.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "analyze/number_words.h"

namespace corroborate {
namespace {

// Lemmas of verbs that report speech.
bool SpeechLemma(std::string_view lemma) {
  static const std::unordered_set<std::string_view> k = {
      "say",     "tell",      "add",       "warn",        "stress",       "insist",
      "note",    "argue",     "call",      "describe",    "write",        "urge",
      "caution", "emphasize", "emphasise", "acknowledge", "confirm",      "reiterate",
      "claim",   "deny",      "ask",       "reply",       "declare",      "announce",
      "explain", "state",     "admit",     "recall",      "tweet",        "remark",
      "respond", "vow",       "predict",   "concede",     "quip",         "complain",
      "dub",     "label",     "term",      "brand",       "characterize", "characterise",
      "suggest", "assert",    "maintain",  "contend",     "comment",      "observe",
      "promise", "insist"};
  return k.count(lemma) > 0;
}

std::string_view BaseRel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

bool HasQuoteMark(std::string_view s) {
  for (std::string_view m :
       {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"}) {
    if (s.find(m) != std::string_view::npos) return true;
  }
  return false;
}

// Walks are bounded: a damaged tree (a cycle in hand-made or hostile heads) cannot loop.
constexpr int kMaxClimb = 4;
constexpr size_t kMaxSubtree = 512;
constexpr int32_t kMaxQuoteWords = 400;

}  // namespace

QuoteSyntax::QuoteSyntax(const AnnotatedDoc& doc) : doc_(doc), words_(doc.words) {
  const size_t n = words_.size();
  child_begin_.assign(n + 1, 0);
  for (const Word& w : words_) {
    if (w.head >= 0 && static_cast<size_t>(w.head) < n) ++child_begin_[w.head + 1];
  }
  for (size_t i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_.assign(child_begin_[n], 0);
  std::vector<uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    int32_t h = words_[i].head;
    if (h >= 0 && static_cast<size_t>(h) < n) child_[fill[h]++] = static_cast<int32_t>(i);
  }
}

int32_t QuoteSyntax::FirstWordAtOrAfter(uint32_t byte) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), byte,
                             [](const Word& w, uint32_t b) { return w.span.begin < b; });
  return static_cast<int32_t>(it - words_.begin());
}

bool QuoteSyntax::IsSpeech(int32_t w) const {
  if (w < 0 || static_cast<size_t>(w) >= words_.size()) return false;
  const Word& word = words_[w];
  if (word.upos != "VERB" && !word.upos.empty()) return false;
  std::string lemma = !word.lemma.empty() ? scan::LowerAscii(word.lemma)
                                          : scan::LowerAscii(word.span.Of(doc_.text()));
  return SpeechLemma(lemma);
}

std::pair<int32_t, int32_t> QuoteSyntax::Subtree(int32_t w, bool clause) const {
  int32_t lo = w, hi = w;
  std::vector<int32_t> stack = {w};
  size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxSubtree) {
    int32_t x = stack.back();
    stack.pop_back();
    for (uint32_t k = child_begin_[x]; k < child_begin_[x + 1]; ++k) {
      int32_t c = child_[k];
      std::string_view rel = BaseRel(words_[c].deprel);
      if (rel == "punct") continue;
      if (clause) {
        if (x == w && rel == "mark" && c < w) continue;  // "that" before the clause
      } else if (rel == "acl" || rel == "appos" || rel == "parataxis" || rel == "conj" ||
                 rel == "cc" || rel == "advcl" || rel == "dep" || rel == "discourse" ||
                 rel == "vocative" || rel == "list" || rel == "ccomp" || rel == "csubj") {
        continue;
      }
      lo = std::min(lo, c);
      hi = std::max(hi, c);
      stack.push_back(c);
    }
  }
  return {lo, hi};
}

TextSpan QuoteSyntax::Phrase(int32_t w) const {
  // A relative pronoun as the subject is a misparse of "…, which X said would …".
  std::string head = scan::LowerAscii(words_[w].span.Of(doc_.text()));
  if (head == "which" || head == "that" || head == "who" || head == "whom" || head == "what") {
    return {};
  }
  // The phrase's words around w, contiguous: stop at punctuation (an apposition after a comma,
  // a quote mark) or a word outside the subtree; then drop a preposition at either edge ("by
  // the minister", "adviser Jane Roe as").
  // Plain variables, not a structured binding: the lambda below captures them (clang 14).
  const std::pair<int32_t, int32_t> subtree = Subtree(w, false);
  int32_t lo = subtree.first;
  int32_t hi = subtree.second;
  std::vector<int32_t> member;
  std::vector<int32_t> stack = {w};
  for (size_t visited = 0; !stack.empty() && visited < kMaxSubtree; ++visited) {
    int32_t x = stack.back();
    stack.pop_back();
    member.push_back(x);
    for (uint32_t k = child_begin_[x]; k < child_begin_[x + 1]; ++k) {
      std::string_view rel = BaseRel(words_[child_[k]].deprel);
      if (rel == "acl" || rel == "parataxis" || rel == "conj" || rel == "advcl" || rel == "ccomp" ||
          rel == "csubj" || rel == "dep" || rel == "list") {
        continue;
      }
      stack.push_back(child_[k]);
    }
  }
  std::sort(member.begin(), member.end());
  auto in_phrase = [&](int32_t x) {
    return x >= lo - 8 && x <= hi + 8 && std::binary_search(member.begin(), member.end(), x) &&
           BaseRel(words_[x].deprel) != "punct";
  };
  lo = w, hi = w;
  while (lo > 0 && in_phrase(lo - 1)) --lo;
  while (static_cast<size_t>(hi) + 1 < words_.size() && in_phrase(hi + 1)) ++hi;
  auto edge = [&](int32_t x) {
    std::string_view rel = BaseRel(words_[x].deprel);
    return rel == "case" || rel == "mark" || rel == "cc";
  };
  while (lo < hi && edge(lo)) ++lo;
  while (hi > lo && edge(hi)) --hi;
  TextSpan span{words_[lo].span.begin, words_[hi].span.end};
  for (const EntityMention& m : doc_.entities) {
    if (m.type != EntityType::kPerson || !span.Contains(m.span)) continue;
    if (m.span.end == span.end) return m.span;  // "Kremlin aide Yuri Ushakov" -> the name
  }
  return span;
}

TextSpan QuoteSyntax::SpeakerOf(int32_t v) const {
  bool passive = false;
  for (uint32_t k = child_begin_[v]; k < child_begin_[v + 1]; ++k) {
    int32_t c = child_[k];
    std::string_view rel = words_[c].deprel;
    if (rel == "nsubj") return Phrase(c);
    if (rel == "nsubj:pass") passive = true;
  }
  // The agent of a passive: "was described by X as …".
  for (uint32_t k = child_begin_[v]; k < child_begin_[v + 1]; ++k) {
    int32_t c = child_[k];
    std::string_view rel = words_[c].deprel;
    if (rel == "obl:agent") return Phrase(c);
    if (BaseRel(rel) != "obl") continue;
    for (uint32_t j = child_begin_[c]; j < child_begin_[c + 1]; ++j) {
      int32_t g = child_[j];
      if (BaseRel(words_[g].deprel) == "case" &&
          scan::LowerAscii(words_[g].span.Of(doc_.text())) == "by") {
        return Phrase(c);
      }
    }
  }
  if (passive) return {};
  // A participle or coordinated verb shares its head's subject: "…, saying …".
  std::string_view rel = BaseRel(words_[v].deprel);
  int32_t h = words_[v].head;
  if (h >= 0 && (rel == "advcl" || rel == "xcomp" || rel == "conj")) {
    for (uint32_t k = child_begin_[h]; k < child_begin_[h + 1]; ++k) {
      if (words_[child_[k]].deprel == "nsubj") return Phrase(child_[k]);
    }
  }
  return {};
}

bool QuoteSyntax::Attribute(TextSpan quote, TextSpan* speaker, TextSpan* cue) const {
  if (words_.empty()) return false;
  const int32_t wb = FirstWordAtOrAfter(quote.begin);
  const int32_t we = std::min(FirstWordAtOrAfter(quote.end), wb + kMaxQuoteWords);
  if (wb >= we) return false;
  auto inside = [&](int32_t x) { return x >= wb && x < we; };
  int32_t found = -1;
  std::vector<int32_t> roots;
  for (int32_t x = wb; x < we; ++x) {
    if (!inside(words_[x].head)) roots.push_back(x);
  }
  for (int32_t r : roots) {
    // A speech verb above the quoted words: "X said (that) “…”", "X called it “…”".
    int32_t h = words_[r].head;
    for (int steps = 0; h >= 0 && steps < kMaxClimb && found < 0; ++steps) {
      if (!inside(h) && IsSpeech(h)) found = h;
      h = words_[h].head;
    }
    // A speech verb hanging off the quote: “…,” X said (UD parataxis).
    for (uint32_t k = child_begin_[r]; k < child_begin_[r + 1] && found < 0; ++k) {
      int32_t c = child_[k];
      if (!inside(c) && IsSpeech(c)) found = c;
    }
    if (found >= 0) break;
  }
  if (found >= 0) {
    *cue = words_[found].span;
    *speaker = SpeakerOf(found);
    return true;
  }
  // "according to X" attached to the quote's clause.
  for (int32_t r : roots) {
    int32_t x = r;
    for (int steps = 0; x >= 0 && steps < kMaxClimb; ++steps, x = words_[x].head) {
      for (uint32_t k = child_begin_[x]; k < child_begin_[x + 1]; ++k) {
        int32_t c = child_[k];
        if (inside(c) || BaseRel(words_[c].deprel) != "obl") continue;
        for (uint32_t j = child_begin_[c]; j < child_begin_[c + 1]; ++j) {
          int32_t g = child_[j];
          if (scan::LowerAscii(words_[g].span.Of(doc_.text())) != "according") continue;
          *cue = words_[g].span;
          for (uint32_t f = child_begin_[g]; f < child_begin_[g + 1]; ++f) {
            cue->end = std::max(cue->end, words_[child_[f]].span.end);  // "according to"
          }
          *speaker = Phrase(c);
          return true;
        }
      }
    }
  }
  return false;
}

bool QuoteSyntax::Indirect(uint32_t sentence, Quote* out) const {
  if (sentence >= doc_.sentences.size()) return false;
  const Sentence& s = doc_.sentences[sentence];
  if (s.heading || s.word_end <= s.word_begin || s.word_end > words_.size()) return false;
  if (HasQuoteMark(s.span.Of(doc_.text()))) return false;
  for (uint32_t v = s.word_begin; v < s.word_end; ++v) {
    if (!IsSpeech(static_cast<int32_t>(v))) continue;
    for (uint32_t k = child_begin_[v]; k < child_begin_[v + 1]; ++k) {
      int32_t c = child_[k];
      if (BaseRel(words_[c].deprel) != "ccomp" || c < static_cast<int32_t>(v)) continue;
      TextSpan speaker = SpeakerOf(static_cast<int32_t>(v));
      if (speaker.empty()) break;
      auto [lo, hi] = Subtree(c, true);
      if (hi - lo + 1 < 3) break;
      out->text = {words_[lo].span.begin, words_[hi].span.end};
      out->speaker = speaker;
      out->cue = words_[v].span;
      out->direct = false;
      out->sentence = sentence;
      return true;
    }
  }
  return false;
}

}  // namespace corroborate

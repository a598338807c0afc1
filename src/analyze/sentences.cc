#include "analyze/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "analyze/tokenize.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

// ICU iterators are costly to build; one per thread is reused for every line.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iter;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    iter.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) iter.reset();
  }
  return iter.get();
}

char32_t FirstCp(std::string_view s) {
  if (s.empty()) return 0;
  size_t p = 0;
  return utf8::Next(s, &p);
}

char32_t LastCp(std::string_view s) {
  if (s.empty()) return 0;
  size_t p = s.size();
  return utf8::Prev(s, &p);
}

bool IsCloser(std::string_view t) {
  return t == "\"" || t == "'" || t == "\u201D" || t == "\u2019" || t == ")" || t == "]" ||
         t == "\u00BB" || t == "\u203A";
}
bool IsOpener(std::string_view t) {
  return t == "\"" || t == "'" || t == "\u201C" || t == "\u2018" || t == "(" || t == "[" ||
         t == "\u00AB" || t == "\u2039";
}
// "?", "!", "?!", "!!!" …
bool IsStopRun(std::string_view t) {
  return !t.empty() && t.find_first_not_of("!?") == std::string_view::npos;
}
bool IsTerminator(std::string_view t) {
  return t == "." || IsStopRun(t) || t == "\u2026" || t == "...";
}
// Months and weekdays: "Nov. 20", "on Sat. you said", but also "… until the Sun. The …".
bool IsMonthAbbreviation(std::string_view w) {
  return w == "Jan" || w == "Feb" || w == "Mar" || w == "Apr" || w == "Jun" || w == "Jul" ||
         w == "Aug" || w == "Sep" || w == "Sept" || w == "Oct" || w == "Nov" || w == "Dec" ||
         w == "Mon" || w == "Tue" || w == "Tues" || w == "Wed" || w == "Thu" || w == "Thur" ||
         w == "Thurs" || w == "Fri" || w == "Sat" || w == "Sun";
}

// The tokens of one line and the text, for the boundary rules below.
struct LineView {
  std::string_view text;
  const std::vector<Token>* tokens;
  size_t first;
  size_t last;  // one past

  std::string_view Tok(size_t i) const { return (*tokens)[i].span.Of(text); }
  TokenKind Kind(size_t i) const { return (*tokens)[i].kind; }
  // The first word or number at or after i, skipping opening quotes; last when none.
  size_t NextWord(size_t i) const {
    for (size_t k = i; k < last && k < i + 3; ++k) {
      if (Kind(k) == TokenKind::kWord || Kind(k) == TokenKind::kNumber) return k;
      if (!IsOpener(Tok(k))) return last;
    }
    return last;
  }
  // The token that ends the sentence before i, skipping closing quotes and brackets.
  size_t PrevNonCloser(size_t i) const {
    size_t p = i - 1;
    while (p > first && IsCloser(Tok(p))) --p;
    return p;
  }
};

bool StartsLower(std::string_view w) { return u_islower(static_cast<UChar32>(FirstCp(w))); }

bool IsQuoteCloser(std::string_view t) {
  return t == "\"" || t == "'" || t == "\u201D" || t == "\u2019" || t == "\u00BB" || t == "\u203A";
}

// Whether a closing quote lies between token p and token k.
bool QuoteBetween(const LineView& v, size_t p, size_t k) {
  for (size_t i = p + 1; i < k; ++i) {
    if (IsQuoteCloser(v.Tok(i))) return true;
  }
  return false;
}

// Whether a candidate break before token k (first token of the next sentence) stands.
bool AcceptBreak(const LineView& v, size_t k) {
  if (k <= v.first || k >= v.last) return false;
  const size_t p = v.PrevNonCloser(k);
  std::string_view t = v.Tok(p);
  const size_t nw = v.NextWord(k);
  std::string_view next = nw < v.last ? v.Tok(nw) : std::string_view();
  const bool next_lower = !next.empty() && StartsLower(next);
  const bool next_number = nw < v.last && v.Kind(nw) == TokenKind::kNumber;
  if (v.Kind(p) == TokenKind::kWord && t.size() > 1 && t.back() == '.') {
    std::string_view base = t.substr(0, t.size() - 1);
    if (IsMonthAbbreviation(base) || base == "No") return !next_number && IsSentenceStarter(next);
    if (IsLeadingAbbreviation(base)) return false;  // "Gen. Smith", "Mr. Jones"
    return !next_lower && IsSentenceStarter(next);  // "U.S. officials" vs "U.S. The"
  }
  if (t == "\u2026" || t == "...") return !next_lower;  // "and then... nothing"
  if (t == "." || IsStopRun(t)) {
    // A lowercase start after a full stop is still a new sentence in informal text ("sounds
    // good. see you"), unless a closing quote comes between: "“Why?” he asked."
    return !next_lower || !QuoteBetween(v, p, k);
  }
  return true;
}

// Breaks ICU never proposes: a stop, "?" or "!" token followed by a lowercase word.
void LowercaseStartBreaks(const LineView& v, std::vector<uint8_t>* brk) {
  for (size_t i = v.first; i + 1 < v.last; ++i) {
    std::string_view t = v.Tok(i);
    if (t != "." && !IsStopRun(t)) continue;
    size_t j = i + 1;
    while (j < v.last && IsCloser(v.Tok(j))) ++j;
    if (j >= v.last) continue;
    const size_t nw = v.NextWord(j);
    if (nw >= v.last || !StartsLower(v.Tok(nw))) continue;
    if (AcceptBreak(v, j)) (*brk)[j - v.first] = 1;
  }
}

// Breaks ICU's abbreviation suppression hides: "… in the U.S. The talks …".
bool AbbreviationEndsSentence(const LineView& v, size_t i, size_t* next_start) {
  if (v.Kind(i) != TokenKind::kWord) return false;
  std::string_view t = v.Tok(i);
  if (t.size() < 2 || t.back() != '.') return false;
  std::string_view base = t.substr(0, t.size() - 1);
  if (IsLeadingAbbreviation(base) && !IsMonthAbbreviation(base)) return false;
  size_t j = i + 1;
  while (j < v.last && IsCloser(v.Tok(j))) ++j;
  if (j >= v.last) return false;
  const size_t nw = v.NextWord(j);
  if (nw >= v.last || !IsSentenceStarter(v.Tok(nw))) return false;
  *next_start = j;
  return true;
}

// Without ICU: breaks after terminators (and closers) before an uppercase or opening token.
void FallbackBreaks(const LineView& v, std::vector<uint8_t>* brk) {
  for (size_t i = v.first; i + 1 < v.last; ++i) {
    if (!IsTerminator(v.Tok(i))) continue;
    size_t j = i + 1;
    while (j < v.last && IsCloser(v.Tok(j))) ++j;
    if (j < v.last && AcceptBreak(v, j)) (*brk)[j - v.first] = 1;
  }
}

void IcuBreaks(icu::BreakIterator* iter, const LineView& v, size_t line_begin, size_t line_end,
               std::vector<uint8_t>* brk) {
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, v.text.data() + line_begin, static_cast<int64_t>(line_end - line_begin),
                 &status);
  if (U_FAILURE(status)) {
    FallbackBreaks(v, brk);
    return;
  }
  iter->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    FallbackBreaks(v, brk);
    return;
  }
  size_t k = v.first;
  for (int32_t b = iter->next(); b != icu::BreakIterator::DONE; b = iter->next()) {
    const size_t abs = line_begin + static_cast<size_t>(b);
    if (abs >= line_end) break;
    while (k < v.last && (*v.tokens)[k].span.begin < abs) ++k;
    if (k >= v.last) break;
    if (AcceptBreak(v, k)) (*brk)[k - v.first] = 1;
  }
  utext_close(&ut);
}

// Reference marks after a full stop belong to the sentence they cite ("… in 1805. [19] The
// …"): a break before "[19]" moves after it (and after "[19][20]").
void MoveBreaksAfterCitations(const LineView& v, std::vector<uint8_t>* brk) {
  auto citation_at = [&v](size_t k) {
    return k + 2 < v.last && v.Tok(k) == "[" && v.Kind(k + 1) == TokenKind::kNumber &&
           v.Tok(k + 2) == "]";
  };
  for (size_t k = v.first + 1; k < v.last; ++k) {
    if (!(*brk)[k - v.first] || !citation_at(k)) continue;
    size_t end = k;
    while (citation_at(end)) end += 3;
    (*brk)[k - v.first] = 0;
    if (end < v.last) (*brk)[end - v.first] = 1;
    k = end;
  }
}

bool EndsWithTerminator(const LineView& v, size_t begin, size_t end) {
  size_t p = end - 1;
  while (p > begin && IsCloser(v.Tok(p))) --p;
  std::string_view t = v.Tok(p);
  if (IsTerminator(t)) return true;
  // "… in the U.S." ends with the abbreviation's own period.
  return v.Kind(p) == TokenKind::kWord && t.size() > 1 && t.back() == '.' && LastCp(t) == '.';
}

}  // namespace

bool IsSentenceStarter(std::string_view word) {
  static const std::unordered_set<std::string_view>* const kStarters =
      new std::unordered_set<std::string_view>{"The",
                                               "This",
                                               "That",
                                               "These",
                                               "Those",
                                               "He",
                                               "She",
                                               "It",
                                               "They",
                                               "We",
                                               "I",
                                               "You",
                                               "But",
                                               "And",
                                               "Or",
                                               "So",
                                               "Yet",
                                               "In",
                                               "On",
                                               "At",
                                               "As",
                                               "After",
                                               "Before",
                                               "While",
                                               "When",
                                               "Meanwhile",
                                               "However",
                                               "Still",
                                               "Also",
                                               "Then",
                                               "There",
                                               "Here",
                                               "A",
                                               "An",
                                               "Its",
                                               "His",
                                               "Her",
                                               "Their",
                                               "Our",
                                               "My",
                                               "Your",
                                               "If",
                                               "Although",
                                               "Though",
                                               "Despite",
                                               "Since",
                                               "For",
                                               "With",
                                               "Without",
                                               "By",
                                               "From",
                                               "To",
                                               "Of",
                                               "According",
                                               "Earlier",
                                               "Later",
                                               "Now",
                                               "Today",
                                               "Yesterday",
                                               "Tomorrow",
                                               "Last",
                                               "Next",
                                               "Some",
                                               "Many",
                                               "Most",
                                               "Both",
                                               "Each",
                                               "Every",
                                               "All",
                                               "No",
                                               "Not",
                                               "What",
                                               "Why",
                                               "How",
                                               "Who",
                                               "Whom",
                                               "Where",
                                               "Which",
                                               "Over",
                                               "Under",
                                               "Instead",
                                               "Further",
                                               "Furthermore",
                                               "Moreover",
                                               "Indeed",
                                               "Even",
                                               "Only",
                                               "Among",
                                               "During",
                                               "Following",
                                               "Asked",
                                               "Speaking",
                                               "One",
                                               "Two",
                                               "Three",
                                               "Several",
                                               "Such",
                                               "Once",
                                               "Until",
                                               "Unless",
                                               "Because",
                                               "Whether",
                                               "Nor",
                                               "Other",
                                               "Another",
                                               "Again",
                                               "Finally",
                                               "First",
                                               "Second",
                                               "Third",
                                               "Thus",
                                               "Hence",
                                               "Nevertheless",
                                               "Nonetheless",
                                               "Otherwise",
                                               "Besides",
                                               "Already",
                                               "Just",
                                               "Neither",
                                               "Either",
                                               "Few",
                                               "More",
                                               "Less",
                                               "Much",
                                               "Any",
                                               "Do",
                                               "Does",
                                               "Did",
                                               "Is",
                                               "Are",
                                               "Was",
                                               "Were",
                                               "Has",
                                               "Have",
                                               "Had",
                                               "Will",
                                               "Would",
                                               "Can",
                                               "Could",
                                               "Should",
                                               "May",
                                               "Might",
                                               "Must",
                                               "Let",
                                               "Please",
                                               "Yes",
                                               "Well",
                                               "Like",
                                               "Unlike",
                                               "Amid",
                                               "Against",
                                               "Between",
                                               "Beyond",
                                               "Within",
                                               "Through",
                                               "Throughout",
                                               "Across",
                                               "Around",
                                               "Behind",
                                               "Inside",
                                               "Outside",
                                               "Near",
                                               "Above",
                                               "Below",
                                               "About",
                                               "Into",
                                               "Upon",
                                               "Toward",
                                               "Towards",
                                               "Regardless",
                                               "Overall",
                                               "Separately",
                                               "Additionally",
                                               "Ultimately",
                                               "Currently",
                                               "Recently",
                                               "Previously",
                                               "Initially",
                                               "Eventually",
                                               "Officially",
                                               "Reportedly",
                                               "Apparently",
                                               "Clearly",
                                               "Perhaps",
                                               "Maybe",
                                               "Often",
                                               "Sometimes",
                                               "Never",
                                               "Always",
                                               "Because",
                                               "Anyway",
                                               "Everyone",
                                               "Everything",
                                               "Nobody",
                                               "Nothing",
                                               "Someone",
                                               "Something",
                                               "Others",
                                               "Those",
                                               "Whatever",
                                               "Whoever",
                                               "Together",
                                               "Altogether",
                                               "Elsewhere",
                                               "Afterward",
                                               "Afterwards",
                                               "Soon",
                                               "Later",
                                               "Shortly",
                                               "Once",
                                               "Although",
                                               "Whereas",
                                               "Given",
                                               "Asked",
                                               "Having",
                                               "Being",
                                               "Seeking",
                                               "Following",
                                               "Leave",
                                               "Read",
                                               "See",
                                               "Watch",
                                               "Back",
                                               "Home",
                                               "Related",
                                               "Share",
                                               "Tags",
                                               "Photo",
                                               "Video",
                                               "Image",
                                               "Updated"};
  return kStarters->count(word) > 0;
}

void SplitLineIntoSentences(std::string_view text, size_t line_begin, size_t line_end,
                            uint32_t paragraph, size_t first_token, AnnotatedDoc* doc) {
  const std::vector<Token>& tokens = doc->tokens;
  const size_t last = tokens.size();
  if (first_token >= last) return;
  LineView v{text, &tokens, first_token, last};
  std::vector<uint8_t> brk(last - first_token, 0);  // break before token i
  if (icu::BreakIterator* iter = SentenceIterator()) {
    IcuBreaks(iter, v, line_begin, line_end, &brk);
  } else {
    FallbackBreaks(v, &brk);
  }
  LowercaseStartBreaks(v, &brk);
  MoveBreaksAfterCitations(v, &brk);
  for (size_t i = first_token; i + 1 < last; ++i) {
    size_t next_start = 0;
    if (AbbreviationEndsSentence(v, i, &next_start)) brk[next_start - first_token] = 1;
  }

  AppendLineSentences(text, tokens, first_token, last, brk, paragraph, &doc->sentences);
}

void AppendLineSentences(std::string_view text, const std::vector<Token>& tokens,
                         size_t first_token, size_t end_token, const std::vector<uint8_t>& starts,
                         uint32_t paragraph, std::vector<Sentence>* out) {
  if (first_token >= end_token) return;
  LineView v{text, &tokens, first_token, end_token};
  const size_t first_sentence = out->size();
  size_t start = first_token;
  for (size_t i = first_token + 1; i <= end_token; ++i) {
    if (i < end_token && !starts[i - first_token]) continue;
    Sentence s;
    s.span = {tokens[start].span.begin, tokens[i - 1].span.end};
    s.token_begin = static_cast<uint32_t>(start);
    s.token_end = static_cast<uint32_t>(i);
    s.paragraph = paragraph;
    out->push_back(s);
    start = i;
  }
  // A heading: the whole line is one sentence without final punctuation, and short.
  if (out->size() == first_sentence + 1) {
    size_t words = 0;
    for (size_t i = first_token; i < end_token; ++i) words += tokens[i].kind == TokenKind::kWord;
    Sentence& s = out->back();
    s.heading = words > 0 && words <= 40 && !EndsWithTerminator(v, first_token, end_token);
  }
}

}  // namespace corroborate

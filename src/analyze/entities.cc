#include "analyze/entities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/entity_institutions.h"
#include "analyze/entity_lexicon.h"
#include "analyze/sentences.h"
#include "analyze/syntax.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxRoleTokens = 24;

// How sure a type decision is; a stronger cue overrides a weaker one. The entity recogniser's
// type (kModel, see ApplyModelTypes) never overrides the curated lexicon or a name's own shape
// ("… Ministry", a masthead), which are kStrong.
enum Strength : uint8_t { kUnknown = 0, kWeak = 1, kMedium = 2, kModel = 3, kStrong = 4 };

// A name candidate: a run of tokens (or part of one hyphenated token) with its type and role.
struct Candidate {
  TextSpan span;
  size_t tok_begin = 0;  // token range [tok_begin, tok_end) the name covers
  size_t tok_end = 0;
  uint32_t sentence = 0;
  EntityType type = EntityType::kOther;
  Strength strength = kUnknown;
  bool from_lexicon = false;
  TextSpan role;
  TextSpan alias;
  bool part_of_token = false;  // a part of a hyphenated compound ("Putin" in "Putin-Trump")
  bool person_cue = false;     // a role, first name or "…,” said X" marks a person
  bool speech_cue = false;     // followed by a speech verb (countries "say" things too)
  bool from_model = false;     // the entity recogniser found this name (model_type)
  EntityType model_type = EntityType::kOther;
  bool dropped = false;  // a name used as a common noun ("a diplomatic Groundhog Day")

  void SetType(EntityType t, Strength s) {
    if (s > strength) {
      type = t;
      strength = s;
    }
  }
};

bool IsUpperCp(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

char32_t FirstCp(std::string_view s) {
  if (s.empty()) return 0;
  size_t p = 0;
  return utf8::Next(s, &p);
}

EntityType FromLexicon(LexiconClass c) {
  switch (c) {
    case LexiconClass::kPlace:
      return EntityType::kPlace;
    case LexiconClass::kOrganization:
      return EntityType::kOrganization;
    case LexiconClass::kGroup:
      return EntityType::kGroup;
    default:
      return EntityType::kOther;
  }
}

bool IsAcronym(std::string_view w) {
  size_t letters = 0;
  size_t p = 0;
  while (p < w.size()) {
    char32_t c = utf8::Next(w, &p);
    if (u_isalpha(static_cast<UChar32>(c))) {
      if (!u_isupper(static_cast<UChar32>(c))) return false;
      ++letters;
    } else if (!u_isdigit(static_cast<UChar32>(c))) {
      return false;
    }
  }
  return letters >= 2;
}

bool IsPossessive(std::string_view t) { return t == "'s" || t == "\u2019s" || t == "'S"; }

// "We're", "They'll", "Don't": capitalized but not names.
bool IsContraction(std::string_view t) {
  size_t a = t.rfind('\'');
  size_t c = t.rfind("\u2019");
  size_t cut = std::string_view::npos;
  if (a != std::string_view::npos) cut = a + 1;
  if (c != std::string_view::npos && (cut == std::string_view::npos || c + 3 > cut)) cut = c + 3;
  if (cut == std::string_view::npos) return false;
  std::string_view tail = t.substr(cut);
  return tail == "re" || tail == "ll" || tail == "ve" || tail == "m" || tail == "d" || tail == "t";
}

// Tokens like "al-Assad", "bin-Salman": a lowercase particle glued to a capitalized name.
bool IsParticleName(std::string_view w) {
  size_t h = w.find('-');
  if (h == std::string_view::npos || h + 1 >= w.size()) return false;
  std::string_view p = w.substr(0, h);
  if (p != "al" && p != "el" && p != "ad" && p != "as" && p != "ash" && p != "bin" && p != "ibn" &&
      p != "abu") {
    return false;
  }
  return IsUpperCp(FirstCp(w.substr(h + 1)));
}

// Last words of news outlet names ("the Northern Observer", "the Daily Courier"). General
// vocabulary of mastheads, not a list of outlets.
bool IsOutletWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "Observer",   "Courier",     "Gazette",    "Ledger",   "Post",         "Times",
      "Herald",     "Journal",     "Tribune",    "News",     "Press",        "Agency",
      "Radio",      "TV",          "Television", "Pravda",   "Chronicle",    "Telegraph",
      "Standard",   "Independent", "Guardian",   "Mirror",   "Monitor",      "Review",
      "Daily",      "Weekly",      "Express",    "Record",   "Register",     "Inquirer",
      "Examiner",   "Bulletin",    "Dispatch",   "Sentinel", "Globe",        "Mail",
      "Advertiser", "Gazeta",      "Gazzetta",   "Zeitung",  "Kurier",       "Vedomosti",
      "Izvestia",   "Pravda",      "Kommersant", "Wire",     "Broadcasting", "Network",
      "Magazine",   "Digest",      "Reporter",   "Star",     "Sun",          "Voice",
      "Messenger",  "Leader",      "Argus",      "Clarion",  "Informer",     "Vesti",
      "Novosti"};
  return kWords.count(w) > 0;
}

// "Courier" for "Daily Courier".
std::string_view LastWordOf(std::string_view name) {
  const size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// Capitalized words that head an "X of Y" name that is not a person ("Gulf of Mexico",
// "Museum of Modern Art", "Republic of Korea"), besides organization heads and titles.
bool IsOfNameHead(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "Gulf",         "Sea",    "Strait",    "Straits",      "Bay",        "Isle",
      "Isles",        "Cape",   "Lake",      "Mount",        "Port",       "Republic",
      "Kingdom",      "State",  "States",    "Province",     "Museum",     "Gallery",
      "Library",      "Church", "Cathedral", "Palace",       "Tower",      "Hall",
      "Statue",       "Duke",   "Duchess",   "Earl",         "Archbishop", "Bishop",
      "Lord",         "House",  "Islands",   "Commonwealth", "Sultanate",  "Emirate",
      "Principality", "Order",  "Battle",    "Siege",        "Treaty",     "Declaration",
      "Charter",      "Day",    "Festival",  "City",         "Town"};
  return kWords.count(w) > 0;
}

// "Tarsian", "Lornese", "Varnish": a capitalized adjective of nationality, as in
// "Tarsian Foreign Minister Ana Vel".
bool LooksLikeDemonym(std::string_view t) {
  if (t.size() < 5) return false;
  for (std::string_view suf : {"ian", "ean", "ese", "ish", "an", "ic"}) {
    if (t.size() > suf.size() && t.substr(t.size() - suf.size()) == suf) return true;
  }
  return false;
}

bool IsQuoteMark(std::string_view t) {
  return t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u00AB" || t == "\u00BB" ||
         t == "\u201E";
}

// "The Northern Ledger" and "the northern ledger" match; a leading "The" is not compared.
bool SameOutletName(std::string_view a, std::string_view b) {
  auto strip = [](std::string_view s) {
    if (s.size() > 4 && (s[0] == 'T' || s[0] == 't') && s[1] == 'h' && s[2] == 'e' && s[3] == ' ') {
      s.remove_prefix(4);
    }
    return s;
  };
  a = strip(a), b = strip(b);
  if (a.size() != b.size() || a.empty()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

class EntityFinder {
 public:
  EntityFinder(AnnotatedDoc* doc, std::span<const ModelEntity> model)
      : doc_(*doc), text_(doc->text()), model_(model) {}

  void Run() {
    PrepareTokens();
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) FindInSentence(s);
    if (!model_.empty()) MergeModelEntities();
    ResolveDocumentLevel();
    if (!model_.empty()) ApplyModelTypes();
    FindInstitutions();
    DropCommonNounUses();
    FindAliases();
    Emit();
  }

 private:
  // ---- token helpers ----
  size_t NumTokens() const { return doc_.tokens.size(); }
  std::string_view Tok(size_t i) const { return doc_.tokens[i].span.Of(text_); }
  bool IsWord(size_t i) const { return doc_.tokens[i].kind == TokenKind::kWord; }
  bool IsCap(size_t i) const { return cap_[i] != 0; }
  TextSpan SpanOf(size_t b, size_t e) const {
    return {doc_.tokens[b].span.begin, doc_.tokens[e - 1].span.end};
  }
  const Sentence& Sent(uint32_t s) const { return doc_.sentences[s]; }

  // A short line in title case ("What's Next?") is treated like a heading.
  bool LooksTitleCase(const Sentence& s) const {
    size_t words = 0, caps = 0;
    for (size_t i = s.token_begin; i < s.token_end; ++i) {
      if (!IsWord(i) || IsPossessive(Tok(i)) || IsNameConnector(Tok(i)) || IsDeterminer(Tok(i))) {
        continue;
      }
      ++words;
      caps += cap_[i];
    }
    return words >= 2 && words <= 12 && caps == words;
  }

  void PrepareTokens() {
    const size_t n = NumTokens();
    cap_.assign(n, 0);
    initial_.assign(n, 0);
    cand_at_.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
      if (!IsWord(i)) continue;
      std::string_view t = Tok(i);
      cap_[i] = (IsUpperCp(FirstCp(t)) && !IsContraction(t)) || IsParticleName(t);
    }
    of_split_.assign(n, 0);
    outlet_at_.assign(n, 0);
    dateline_at_.assign(n, 0);
    title_case_.assign(doc_.sentences.size(), 0);
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      title_case_[si] = doc_.sentences[si].heading || LooksTitleCase(doc_.sentences[si]);
    }
    for (const Sentence& s : doc_.sentences) {
      bool first = true;
      for (size_t i = s.token_begin; i < s.token_end; ++i) {
        if (!IsWord(i) && doc_.tokens[i].kind != TokenKind::kNumber) continue;
        std::string_view before = i > s.token_begin ? Tok(i - 1) : std::string_view();
        if (before == "\u201C" || before == "\"" || before == "\u00AB" || before == ":") {
          initial_[i] = 1;  // a quotation or list item starts a new sentence
        }
        if (first) {
          initial_[i] = 1;
          first = false;
          continue;
        }
        if (s.heading) continue;
        std::string_view t = Tok(i);
        if (IsCap(i)) {
          mid_caps_.insert(t);
        } else if (IsWord(i)) {
          lower_words_.insert(t);
        }
      }
      // Lone capitalized words mid-sentence ("Sarkan said", "talks in Tarsk").
      for (size_t i = s.token_begin; !s.heading && i + 1 < s.token_end; ++i) {
        const bool alone_before =
            i == s.token_begin || (!IsCap(i - 1) && !IsNameConnector(Tok(i - 1)));
        if (IsCap(i) && alone_before && !IsCap(i + 1) && !IsNameConnector(Tok(i + 1))) {
          lone_caps_.insert(Tok(i));
        }
      }
      // Words in headings and at sentence starts still count as lowercase evidence.
      for (size_t i = s.token_begin; i < s.token_end; ++i) {
        if (IsWord(i) && !IsCap(i)) lower_words_.insert(Tok(i));
      }
    }
  }

  // Whether the lowercase form of a capitalized word occurs in the document ("Despite").
  bool SeenLowercase(std::string_view w) const {
    if (w.empty() || static_cast<unsigned char>(w[0]) >= 0x80) return false;
    std::string lower(w);  // short words: small-string storage, no heap allocation
    if (lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
    return lower_words_.count(std::string_view(lower)) > 0;
  }

  bool InLexicon(std::string_view w) const {
    LexiconClass c = LookupName(w);
    return c != LexiconClass::kNone && c != LexiconClass::kNotEntity;
  }

  // The tagger's XPOS of the last word of token i ("" without the models).
  std::string_view XposOf(size_t i) const {
    auto it = std::upper_bound(doc_.words.begin(), doc_.words.end(), i,
                               [](size_t tok, const Word& w) { return tok < w.token; });
    if (it == doc_.words.begin() || std::prev(it)->token != i) return {};
    return std::prev(it)->xpos;
  }

  // ---- candidates in one sentence ----

  // Whether a capitalized token in a doubtful position (heading, sentence start) is a name.
  bool KeepDoubtful(size_t i, size_t run_b, size_t run_e, const Sentence& s) const {
    std::string_view t = Tok(i);
    if (LookupName(t) == LexiconClass::kNotEntity) return false;
    if (InLexicon(t) || IsGivenName(t)) return true;
    if (i + 1 < run_e &&
        InLexicon(TextSpan{doc_.tokens[i].span.begin, doc_.tokens[i + 1].span.end}.Of(text_))) {
      return true;
    }
    if (i > run_b &&
        InLexicon(TextSpan{doc_.tokens[i - 1].span.begin, doc_.tokens[i].span.end}.Of(text_))) {
      return true;
    }
    if (IsSentenceStarter(t)) return false;
    if (mid_caps_.count(t)) return true;
    if (s.heading || title_case_[static_cast<size_t>(&s - doc_.sentences.data())]) {
      return IsTitleWord(t) && i + 1 < run_e;
    }
    if (IsTitleWord(t) || IsRoleModifier(t)) return i + 1 < run_e;
    if (SeenLowercase(t)) return false;
    // "Residents of Velgrad", "Thousands of Kestrians": a plural common noun (as the tagger
    // reads it) opening a sentence before "of" heads a phrase, not a name.
    if (i + 1 < run_e && Tok(i + 1) == "of" && XposOf(i) == "NNS") return false;
    if (run_e - run_b >= 2) return true;
    return run_e < s.token_end && IsSpeechVerb(Tok(run_e));
  }

  void FindInSentence(uint32_t si) {
    const Sentence& s = Sent(si);
    std::vector<std::pair<size_t, size_t>> runs;
    size_t i = s.token_begin;
    if (const size_t dateline = DatelineEnd(i, s); dateline > i) {
      dateline_at_[i] = 1;
      runs.push_back({i, dateline});
      i = dateline;
    }
    while (i < s.token_end) {
      if (!IsCap(i)) {
        ++i;
        continue;
      }
      size_t e = i + 1;
      while (e < s.token_end) {
        if (IsCap(e)) {
          ++e;
        } else if (IsNameConnector(Tok(e))) {
          size_t k = e;  // "von der Leyen", "de la Cruz"
          while (k < s.token_end && k < e + 3 && IsNameConnector(Tok(k))) ++k;
          if (k >= s.token_end || !IsCap(k)) break;
          if (k == e + 1 && Tok(e) == "of" && PersonBeforeOf(i, e, k)) {
            of_split_[e] = 1;
            break;
          }
          e = k + 1;
        } else {
          break;
        }
      }
      // "The Northern Observer", "the Daily Courier": a masthead, kept whole even in a heading.
      size_t nb = i;
      if (IsDeterminer(Tok(nb)) && nb + 1 < e) ++nb;
      const bool after_the = nb > i || (i > s.token_begin && IsDeterminer(Tok(i - 1)));
      if (after_the && e - nb >= 2 && IsOutletWord(Tok(e - 1)) &&
          !InLexicon(SpanOf(nb, e).Of(text_))) {
        outlet_at_[nb] = 1;
        masthead_words_.insert(Tok(e - 1));
        runs.push_back({nb, e});
      } else {
        SplitDoubtful(i, e, si, &runs);
      }
      i = e;
    }
    MergeConjoinedOrganizations(&runs);
    for (auto [b, e] : runs) AddRun(b, e, si);
  }

  // "Edvin Moro of Tarsia": the two plain capitalized words before "of" look like a person's
  // name (a known first name, or a surname or the following name seen standing alone) rather
  // than the head of "Council of Europe", "Gulf of Mexico", "Secretary of State".
  bool PersonBeforeOf(size_t run_b, size_t of, size_t next) const {
    if (of < run_b + 2) return false;
    for (size_t k = of - 2; k < of; ++k) {
      std::string_view t = Tok(k);
      if (!IsCap(k) || IsOrgSuffix(t) || IsOrgHead(t) || IsTitleWord(t) || IsRoleModifier(t) ||
          IsPlaceNoun(t) || IsOfNameHead(t) || IsDeterminer(t) || InLexicon(t) ||
          LookupName(t) == LexiconClass::kNotEntity) {
        return false;
      }
    }
    if (InLexicon(SpanOf(of - 2, of).Of(text_))) return false;
    std::string_view after = Tok(next);
    return IsGivenName(Tok(of - 2)) || lone_caps_.count(Tok(of - 1)) > 0 || InLexicon(after) ||
           lone_caps_.count(after) > 0;
  }

  // Keeps the tokens of run [b, e) that pass the heading / sentence-start tests.
  void SplitDoubtful(size_t b, size_t e, uint32_t si,
                     std::vector<std::pair<size_t, size_t>>* runs) const {
    const Sentence& s = Sent(si);
    size_t start = kNone;
    for (size_t i = b; i <= e; ++i) {
      bool keep = false;
      if (i < e) {
        const bool doubtful = title_case_[si] || initial_[i];
        keep = IsCap(i) ? (!doubtful || KeepDoubtful(i, b, e, s)) : start != kNone;
      }
      if (keep && start == kNone) start = i;
      if (!keep && start != kNone) {
        size_t end = i;
        while (end > start && !IsCap(end - 1)) --end;  // no trailing connector
        if (end > start) runs->push_back({start, end});
        start = kNone;
      }
    }
  }

  // "National Security and Defense Council": one organization, not two names.
  void MergeConjoinedOrganizations(std::vector<std::pair<size_t, size_t>>* runs) const {
    std::vector<std::pair<size_t, size_t>> out;
    for (auto r : *runs) {
      if (!out.empty() && out.back().second + 1 == r.first &&
          (Tok(r.first - 1) == "and" || Tok(r.first - 1) == "&") &&
          IsOrgSuffix(Tok(r.second - 1)) &&
          !InLexicon(SpanOf(out.back().first, out.back().second).Of(text_)) &&
          !IsOrgSuffix(Tok(out.back().second - 1)) && !IsGivenName(Tok(out.back().first))) {
        out.back().second = r.second;
      } else {
        out.push_back(r);
      }
    }
    *runs = std::move(out);
  }

  Candidate MakeCandidate(size_t b, size_t e, uint32_t si) const {
    Candidate c;
    c.span = SpanOf(b, e);
    c.tok_begin = b;
    c.tok_end = e;
    c.sentence = si;
    return c;
  }

  void AddRun(size_t b, size_t e, uint32_t si) {
    // "The Guardian" and "The Hague" are names; "The United States" is "United States".
    if (e - b >= 2 && IsDeterminer(Tok(b)) && !InLexicon(SpanOf(b, e).Of(text_))) ++b;
    if (e - b == 1 && IsDeterminer(Tok(b))) return;
    // One letter ("X", or "X." where the tokenizer read a sentence's last letter as an
    // initial): a name only where the text says it is a platform.
    const bool initial = Tok(b).size() == 2 && Tok(b)[1] == '.';
    if (e - b == 1 && (utf8::CodepointCount(Tok(b)) == 1 || initial) && !InLexicon(Tok(b))) {
      if (!IsPlatformLetter(b, si)) return;
      Candidate letter = MakeCandidate(b, e, si);
      letter.span.end = letter.span.begin + 1;
      letter.part_of_token = initial;
      letter.SetType(EntityType::kOrganization, kStrong);
      Push(letter);
      return;
    }
    Candidate whole = MakeCandidate(b, e, si);
    if (dateline_at_[b]) {
      whole.SetType(EntityType::kPlace, kStrong);
      Push(whole);
      return;
    }
    std::string_view name = whole.span.Of(text_);
    LexiconClass lex = LookupName(name);
    if (lex == LexiconClass::kNotEntity) return;
    if (lex != LexiconClass::kNone) {
      whole.SetType(FromLexicon(lex), kStrong);
      whole.from_lexicon = true;
      Push(whole);
      return;
    }
    if (outlet_at_[b] || IsOrganizationShape(b, e)) {
      whole.SetType(EntityType::kOrganization, kStrong);
      Push(whole);
      return;
    }
    if (SplitTitlePrefix(b, e, si)) return;
    if (e - b == 1 && SplitHyphenated(b, si)) return;
    if (e - b == 1 && IsTitleWord(Tok(b))) return;  // "President" alone names no one
    Push(whole);
  }

  // A one-letter name is a platform only where the text says so: "posted on X", "On X, the
  // minister wrote", "X, formerly Twitter", "X (formerly Twitter)". A bare capital letter
  // elsewhere ("Plan B", "grade A") names nothing.
  bool IsPlatformLetter(size_t b, uint32_t si) const {
    const Sentence& s = Sent(si);
    std::string_view t = Tok(b);
    const bool initial = t.size() == 2 && t[1] == '.';  // "posted on X." read as an initial
    if ((t.size() != 1 && !initial) || t[0] < 'A' || t[0] > 'Z') return false;
    const bool ends =
        initial || b + 1 >= s.token_end || doc_.tokens[b + 1].kind == TokenKind::kPunct;
    if (b > s.token_begin && ends) {
      std::string_view prev = Tok(b - 1);
      if (prev == "on" || prev == "On" || prev == "via") return true;
    }
    if (b + 2 < s.token_end && (Tok(b + 1) == "," || Tok(b + 1) == "(")) {
      std::string_view next = Tok(b + 2);
      return next == "formerly" || next == "previously";
    }
    return false;
  }

  // A wire dateline opening a sentence: "TARSK, March 4 (KNA) —", "KYIV, Ukraine, Dec 2 —",
  // "GENEVA (Reuters) —". The all-capitals words are the place the story was filed from.
  // Returns the end of the place's tokens, or `b` when the sentence does not open so.
  size_t DatelineEnd(size_t b, const Sentence& s) const {
    size_t e = b;
    while (e < s.token_end && e < b + 3 && IsWord(e) && IsAllCapsWord(Tok(e))) ++e;
    if (e == b || e + 1 >= s.token_end) return b;
    std::string_view after = Tok(e);
    if (after == "(") {
      // "GENEVA (Reuters) —": an agency in parentheses, then a dash.
      size_t k = e + 1;
      while (k < s.token_end && k < e + 5 && Tok(k) != ")") ++k;
      if (k + 1 >= s.token_end || Tok(k) != ")") return b;
      std::string_view dash = Tok(k + 1);
      return dash == "\u2014" || dash == "\u2013" || dash == "-" || dash == "--" ? e : b;
    }
    if (after != ",") return b;
    size_t k = e + 1;
    // "KYIV, Ukraine, March 4": a region or country before the date.
    if (k + 2 < s.token_end && IsCap(k) && !IsDateWord(Tok(k)) && Tok(k + 1) == ",") k += 2;
    return IsDateWord(Tok(k)) ? e : b;
  }

  static bool IsAllCapsWord(std::string_view t) {
    size_t letters = 0;
    for (char ch : t) {
      if (ch >= 'A' && ch <= 'Z') {
        ++letters;
      } else if (ch != '-' && ch != '.' && ch != '\'') {
        return false;
      }
    }
    return letters >= 3;
  }

  // Month and weekday names as datelines write them ("March", "Dec", "Sept.", "Tuesday").
  static bool IsDateWord(std::string_view t) {
    static const std::unordered_set<std::string_view> kWords = {
        "January",   "February", "March",     "April",    "May",    "June",     "July",  "August",
        "September", "October",  "November",  "December", "Jan",    "Feb",      "Mar",   "Apr",
        "Jun",       "Jul",      "Aug",       "Sep",      "Sept",   "Oct",      "Nov",   "Dec",
        "Monday",    "Tuesday",  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    if (!t.empty() && t.back() == '.') t.remove_suffix(1);
    return kWords.count(t) > 0;
  }

  bool IsOrganizationShape(size_t b, size_t e) const {
    if (IsOrgSuffix(Tok(e - 1)) && !(e - b == 1 && IsTitleWord(Tok(b)))) return true;
    if (e - b >= 3 && IsOrgHead(Tok(b)) && Tok(b + 1) == "of") return true;
    return false;
  }

  // "US Secretary of State Marco Rubio": role "US Secretary of State", person "Marco Rubio";
  // lexicon words in the title ("US", "Russian", "NATO") are mentions of their own.
  bool SplitTitlePrefix(size_t b, size_t e, uint32_t si) {
    size_t i = b;
    bool has_title = false;
    while (i < e) {
      std::string_view t = Tok(i);
      if (IsTitleWord(t)) {
        has_title = true;
      } else if (!(IsRoleModifier(t) || InLexicon(t) || IsOrgSuffix(t) || t == "of" ||
                   (i == b && i + 1 < e && LooksLikeDemonym(t) &&
                    (IsTitleWord(Tok(i + 1)) || IsRoleModifier(Tok(i + 1)))))) {
        break;
      }
      ++i;
    }
    if (!has_title) return false;
    for (size_t k = b; k < i; ++k) {
      LexiconClass c = LookupName(Tok(k));
      if (c == LexiconClass::kNone || c == LexiconClass::kNotEntity) continue;
      Candidate sub = MakeCandidate(k, k + 1, si);
      sub.SetType(FromLexicon(c), kStrong);
      sub.from_lexicon = true;
      Push(sub);
    }
    if (i == e) return true;  // a bare title ("Foreign Minister"): no person named
    // Do not start a name with a connector.
    size_t nb = i;
    while (nb < e && !IsCap(nb)) ++nb;
    if (nb == e) return true;
    Candidate person = MakeCandidate(nb, e, si);
    person.SetType(EntityType::kPerson, kStrong);
    person.role = SpanOf(b, i);
    Push(person);
    return true;
  }

  // "Putin-Trump", "US-Russia": parts that are names elsewhere become their own mentions.
  bool SplitHyphenated(size_t ti, uint32_t si) {
    std::string_view t = Tok(ti);
    if (t.find('-') == std::string_view::npos) return false;
    std::vector<TextSpan> parts;
    bool all_cap = true, any_known = false, any_given = false;
    const uint32_t base = doc_.tokens[ti].span.begin;
    size_t start = 0;
    for (size_t p = 0; p <= t.size(); ++p) {
      if (p < t.size() && t[p] != '-') continue;
      std::string_view part = t.substr(start, p - start);
      if (!part.empty() && IsUpperCp(FirstCp(part))) {
        any_known = any_known || InLexicon(part) || mid_caps_.count(part) > 0;
        any_given = any_given || IsGivenName(part);
        parts.push_back({static_cast<uint32_t>(base + start), static_cast<uint32_t>(base + p)});
      } else {
        all_cap = false;
      }
      start = p + 1;
    }
    if (parts.empty()) return false;
    if (all_cap && (!any_known || any_given)) return false;  // "Jean-Pierre", "Rolls-Royce"
    for (const TextSpan& sp : parts) {
      std::string_view part = sp.Of(text_);
      LexiconClass lex = LookupName(part);
      if (lex == LexiconClass::kNotEntity) continue;
      // In "U.S.-led", only the known name counts; "Putin-Trump" keeps both names.
      if (!all_cap && lex == LexiconClass::kNone && !mid_caps_.count(part)) continue;
      Candidate c = MakeCandidate(ti, ti + 1, si);
      c.span = sp;
      c.part_of_token = true;
      if (lex != LexiconClass::kNone) {
        c.SetType(FromLexicon(lex), kStrong);
        c.from_lexicon = true;
      }
      Push(c);
    }
    return true;
  }

  void Push(Candidate c) {
    if (!c.part_of_token && cand_at_[c.tok_begin] < 0) {
      cand_at_[c.tok_begin] = static_cast<int32_t>(cands_.size());
    } else if (c.part_of_token && cand_at_[c.tok_begin] < 0) {
      cand_at_[c.tok_begin] = static_cast<int32_t>(cands_.size());
    }
    cands_.push_back(c);
  }

  // ---- the entity recogniser's names ----

  // The recogniser's names (analyze/syntax.h) give the types of the rules' candidates and add
  // the names the rules did not see (sentence starts, lone words). The rules keep their say
  // where they know more: lexicon names and name shapes (kStrong) keep their type, titles and
  // appositions still become roles, and in headings (title case: the model's casing features
  // mislead it) the model only types what the rules found.
  void MergeModelEntities() {
    last_word_.assign(NumTokens(), -1);
    for (size_t w = 0; w < doc_.words.size(); ++w) {
      if (doc_.words[w].token < NumTokens()) {
        last_word_[doc_.words[w].token] = static_cast<int32_t>(w);
      }
    }
    // The parse marks nationality adjectives the lexicons do not know ("Kestrian state
    // television"): a group, as a rule cue the model's guesses do not override.
    for (Candidate& c : cands_) {
      if (!c.part_of_token && c.tok_end == c.tok_begin + 1 && c.strength < kMedium &&
          ModelType(c.tok_begin, c.tok_end, EntityType::kPlace) == EntityType::kGroup) {
        c.SetType(EntityType::kGroup, kMedium);
      }
    }
    std::vector<int32_t> covering(NumTokens(), -1);  // a rule candidate over the token
    for (size_t ci = 0; ci < cands_.size(); ++ci) {
      for (size_t k = cands_[ci].tok_begin; k < cands_[ci].tok_end; ++k) {
        if (covering[k] < 0) covering[k] = static_cast<int32_t>(ci);
      }
    }
    for (const ModelEntity& m : model_) {
      if (m.word_begin >= m.word_end || m.word_end > doc_.words.size() ||
          m.sentence >= doc_.sentences.size() || m.type == EntityType::kOther) {
        continue;
      }
      const size_t b = doc_.words[m.word_begin].token;
      const size_t e = doc_.words[m.word_end - 1].token + 1;
      if (b >= e || e > NumTokens()) continue;
      const EntityType type = ModelType(b, e, m.type);
      if (type == EntityType::kOther) continue;
      bool overlaps = false;
      for (size_t k = b; k < e; ++k) {
        if (covering[k] < 0) continue;
        overlaps = true;
        TypeCandidate(&cands_[static_cast<size_t>(covering[k])], b, e, type);
      }
      if (!overlaps && title_case_[m.sentence] == 0 && AcceptModelOnly(b, e)) {
        Candidate c = MakeCandidate(b, e, m.sentence);
        c.from_model = true;
        c.model_type = type;
        cands_.push_back(c);
      }
    }
    // Back into text order, as the document-level passes expect.
    std::stable_sort(cands_.begin(), cands_.end(), [](const Candidate& a, const Candidate& b) {
      return a.span.begin < b.span.begin;
    });
    std::fill(cand_at_.begin(), cand_at_.end(), -1);
    for (size_t ci = 0; ci < cands_.size(); ++ci) {
      int32_t& at = cand_at_[cands_[ci].tok_begin];
      if (at < 0) at = static_cast<int32_t>(ci);
    }
  }

  // The model's type for the name [b, e), checked against the parse: one word modifying a
  // noun ("Kestrian state television", "the Tarsian minister") is a nationality adjective,
  // not the person, organisation or place the model may take it for; kOther = ignore it.
  EntityType ModelType(size_t b, size_t e, EntityType type) const {
    if (e - b != 1 || type == EntityType::kGroup || last_word_[b] < 0) return type;
    const size_t wi = static_cast<size_t>(last_word_[b]);
    const Word& w = doc_.words[wi];
    if (w.deprel == "amod" || w.upos == "ADJ") {
      return LooksLikeDemonym(Tok(b)) ? EntityType::kGroup : EntityType::kOther;
    }
    // "Kestrian state television" parsed as a compound: only the surest nationality endings.
    if (w.deprel == "compound" && w.head > static_cast<int32_t>(wi) &&
        !StartsCapitalized(doc_.words[static_cast<size_t>(w.head)].span.Of(text_))) {
      std::string_view t = Tok(b);
      for (std::string_view suffix : {"ian", "ean", "ese", "ish"}) {
        if (t.size() > suffix.size() + 2 && t.ends_with(suffix)) return EntityType::kGroup;
      }
    }
    return type;
  }

  // A rule candidate overlapping the model's name [b, e) takes its type when both end on the
  // same token (English names end on their head: "Bank of Tarsia"). A person the model finds
  // at the end of a longer run whose words before it end in a title is that title's holder:
  // "Fisheries Minister Ingrid Solberg" -> role "Fisheries Minister", person "Ingrid Solberg".
  void TypeCandidate(Candidate* c, size_t b, size_t e, EntityType type) {
    if (c->from_model || c->part_of_token || c->strength >= kStrong) return;
    if (c->tok_end != e) return;
    if (type == EntityType::kPerson && b > c->tok_begin && c->role.empty() &&
        IsTitleWord(Tok(b - 1))) {
      c->role = SpanOf(c->tok_begin, b);
      c->tok_begin = b;
      c->span = SpanOf(b, e);
    }
    c->from_model = true;
    c->model_type = type;
  }

  // The recogniser's types, decided per spelling over the whole document: a name takes the
  // type the model gives all its mentions, unless the rules' cues in the document say
  // otherwise (a surname of a person named in full, a title, "in X", "X and <place>"); when
  // the model contradicts itself or the rules, the rules' type stands. On names it has never
  // seen (invented places read as persons) the model is unsure, and the rules know more.
  void ApplyModelTypes() {
    struct Votes {
      uint8_t model = 0;  // bit per EntityType the model gave a mention
      uint8_t rules = 0;  // bit per EntityType the rules' cues gave a mention
    };
    auto bit = [](EntityType t) { return static_cast<uint8_t>(1u << static_cast<unsigned>(t)); };
    std::unordered_map<std::string_view, Votes> votes;
    // One-word names a person cue backs: the surname of a person named in full, or a name
    // with a title or "…,” said X". News introduces people in full first; a lone word the
    // model calls a person with none of these is more often a place it does not know.
    std::unordered_set<std::string_view> person_words;
    for (const Candidate& c : cands_) {
      Votes& v = votes[c.span.Of(text_)];
      if (c.from_model) v.model |= bit(c.model_type);
      if (c.strength >= kWeak && c.type != EntityType::kOther) v.rules |= bit(c.type);
      const bool person =
          c.type == EntityType::kPerson || (c.from_model && c.model_type == EntityType::kPerson);
      if (person && c.tok_end - c.tok_begin >= 2 && !c.part_of_token) {
        person_words.insert(Tok(c.tok_end - 1));
      }
      if (c.person_cue) person_words.insert(c.span.Of(text_));
    }
    for (Candidate& c : cands_) {
      if (c.strength >= kStrong || c.part_of_token) continue;
      const Votes& v = votes[c.span.Of(text_)];
      if (v.model == 0 || (v.model & (v.model - 1)) != 0) continue;  // none, or disagreeing
      if ((v.rules & ~v.model) != 0) continue;                       // the rules say otherwise
      if (v.model == bit(EntityType::kPerson) && c.tok_end - c.tok_begin == 1 &&
          !person_words.count(c.span.Of(text_))) {
        continue;
      }
      c.type = static_cast<EntityType>(std::countr_zero(v.model));
      c.strength = kModel;
    }
  }

  // A name only the model found: its first and last words capitalised, not a word the
  // lexicons know as no name ("Monday"), nor a lone sentence starter or title ("However",
  // "President").
  bool AcceptModelOnly(size_t b, size_t e) const {
    if (!IsCap(b) || !IsCap(e - 1)) return false;
    if (LookupName(SpanOf(b, e).Of(text_)) == LexiconClass::kNotEntity) return false;
    if (e - b == 1) {
      std::string_view t = Tok(b);
      if (IsSentenceStarter(t) || IsTitleWord(t) || IsRoleModifier(t)) return false;
      if (utf8::CodepointCount(t) == 1) return false;
      if (IsAcronym(t) && initial_[b]) return false;  // a dateline: "TARSK, March 4 —"
    }
    return true;
  }

  // ---- cues around a candidate ----

  // Walks back from token `from` over a title chain: "Kremlin spokesperson", "U.S. presidential
  // envoy", "the president's son-in-law". Returns the chain start, or `from` when none.
  size_t RoleChainBefore(size_t from, size_t sent_begin, bool has_title) const {
    size_t i = from;
    size_t start = from;
    while (i > sent_begin && from - i < kMaxRoleTokens) {
      const size_t k = i - 1;
      std::string_view t = Tok(k);
      bool take = false;
      if (IsWord(k) && IsTitleWord(t) && !(IsCap(k) && initial_[k] && IsSentenceStarter(t))) {
        take = true;
        has_title = true;
      } else if (has_title && IsWord(k)) {
        if (IsPossessive(t)) {
          take = k > sent_begin && IsWord(k - 1);
        } else if (IsCap(k)) {
          take = !IsSentenceStarter(t) && LookupName(t) != LexiconClass::kNotEntity;
        } else {
          take = IsRoleModifier(t) || (t.find('-') != std::string_view::npos &&
                                       IsUpperCp(FirstCp(t.substr(t.find('-') + 1))));
        }
      }
      if (!take) break;
      --i;
      if (has_title) start = i;
    }
    // Trim leading connectors and possessive marks.
    while (start < from && (Tok(start) == "of" || IsPossessive(Tok(start)))) ++start;
    return start;
  }

  // A news outlet: the article's own outlet; a quoted name that "reports" ("\"Daily Star\"
  // reported"); or "the X Courier", "The Y Observer" (a masthead word after "the").
  bool IsOutletMention(const Candidate& c, const Sentence& s) const {
    std::string_view name = c.span.Of(text_);
    const std::string& own = doc_.article->outlet;
    if (!own.empty() && SameOutletName(name, own)) return true;
    const size_t b = c.tok_begin, e = c.tok_end;
    if (b > s.token_begin && e + 1 < s.token_end && IsQuoteMark(Tok(b - 1)) &&
        IsQuoteMark(Tok(e))) {
      std::string_view v = Tok(e + 1);
      if (v == "," && e + 2 < s.token_end) v = Tok(e + 2);
      if (v == "reports" || v == "reported" || v == "wrote" || v == "writes" || v == "reporting" ||
          v == "cited" || v == "quoted") {
        return true;
      }
    }
    if (e - b >= 2 && b > s.token_begin && IsDeterminer(Tok(b - 1)) && IsOutletWord(Tok(e - 1))) {
      return true;
    }
    // "told the Courier", "the Courier's requests": a masthead word alone after "the" is the
    // short name of a masthead the document names in full, or of its own outlet.
    if (e - b == 1 && b > s.token_begin && IsDeterminer(Tok(b - 1)) && IsOutletWord(Tok(b)) &&
        (masthead_words_.count(Tok(b)) || LastWordOf(own) == Tok(b))) {
      return true;
    }
    // "Morning Gazette wrote that …" (a masthead that reports; not "Emily Post wrote")
    if (e - b >= 2 && e < s.token_end && IsOutletWord(Tok(e - 1)) && !IsGivenName(Tok(b))) {
      std::string_view v = Tok(e);
      return v == "wrote" || v == "writes" || v == "reported" || v == "reports";
    }
    return false;
  }

  // ", an aide to the Russian dictator," after a name. Returns an empty span when absent.
  TextSpan AppositionAfter(size_t e, const Sentence& s) const {
    if (e + 2 >= s.token_end || Tok(e) != ",") return {};
    size_t h = kNone;
    std::string_view first = Tok(e + 1);
    if (IsDeterminer(first) || IsRoleModifier(first)) {
      // "an aide to …", "the recently appointed head of …", "a Kremlin adviser"
      for (size_t k = e + 1; k < s.token_end && k <= e + 5; ++k) {
        std::string_view t = Tok(k);
        if (!IsWord(k) || IsSpeechVerb(t)) return {};
        if (IsTitleWord(t) && !IsDeterminer(t)) {
          h = k;
          break;
        }
      }
    } else if (IsWord(e + 1) && !IsCap(e + 1) && IsTitleWord(first)) {
      h = e + 1;  // "head of the fund"
    } else if (IsWord(e + 1) && !IsCap(e + 1) && IsWord(e + 2) && IsTitleWord(Tok(e + 2)) &&
               !IsSpeechVerb(first)) {
      h = e + 2;  // "managing director at …"
    }
    if (h == kNone) return {};
    size_t end = h + 1;
    while (end < s.token_end && end - e <= kMaxRoleTokens) {
      std::string_view t = Tok(end);
      if (t == "," || t == ";" || t == "\u2014" || t == "\u2013" || t == ")" || t == "(" ||
          t == ":" || t == "\u201C" || t == "\u201D" || t == "\"") {
        break;
      }
      if (doc_.tokens[end].kind == TokenKind::kPunct && end + 1 == s.token_end) break;
      ++end;
    }
    return SpanOf(e + 1, end);
  }

  // "… special envoy, Steve Witkoff, …": the role before a comma.
  TextSpan RoleBeforeComma(size_t b, const Sentence& s) const {
    if (b < s.token_begin + 2 || Tok(b - 1) != ",") return {};
    if (!IsWord(b - 2) || !IsTitleWord(Tok(b - 2)) || IsCap(b - 2)) return {};
    size_t start = RoleChainBefore(b - 1, s.token_begin, false);
    if (start >= b - 1) return {};
    return SpanOf(start, b - 1);
  }

  void ApplyCues(Candidate* c) {
    const Sentence& s = Sent(c->sentence);
    const size_t b = c->tok_begin;
    const size_t e = c->tok_end;
    const size_t n_tokens = e - b;
    std::string_view prev = b > s.token_begin ? Tok(b - 1) : std::string_view();
    std::string_view prev2 = b > s.token_begin + 1 ? Tok(b - 2) : std::string_view();
    std::string_view next = e < s.token_end ? Tok(e) : std::string_view();
    const bool person_shape = !c->from_lexicon && c->strength < kStrong && !c->part_of_token;

    if (!c->part_of_token && !c->from_lexicon && IsOutletMention(*c, s)) {
      c->SetType(EntityType::kOrganization, kStrong);
      c->role = {};
      return;
    }

    if (person_shape) {
      // Roles: a title chain right before, the title prefix already split, or an apposition.
      if (c->role.empty()) {
        size_t start = RoleChainBefore(b, s.token_begin, false);
        if (start < b) c->role = SpanOf(start, b);
      }
      if (c->role.empty()) c->role = RoleBeforeComma(b, s);
      if (c->role.empty()) c->role = AppositionAfter(e, s);
      if (!c->role.empty()) c->SetType(EntityType::kPerson, kMedium);
      if (!next.empty() && IsSpeechVerb(next)) {
        c->SetType(EntityType::kPerson, kMedium);
        c->speech_cue = true;
      }
      if (IsSpeechVerb(prev) && (prev2 == "," || prev2 == "\u201D" || prev2 == "\"")) {
        c->SetType(EntityType::kPerson, kMedium);  // "…,” said Smith.
        c->person_cue = true;
      }
      if (n_tokens >= 2 && IsGivenName(Tok(b))) c->SetType(EntityType::kPerson, kMedium);
      c->person_cue = c->person_cue || !c->role.empty() || (n_tokens >= 2 && IsGivenName(Tok(b)));
      if (n_tokens == 1 && IsAcronym(Tok(b))) c->SetType(EntityType::kOrganization, kMedium);
      // "the Biden administration", "the Merkel era": a leader's name before the noun for
      // their term of office. Nationality words ("the Kestrian government") are not people.
      if (n_tokens <= 2 && IsTermOfOfficeNoun(next) && c->type != EntityType::kGroup &&
          !LooksLikeDemonym(Tok(e - 1)) && !IsAcronym(Tok(e - 1))) {
        c->SetType(EntityType::kPerson, kMedium);
        c->person_cue = true;
      }
      // Place cues.
      if (!prev.empty() && IsCaptureVerb(prev)) c->SetType(EntityType::kPlace, kMedium);
      if (prev == "the" && !next.empty() && IsPlaceNoun(next)) {
        c->SetType(EntityType::kPlace, kMedium);
      }
      if (prev == "of" && !prev2.empty() && IsPlaceNoun(prev2)) {
        c->SetType(EntityType::kPlace, kMedium);
      }
      // "the capital Tarsk", "the port city Lorne"
      if (prev == "capital" || prev == "city" || prev == "town" || prev == "village" ||
          prev == "port" || prev == "settlement") {
        c->SetType(EntityType::kPlace, kMedium);
      }
      // "Edvin Moro of Tarsia": the person and the place or body they belong to.
      if (!next.empty() && of_split_[e]) c->SetType(EntityType::kPerson, kMedium);
      if (prev == "of" && of_split_[b - 1]) {
        c->SetType(IsOrgSuffix(Tok(e - 1)) ? EntityType::kOrganization : EntityType::kPlace,
                   kMedium);
      }
      if (!prev.empty() && IsPlacePreposition(prev) && n_tokens <= 2 && !IsGivenName(Tok(b))) {
        c->SetType(EntityType::kPlace, kWeak);
      }
    } else if (c->type == EntityType::kPerson && c->role.empty()) {
      c->role = AppositionAfter(e, s);
    }
  }

  static bool IsTermOfOfficeNoun(std::string_view w) {
    return w == "administration" || w == "presidency" || w == "era" || w == "premiership" ||
           w == "chancellorship";
  }

  // ---- document level ----

  void ResolveDocumentLevel() {
    for (Candidate& c : cands_) ApplyCues(&c);
    SpeakingPlaces();

    // Standalone single-token names, for the "later referred to by the last word" test.
    std::unordered_set<std::string_view> singles;
    for (const Candidate& c : cands_) {
      if (c.tok_end - c.tok_begin == 1 || c.part_of_token) singles.insert(c.span.Of(text_));
    }
    for (Candidate& c : cands_) {
      const size_t n = c.tok_end - c.tok_begin;
      if (c.part_of_token || n < 2 || n > 3 || c.strength >= kStrong) continue;
      if (c.type == EntityType::kPerson) continue;
      bool plain = true;
      for (size_t k = c.tok_begin; k < c.tok_end; ++k) plain = plain && IsCap(k);
      if (plain && singles.count(Tok(c.tok_end - 1))) c.SetType(EntityType::kPerson, kMedium);
      // A person cue beats a weak place cue.
      if (plain && singles.count(Tok(c.tok_end - 1)) && c.type != EntityType::kPerson &&
          c.strength < kStrong) {
        c.type = EntityType::kPerson;
      }
    }
    // Surnames of full names seen anywhere: "Putin" after "Vladimir Putin".
    std::unordered_set<std::string_view> surnames;
    for (const Candidate& c : cands_) {
      if (c.type == EntityType::kPerson && c.tok_end - c.tok_begin >= 2 && !c.part_of_token) {
        surnames.insert(Tok(c.tok_end - 1));
        surnames.insert(c.span.Of(text_));
      }
    }
    for (Candidate& c : cands_) {
      const bool single = c.part_of_token || c.tok_end - c.tok_begin == 1;
      if (!single || c.from_lexicon || c.strength >= kStrong) continue;
      if (surnames.count(c.span.Of(text_))) {
        c.type = EntityType::kPerson;
        c.strength = kMedium;
      }
    }
    PropagateConjunctions();
    // Same spelling, same type: untyped mentions take the type seen elsewhere.
    std::unordered_map<std::string_view, const Candidate*> typed;
    for (const Candidate& c : cands_) {
      if (c.strength < kMedium) continue;
      auto [it, inserted] = typed.emplace(c.span.Of(text_), &c);
      if (!inserted && c.strength > it->second->strength) it->second = &c;
    }
    for (Candidate& c : cands_) {
      if (c.strength >= kMedium) continue;
      auto it = typed.find(c.span.Of(text_));
      if (it != typed.end()) c.SetType(it->second->type, kMedium);
    }
  }

  // "Tarsia says…", "Diplomats in Lorne said": a one-word name that is a person only because a
  // speech verb follows is a place when the document uses it as a place ("in Tarsia") and
  // never marks it as a person otherwise.
  void SpeakingPlaces() {
    std::unordered_map<std::string_view, std::pair<bool, bool>> uses;  // place, person cue
    for (const Candidate& c : cands_) {
      auto& u = uses[c.span.Of(text_)];
      u.first = u.first || c.type == EntityType::kPlace;
      u.second = u.second || c.person_cue;
    }
    for (Candidate& c : cands_) {
      if (!c.speech_cue || c.person_cue || c.tok_end - c.tok_begin != 1 ||
          c.type != EntityType::kPerson || c.strength >= kStrong) {
        continue;
      }
      const auto& u = uses[c.span.Of(text_)];
      if (u.first && !u.second) {
        c.type = EntityType::kPlace;
        c.strength = kMedium;
      }
    }
    // A preposition before the speaker ("Diplomats in Lorne said") is a place cue too.
    for (Candidate& c : cands_) {
      const Sentence& s = Sent(c.sentence);
      if (c.speech_cue && !c.person_cue && c.tok_begin > s.token_begin &&
          c.tok_end - c.tok_begin == 1 && IsPlacePreposition(Tok(c.tok_begin - 1)) &&
          c.strength < kStrong) {
        c.type = EntityType::kPlace;
        c.strength = kMedium;
      }
    }
  }

  // "Zeleny Gai and Dobropillya": a name joined to a place by "and"/"or"/"," is a place.
  void PropagateConjunctions() {
    for (size_t k = 1; k < cands_.size(); ++k) {
      Candidate& c = cands_[k];
      const Candidate& p = cands_[k - 1];
      if (c.strength >= kMedium || c.part_of_token || p.part_of_token) continue;
      if (p.sentence != c.sentence || p.type != EntityType::kPlace || p.strength < kMedium) {
        continue;
      }
      if (p.tok_end + 1 != c.tok_begin) continue;
      std::string_view j = Tok(p.tok_end);
      if (j == "and" || j == "or" || j == ",") c.SetType(EntityType::kPlace, kMedium);
    }
    // "took Krasnoarmeysk (known in Ukraine as Pokrovsk) and Vovchansk": the conjunct after a
    // parenthesis joins the name before it.
    for (size_t k = 0; k < cands_.size(); ++k) {
      Candidate& c = cands_[k];
      if (c.strength >= kMedium || c.part_of_token) continue;
      const Sentence& s = Sent(c.sentence);
      if (c.tok_begin < s.token_begin + 3) continue;
      std::string_view j = Tok(c.tok_begin - 1);
      if (Tok(c.tok_begin - 2) != ")" || (j != "and" && j != "or" && j != ",")) continue;
      size_t open = c.tok_begin - 2;
      while (open > s.token_begin && Tok(open) != "(" && c.tok_begin - open < 12) --open;
      if (Tok(open) != "(" || open == s.token_begin) continue;
      for (size_t pi = k; pi-- > 0;) {
        const Candidate& p = cands_[pi];
        if (p.sentence != c.sentence || p.tok_end < open) break;
        if (p.tok_end == open && !p.part_of_token && p.type == EntityType::kPlace &&
            p.strength >= kMedium) {
          c.SetType(EntityType::kPlace, kMedium);
          break;
        }
      }
    }
  }

  // ---- lower-case institutions ----

  // "the Kestrian foreign ministry", "Varnia's defence ministry", "the US embassy": a
  // nationality word or a place's possessive followed by a lower-case institution phrase
  // becomes one organisation (replacing the nationality mention, which is its modifier);
  // "the central bank of Varnia" likewise, the place ending the name.
  void FindInstitutions() {
    person_words_.clear();
    for (const Candidate& c : cands_) {
      if (c.person_cue) person_words_.insert(c.span.Of(text_));
      if (c.type == EntityType::kPerson && c.tok_end - c.tok_begin >= 2 && !c.part_of_token) {
        person_words_.insert(Tok(c.tok_end - 1));
      }
    }
    for (size_t ci = 0; ci < cands_.size(); ++ci) {
      Candidate& c = cands_[ci];
      if (c.part_of_token || c.dropped || IsRuledPerson(c)) continue;
      const Sentence& s = Sent(c.sentence);
      if (const size_t end = InstitutionAfterOwner(c, s); end != kNone) {
        c.tok_end = end;
        c.span = SpanOf(c.tok_begin, end);
        c.type = EntityType::kOrganization;
        c.strength = kStrong;
        c.from_lexicon = false;
        c.role = {};
        continue;
      }
      // "the central bank of Varnia": an untyped name counts as the place (invented countries
      // often stay untyped); a person ("the government of Aurel Danek") does not.
      if (c.type != EntityType::kPlace && c.type != EntityType::kOther &&
          c.type != EntityType::kPerson) {
        continue;
      }
      if (c.tok_begin < s.token_begin + 3) continue;
      if (Tok(c.tok_begin - 1) != "of") continue;
      const size_t head = c.tok_begin - 2;
      const InstitutionHead kind = InstitutionHeadOf(Tok(head));
      if (kind == InstitutionHead::kNone) continue;
      size_t b = head;
      while (b > s.token_begin && IsInstitutionModifier(Tok(b - 1))) --b;
      if (kind == InstitutionHead::kBound && b == head) continue;
      if (b == s.token_begin || (Tok(b - 1) != "the" && Tok(b - 1) != "The")) continue;
      if (cand_at_[c.tok_begin] == static_cast<int32_t>(ci)) cand_at_[c.tok_begin] = -1;
      c.tok_begin = b;
      c.span = SpanOf(b, c.tok_end);
      c.type = EntityType::kOrganization;
      c.strength = kStrong;
      c.from_lexicon = false;
      if (cand_at_[b] < 0) cand_at_[b] = static_cast<int32_t>(ci);
    }
  }

  // A person by the rules' own cues (a title, a first name, "…,” said X", the surname of a
  // full name), not merely by a speech verb or the recogniser. The recogniser often calls an
  // invented country a person ("Varnia's defence ministry said"), so its word does not keep a name
  // from owning an institution.
  bool IsRuledPerson(const Candidate& c) const {
    if (c.type != EntityType::kPerson) return false;
    return c.tok_end - c.tok_begin > 1 || person_words_.count(c.span.Of(text_)) > 0;
  }

  // The end of "<owner> [’s] <modifiers> <head>" after candidate c, or kNone.
  size_t InstitutionAfterOwner(const Candidate& c, const Sentence& s) const {
    size_t k = c.tok_end;
    if (k >= s.token_end) return kNone;
    const std::string_view last = Tok(c.tok_end - 1);
    if (IsPossessive(Tok(k))) {
      // "Varnia's", not "Sarkan's": a place, or a name the document leaves untyped (invented
      // countries often are), but no person, group or organisation.
      if (c.type != EntityType::kPlace && c.type != EntityType::kOther &&
          c.type != EntityType::kPerson) {
        return kNone;
      }
      if (IsGivenName(Tok(c.tok_begin))) return kNone;
      ++k;
    } else {
      // A nationality word, or a country's initials used as one ("the US embassy").
      const bool nationality =
          c.tok_end - c.tok_begin == 1 && (c.type == EntityType::kGroup || LooksLikeDemonym(last));
      const bool initials = IsAcronym(last) && c.type == EntityType::kPlace;
      if (!nationality && !initials) return kNone;
    }
    size_t head = k;
    while (head < s.token_end && head < k + 3 && IsInstitutionModifier(Tok(head))) ++head;
    if (head >= s.token_end) return kNone;
    const std::string_view h = Tok(head);
    const InstitutionHead kind = InstitutionHeadOf(h);
    if (kind == InstitutionHead::kNone) return kNone;
    if (kind == InstitutionHead::kBound && head == k) return kNone;
    // "a Russian military aircraft": the adjective before a noun describes, it names no body.
    if (IsAdjectivalHead(h) && head + 1 < s.token_end && IsWord(head + 1) && !IsCap(head + 1) &&
        !IsNonNounAfterHead(head + 1)) {
      return kNone;
    }
    return head + 1;
  }

  // Whether the lower-case word at token i is something other than a noun (a verb, a
  // preposition): by the tagger's reading, else by a few function words and speech verbs.
  bool IsNonNounAfterHead(size_t i) const {
    std::string_view xpos = XposOf(i);
    if (!xpos.empty()) return !xpos.starts_with("NN");
    std::string_view t = Tok(i);
    return IsSpeechVerb(t) || IsPlacePreposition(t) || t == "has" || t == "had" || t == "have" ||
           t == "is" || t == "was" || t == "and" || t == "or" || t == "of" || t == "on" ||
           t == "to" || t == "will" || t == "would" || t == "did";
  }

  // "a diplomatic Groundhog Day", "a new Marshall Plan": a name after the indefinite article,
  // heading its noun phrase, is a common noun (an idiom, a title used as a type), not a
  // mention. "a Kremlin adviser" keeps "Kremlin": there the name modifies a noun.
  void DropCommonNounUses() {
    for (Candidate& c : cands_) {
      if (c.part_of_token || c.from_lexicon || c.type == EntityType::kGroup || !c.role.empty() ||
          c.person_cue || c.strength >= kStrong) {
        continue;
      }
      const Sentence& s = Sent(c.sentence);
      size_t k = c.tok_begin;
      while (k > s.token_begin && c.tok_begin - k < 3 && IsWord(k - 1) && !IsCap(k - 1) &&
             IsAdjectiveBefore(k - 1)) {
        --k;
      }
      if (k == s.token_begin) continue;
      std::string_view article = Tok(k - 1);
      if (article != "a" && article != "an" && article != "A" && article != "An") continue;
      // The phrase must end with the name: "a Boeing 737", "a Reuters reporter" go on.
      if (c.tok_end < s.token_end && doc_.tokens[c.tok_end].kind != TokenKind::kPunct &&
          (!IsWord(c.tok_end) || IsCap(c.tok_end) || !IsNonNounAfterHead(c.tok_end))) {
        continue;
      }
      c.dropped = true;
    }
  }

  // An adjective between "a" and a name: the tagger's JJ, else a common adjective ending.
  bool IsAdjectiveBefore(size_t i) const {
    std::string_view xpos = XposOf(i);
    if (!xpos.empty()) return xpos.starts_with("JJ");
    std::string_view t = Tok(i);
    for (std::string_view suf : {"ic", "al", "ous", "ive", "ful", "less", "ary", "able"}) {
      if (t.size() > suf.size() + 2 && t.ends_with(suf)) return true;
    }
    return t == "new" || t == "second" || t == "modern" || t == "real";
  }

  // "X (known in Ukraine as Y)", "X, also known as Y", "X (formerly Y)".
  void FindAliases() {
    // Spellings typed as a place somewhere in the document (for "X (Y)").
    std::unordered_map<std::string_view, int> place_uses;
    for (const Candidate& c : cands_) {
      if (c.type == EntityType::kPlace && c.strength >= kMedium) ++place_uses[c.span.Of(text_)];
    }
    for (size_t ci = 0; ci < cands_.size(); ++ci) {
      Candidate& c = cands_[ci];
      if (c.part_of_token) continue;
      const Sentence& s = Sent(c.sentence);
      if (ParenthesizedPlaceName(&c, s, place_uses)) continue;
      size_t k = c.tok_end;
      if (k >= s.token_end || (Tok(k) != "(" && Tok(k) != ",")) continue;
      ++k;
      while (k < s.token_end && (Tok(k) == "also" || Tok(k) == "now" || Tok(k) == "locally" ||
                                 Tok(k) == "officially" || Tok(k) == "widely")) {
        ++k;
      }
      if (k >= s.token_end) continue;
      bool place_hint = false;
      if (Tok(k) == "known" || Tok(k) == "called" || Tok(k) == "named") {
        size_t as = kNone;
        for (size_t j = k + 1; j < s.token_end && j <= k + 5; ++j) {
          if (Tok(j) == "as") {
            as = j;
            break;
          }
          if (Tok(j) == "in" && j + 1 < s.token_end && IsCap(j + 1)) place_hint = true;
        }
        if (as == kNone) continue;
        k = as + 1;
      } else if (Tok(k) == "formerly" || Tok(k) == "previously") {
        ++k;
        if (k + 1 < s.token_end && Tok(k) == "known" && Tok(k + 1) == "as") k += 2;
      } else {
        continue;
      }
      if (k >= s.token_end || cand_at_[k] < 0) continue;
      Candidate& other = cands_[static_cast<size_t>(cand_at_[k])];
      if (&other == &c) continue;
      c.alias = other.span;
      if (c.strength < kMedium && other.strength < kMedium && place_hint) {
        c.SetType(EntityType::kPlace, kMedium);
      }
      if (other.strength > c.strength) c.SetType(other.type, other.strength);
      if (c.strength > other.strength) other.SetType(c.type, c.strength);
    }
  }

  // "Velhorod (Velgrad)": a place followed by another name alone in parentheses. The name in
  // parentheses must not be a lexicon place, so "Lyon (France)" says where, not what else
  // the place is called; persons and acronyms ("Ministry of Defence (MoD)") are left alone.
  bool ParenthesizedPlaceName(Candidate* c, const Sentence& s,
                              const std::unordered_map<std::string_view, int>& place_uses) {
    const size_t k = c->tok_end;
    if (k + 2 >= s.token_end || Tok(k) != "(" || cand_at_[k + 1] < 0) return false;
    Candidate& other = cands_[static_cast<size_t>(cand_at_[k + 1])];
    if (&other == c || other.part_of_token || other.tok_end >= s.token_end ||
        Tok(other.tok_end) != ")") {
      return false;
    }
    std::string_view oname = other.span.Of(text_);
    if (other.from_lexicon || IsAcronym(oname) || c->type == EntityType::kPerson ||
        (other.type == EntityType::kPerson && other.strength >= kMedium)) {
      return false;
    }
    auto uses = place_uses.find(oname);
    const int other_place_uses = uses == place_uses.end() ? 0 : uses->second;
    const bool other_is_place =
        other_place_uses > (other.type == EntityType::kPlace && other.strength >= kMedium);
    const bool c_is_place = c->type == EntityType::kPlace && c->strength >= kMedium;
    if (!c_is_place && !other_is_place) return false;
    if (c->type != EntityType::kPlace && c->strength >= kMedium) return false;
    c->alias = other.span;
    const Strength st = std::max<Strength>(kMedium, std::max(c->strength, other.strength));
    c->SetType(EntityType::kPlace, st);
    other.SetType(EntityType::kPlace, st);
    return true;
  }

  void Emit() {
    std::vector<EntityMention>& out = doc_.entities;
    out.clear();
    out.reserve(cands_.size());
    for (const Candidate& c : cands_) {
      if (c.span.empty() || c.dropped) continue;
      EntityMention m;
      m.span = c.span;
      m.type = c.type;
      m.sentence = c.sentence;
      m.role = c.role;
      m.alias = c.alias;
      out.push_back(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
      return a.span.begin < b.span.begin;
    });
  }

  AnnotatedDoc& doc_;
  std::string_view text_;
  std::span<const ModelEntity> model_;  // the entity recogniser's names; empty without models
  std::vector<int32_t> last_word_;      // per token: its last word in doc_.words, or -1
  std::vector<uint8_t> cap_;            // token starts with a capital (any script)
  std::vector<uint8_t> initial_;        // first word of its sentence
  std::vector<uint8_t> title_case_;     // per sentence: heading or title-case line
  std::vector<int32_t> cand_at_;        // candidate starting at a token, or -1
  std::vector<uint8_t> of_split_;       // "of" token splitting a person from a place/org
  std::vector<uint8_t> outlet_at_;      // a masthead-shaped name starts at this token
  std::vector<uint8_t> dateline_at_;    // a dateline's place starts at this token
  std::unordered_set<std::string_view> masthead_words_;  // last words of mastheads seen
  std::unordered_set<std::string_view> mid_caps_;        // capitalized mid-sentence somewhere
  std::unordered_set<std::string_view> lower_words_;     // lowercase word forms in the doc
  std::unordered_set<std::string_view> lone_caps_;       // capitalized words seen standing alone
  std::unordered_set<std::string_view> person_words_;    // names a person cue backs (institutions)
  std::vector<Candidate> cands_;
};

}  // namespace

bool StartsCapitalized(std::string_view word) { return IsUpperCp(FirstCp(word)); }

void FindEntities(AnnotatedDoc* doc) { FindEntities(doc, {}); }

void FindEntities(AnnotatedDoc* doc, std::span<const ModelEntity> model_entities) {
  doc->entities.clear();
  if (doc->article == nullptr || doc->tokens.empty()) return;
  try {
    EntityFinder finder(doc, model_entities);
    finder.Run();
  } catch (const std::exception&) {
    doc->entities.clear();  // out of memory on absurd input: no mentions rather than a crash
  }
}

}  // namespace corroborate

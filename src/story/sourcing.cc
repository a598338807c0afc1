#include "story/sourcing.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "core/utf8.h"
#include "story/shingles.h"

namespace corroborate {
namespace {

// A copy must share at least this share of its shingles with the original.
constexpr double kCopyContainment = 0.5;
// Documents with fewer shingles query the index with all of them (sampling would miss pairs).
constexpr size_t kQueryAllBelow = 64;
// Sample rate of the query shingles of longer documents: one in kSampleEvery.
constexpr uint64_t kSampleEvery = 8;
// A shingle shared by many documents (boilerplate, a reprint carried by hundreds of sites)
// is only followed to its first kMaxPosting documents, so the cost stays near-linear.
constexpr size_t kMaxPosting = 64;

// ---- Publish-time order. ----

// -1 when a was published before b, +1 after, 0 when unknown or the same.
int ComparePublished(const Timestamp& a, const Timestamp& b) {
  if (!a.date.has_day() || !b.date.has_day()) return 0;
  int64_t da = a.date.ToDays(), db = b.date.ToDays();
  if (a.hour < 0 || b.hour < 0) return da < db ? -1 : (da > db ? 1 : 0);
  auto minutes = [&](const Timestamp& t, int64_t day) {
    int64_t m = day * 1440 + t.hour * 60 + std::max(0, t.minute);
    if (a.utc_offset_minutes && b.utc_offset_minutes) m -= *t.utc_offset_minutes;
    return m;
  };
  int64_t ma = minutes(a, da), mb = minutes(b, db);
  return ma < mb ? -1 : (ma > mb ? 1 : 0);
}

// ---- Outlet names. ----

// "The Washington Post" -> "washington post": lowercase words, no leading article.
std::string OutletKey(std::string_view name) {
  std::string key;
  for (std::string_view w : ShingleWords(name)) {
    std::string lw = AsciiLower(w);
    if (key.empty() && lw == "the") continue;
    if (!key.empty()) key += ' ';
    key += lw;
  }
  return key;
}

// Last words (or whole names) that mark a name as a news outlet.
bool LooksLikeOutlet(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "post",      "times",       "news",      "guardian",   "journal",      "agency",
      "reuters",   "ap",          "afp",       "tass",       "interfax",     "telegraph",
      "tribune",   "herald",      "gazette",   "press",      "wire",         "bloomberg",
      "bbc",       "cnn",         "pravda",    "izvestia",   "kommersant",   "chronicle",
      "observer",  "independent", "economist", "politico",   "axios",        "xinhua",
      "ukrinform", "novosti",     "radio",     "tv",         "television",   "network",
      "daily",     "insider",     "magazine",  "monitor",    "express",      "mail",
      "mirror",    "standard",    "examiner",  "bulletin",   "courier",      "dispatch",
      "inquirer",  "today",       "online",    "media",      "broadcasting", "nbc",
      "abc",       "cbs",         "msnbc",     "npr",        "dpa",          "efe",
      "ansa",      "kyodo",       "yonhap",    "unian",      "meduza",       "vedomosti",
      "rbc",       "euronews",    "reporter",  "review",     "lemonde",      "spiegel",
      "zeitung",   "allgemeine",  "corriere",  "repubblica", "figaro",       "pais",
      "mundo",     "jazeera",     "ria",       "dw",         "france24",     "sky",
      "report",    "bureau",      "service"};
  if (key.empty()) return false;
  size_t sp = key.rfind(' ');
  std::string last = sp == std::string::npos ? key : key.substr(sp + 1);
  return kWords.count(last) > 0 || kWords.count(key) > 0;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  size_t pos = 0;
  char32_t cp = utf8::Next(word, &pos);
  return u_isupper(static_cast<UChar32>(cp)) || (cp >= '0' && cp <= '9');
}

// A double quote mark at text[i] (ASCII, curly, low-9 or guillemet); sets *len to its size.
bool IsQuoteAt(std::string_view text, size_t i, size_t* len) {
  if (i >= text.size()) return false;
  if (text[i] == '"') return *len = 1, true;
  for (std::string_view q : {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
    if (text.substr(i, q.size()) == q) return *len = q.size(), true;
  }
  return false;
}

// The outlet-like name starting at text[pos]: a quoted name, or a run of capitalised words
// (with "of", "and", "&" inside), at most six words. Empty when there is none.
std::string NameAt(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return {};
  size_t qlen = 0;
  if (IsQuoteAt(text, pos, &qlen)) {
    size_t start = pos + qlen;
    size_t end = start;
    while (end < text.size() && end - start < 80) {
      size_t l = 0;
      if (IsQuoteAt(text, end, &l) || text[end] == '\n') break;
      ++end;
    }
    std::string_view inside = Trim(text.substr(start, end - start));
    return end < text.size() && !inside.empty() && StartsUpper(inside) ? std::string(inside)
                                                                       : std::string();
  }
  std::string name;
  int words = 0;
  size_t i = pos;
  while (i < text.size() && words < 6) {
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ';' &&
           text[i] != ':' && text[i] != '\n' && text[i] != '(' && text[i] != ')' &&
           text[i] != '"') {
      ++i;
    }
    std::string_view word = text.substr(b, i - b);
    // A sentence-final period ends the name; "U.S." keeps its inner periods.
    bool ends_sentence = false;
    while (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?')) {
      if (word.size() >= 2 && word.back() == '.' && word[word.size() - 2] >= 'A' &&
          word[word.size() - 2] <= 'Z' && word.find('.') != word.size() - 1) {
        break;  // an abbreviation such as "U.S."
      }
      word.remove_suffix(1);
      ends_sentence = true;
    }
    if (word.empty()) break;
    bool connector = word == "of" || word == "and" || word == "&" || word == "de";
    if (!StartsUpper(word) && !(connector && words > 0)) break;
    if (!name.empty()) name += ' ';
    name += word;
    ++words;
    if (ends_sentence || i >= text.size() || text[i] != ' ') break;
    ++i;
  }
  // Drop trailing connectors ("Times and").
  while (true) {
    size_t sp = name.rfind(' ');
    if (sp == std::string::npos) break;
    std::string_view last = std::string_view(name).substr(sp + 1);
    if (last != "of" && last != "and" && last != "&" && last != "de") break;
    name.resize(sp);
  }
  return name;
}

struct Cue {
  std::string_view phrase;
  bool strong;  // the cue alone says the name is a publication
};

constexpr Cue kCues[] = {
    {"appeared first on ", true},
    {"first appeared on ", true},
    {"originally published by ", true},
    {"originally published on ", true},
    {"originally published in ", true},
    {"originally appeared on ", true},
    {"originally appeared in ", true},
    {"republished from ", true},
    {"citing ", false},
    {"according to ", false},
    {"reported by ", false},
    {"cited by ", false},
};

// Collects outlet names the text says it cites. known: outlet keys of the story's articles.
void FindCites(std::string_view text, bool strong_only,
               const std::unordered_set<std::string>& known, std::vector<std::string>* cites) {
  auto add = [&](std::string name, bool strong) {
    while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
    std::string key = OutletKey(name);
    if (key.empty()) return;
    if (!strong && !known.count(key) && !LooksLikeOutlet(key)) return;
    for (const std::string& c : *cites) {
      if (OutletKey(c) == key) return;
    }
    cites->push_back(std::move(name));
  };
  for (const Cue& cue : kCues) {
    if (strong_only && !cue.strong) continue;
    size_t pos = 0;
    while ((pos = text.find(cue.phrase, pos)) != std::string_view::npos) {
      pos += cue.phrase.size();
      std::string name = NameAt(text, pos);
      if (!name.empty()) add(std::move(name), cue.strong);
    }
  }
  if (strong_only) return;
  // "Outlet" reports …: a quoted name followed by a reporting verb.
  for (std::string_view verb : {" reports", " reported", " wrote", " writes"}) {
    size_t pos = 0;
    while ((pos = text.find(verb, pos)) != std::string_view::npos) {
      size_t end = pos;
      pos += verb.size();
      if (end == 0) continue;
      size_t close = utf8::FloorBoundary(text, end - 1);
      size_t qlen = 0;
      if (!IsQuoteAt(text, close, &qlen)) continue;
      // Walk back to the opening quote, at most 80 bytes.
      size_t open = close;
      bool found = false;
      while (open > 0 && close - open < 80) {
        open = utf8::FloorBoundary(text, open - 1);
        size_t l = 0;
        if (text[open] == '\n') break;
        if (IsQuoteAt(text, open, &l)) {
          found = true;
          break;
        }
      }
      if (!found) continue;
      size_t l = 0;
      IsQuoteAt(text, open, &l);
      std::string_view inside = Trim(text.substr(open + l, close - open - l));
      // A quoted name that "reports" is a publication whatever its name.
      if (!inside.empty() && StartsUpper(inside)) add(std::string(inside), true);
    }
  }
}

// Cuts cycles in the copy links (possible when dates are missing) so that following
// syndicated_from always ends at an original.
void BreakCycles(std::vector<int64_t>* from) {
  size_t n = from->size();
  std::vector<uint8_t> state(n, 0);  // 0 unseen, 1 on the current path, 2 done
  std::vector<size_t> path;
  for (size_t start = 0; start < n; ++start) {
    path.clear();
    size_t cur = start;
    while (true) {
      if (state[cur] == 2) break;
      if (state[cur] == 1) {  // a cycle closes at cur: cut the link that closed it
        (*from)[path.back()] = -1;
        break;
      }
      state[cur] = 1;
      path.push_back(cur);
      int64_t next = (*from)[cur];
      if (next < 0) break;
      cur = static_cast<size_t>(next);
    }
    for (size_t p : path) state[p] = 2;
  }
}

}  // namespace

std::vector<Sourcing> FindSourcing(const std::vector<const AnnotatedDoc*>& docs,
                                   const std::vector<uint32_t>& article_index) {
  const size_t n = docs.size();
  std::vector<Sourcing> out(n);
  auto article_of = [&](size_t i) -> const Article* {
    return docs[i] != nullptr ? docs[i]->article : nullptr;
  };
  auto index_of = [&](size_t i) -> uint32_t {
    return i < article_index.size() ? article_index[i] : static_cast<uint32_t>(i);
  };

  // Shingle every document and index all shingles (hash, doc), sorted by hash.
  std::vector<std::vector<uint64_t>> shingles(n);
  std::vector<std::pair<uint64_t, uint32_t>> index;
  for (size_t i = 0; i < n; ++i) {
    const Article* a = article_of(i);
    if (a != nullptr) shingles[i] = Shingles(a->text);
    for (uint64_t h : shingles[i]) index.emplace_back(h, static_cast<uint32_t>(i));
  }
  std::sort(index.begin(), index.end());

  // Candidate pairs: documents sharing enough of the query shingles; then verify exactly.
  std::vector<int64_t> from(n, -1);
  std::vector<double> fraction(n, 0);
  DisjointSets groups(n);
  std::vector<uint32_t> hits(n, 0);
  std::vector<uint32_t> touched;
  std::unordered_set<uint64_t> verified;
  for (size_t a = 0; a < n; ++a) {
    const std::vector<uint64_t>& sa = shingles[a];
    if (sa.empty()) continue;
    size_t queried = 0;
    touched.clear();
    for (uint64_t h : sa) {
      if (sa.size() >= kQueryAllBelow && (h >> 40) % kSampleEvery != 0) continue;
      ++queried;
      auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(h, uint32_t{0}));
      for (size_t k = 0; it != index.end() && it->first == h && k < kMaxPosting; ++it, ++k) {
        uint32_t b = it->second;
        if (b == a) continue;
        if (hits[b]++ == 0) touched.push_back(b);
      }
    }
    const uint32_t need = std::max<uint32_t>(1, static_cast<uint32_t>(queried / 4));
    for (uint32_t b : touched) {
      uint32_t h = hits[b];
      hits[b] = 0;
      if (h < need) continue;
      uint64_t key = (static_cast<uint64_t>(std::min<size_t>(a, b)) << 32) | std::max<size_t>(a, b);
      if (!verified.insert(key).second) continue;
      const std::vector<uint64_t>& sb = shingles[b];
      double inter = static_cast<double>(IntersectionSize(sa, sb));
      double ca = inter / static_cast<double>(sa.size());
      double cb = inter / static_cast<double>(sb.size());
      if (std::max(ca, cb) < kCopyContainment) continue;
      // Which one is the copy: the later publication; else the one mostly inside the other;
      // else the later in input order.
      size_t copy = std::max<size_t>(a, b);
      const Article* aa = article_of(a);
      const Article* ab = article_of(b);
      int cmp = ComparePublished(aa->published, ab->published);
      if (cmp != 0) {
        copy = cmp > 0 ? a : b;
      } else if (std::abs(ca - cb) > 0.05) {
        copy = ca > cb ? a : b;
      }
      size_t original = copy == a ? b : a;
      double frac = copy == a ? ca : cb;
      groups.Union(a, b);
      if (frac > fraction[copy] ||
          (frac == fraction[copy] &&
           (from[copy] < 0 || static_cast<int64_t>(original) < from[copy]))) {
        fraction[copy] = frac;
        from[copy] = static_cast<int64_t>(original);
      }
    }
  }
  BreakCycles(&from);

  // Outlets named as sources. An article citing another article's outlet is not independent.
  std::unordered_map<std::string, std::vector<size_t>> outlet_docs;
  std::unordered_set<std::string> known;
  for (size_t i = 0; i < n; ++i) {
    const Article* a = article_of(i);
    if (a == nullptr) continue;
    std::string key = OutletKey(a->outlet);
    if (key.empty()) continue;
    outlet_docs[key].push_back(i);
    known.insert(key);
  }
  for (size_t i = 0; i < n; ++i) {
    const Article* a = article_of(i);
    if (a == nullptr) continue;
    std::vector<std::string>& cites = out[i].cites;
    for (const RemovedLine& line : a->removed) {
      FindCites(line.text, /*strong_only=*/true, known, &cites);
    }
    FindCites(a->text, /*strong_only=*/false, known, &cites);
    std::string own = OutletKey(a->outlet);
    std::erase_if(cites, [&](const std::string& c) { return !own.empty() && OutletKey(c) == own; });
    for (const std::string& c : cites) {
      auto it = outlet_docs.find(OutletKey(c));
      if (it == outlet_docs.end()) continue;
      for (size_t j : it->second) {
        if (j != i) groups.Union(i, j);
      }
    }
  }

  // Group id: the smallest account index in the independence group.
  std::vector<uint32_t> group_min(n, UINT32_MAX);
  for (size_t i = 0; i < n; ++i) {
    size_t r = groups.Find(i);
    group_min[r] = std::min(group_min[r], index_of(i));
  }
  for (size_t i = 0; i < n; ++i) {
    out[i].article = index_of(i);
    out[i].group = group_min[groups.Find(i)];
    if (from[i] >= 0) {
      out[i].syndicated_from = index_of(static_cast<size_t>(from[i]));
      out[i].copied_fraction = fraction[i];
    }
  }
  return out;
}

}  // namespace corroborate

#include "reconcile/entities.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "nlp/place_names.h"
#include "reconcile/entity_descriptions.h"
#include "reconcile/name_key.h"
#include "reconcile/org_short_names.h"
#include "reconcile/place_aliases.h"
#include "reconcile/roles.h"

namespace corroborate {
namespace {

// Words that may precede a person's name inside a mention span but are not part of the name.
bool IsTitleWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kTitles = {
      "president", "vice",       "prime",     "minister",    "secretary",    "general",
      "gen",       "envoy",      "special",   "chancellor",  "mr",           "mrs",
      "ms",        "dr",         "sen",       "senator",     "rep",          "gov",
      "governor",  "mayor",      "king",      "queen",       "prince",       "princess",
      "pope",      "sir",        "dame",      "lord",        "lady",         "judge",
      "justice",   "ambassador", "commander", "colonel",     "col",          "lt",
      "sgt",       "captain",    "capt",      "admiral",     "adm",          "chief",
      "deputy",    "foreign",    "defense",   "defence",     "state",        "affairs",
      "interior",  "finance",    "health",    "economy",     "trade",        "energy",
      "security",  "former",     "late",      "premier",     "speaker",      "adviser",
      "advisor",   "aide",       "spokesman", "spokeswoman", "spokesperson", "presidential",
      "senior",    "top"};
  return kTitles.count(lower) > 0;
}

bool IsPronounKey(const std::string& key) {
  static const std::unordered_set<std::string> kPronouns = {
      "he",  "she", "they", "him", "her",  "hers",  "his",    "it",
      "its", "we",  "i",    "you", "them", "their", "theirs", "our"};
  return kPronouns.count(key) > 0;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// "Special Envoy Steve Witkoff’s" -> "Steve Witkoff"; "the Kremlin" -> "Kremlin".
std::string CleanSurface(std::string_view raw, bool person) {
  std::string s = CollapseWhitespace(StripPossessive(Trim(raw)));
  s = std::string(StripPossessive(s));
  if (person) {
    // Drop everything up to the last title word that still leaves a name:
    // "Russian President Vladimir Putin", "Secretary of State Marco Rubio" -> the name.
    std::vector<std::string_view> words = Split(s, ' ');
    size_t keep_from = 0;
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      std::string lower = AsciiLower(words[i]);
      std::erase(lower, '.');
      if (IsTitleWord(lower)) keep_from = i + 1;
    }
    if (keep_from > 0) {
      std::string rest;
      for (size_t i = keep_from; i < words.size(); ++i) {
        if (!rest.empty()) rest += ' ';
        rest += words[i];
      }
      s = rest;
    }
  } else if (IStartsWith(s, "the ") && s.size() > 4) {
    s.erase(0, 4);
  }
  return s;
}

std::string TrimRole(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';')) s.pop_back();
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (IStartsWith(s, article) && s.size() > article.size()) {
      s.erase(0, article.size());
      break;
    }
  }
  return std::string(Trim(s));
}

struct Mention {
  size_t doc = 0;
  size_t index = 0;  // in docs[doc]->entities
  TextSpan span;
  std::string surface;
  std::string key;
  std::string first;  // first and last word of the key
  std::string last;
  size_t words = 0;
  EntityType type = EntityType::kOther;
  bool person = false;
  bool inflecting = false;  // written in a script or language that declines names
};

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Languages whose names take case endings (Slavic, Baltic, Finnic, Hungarian, Greek…). An
// English article never declines "Putin", so its words are never stripped.
bool InflectingLanguage(std::string_view lang) {
  static const std::unordered_set<std::string_view> kLangs = {
      "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk",
      "lt", "lv", "et", "fi", "hu", "el", "ro", "ka", "hy", "tr", "kk"};
  return kLangs.count(lang) > 0;
}

// Word spellings of the story, for InflectionBase.
struct Vocabulary {
  std::unordered_set<std::string> words;   // every word of every mention key
  std::unordered_set<std::string> things;  // whole keys of places/organisations, aliased
  std::unordered_set<std::string> plain;   // words of mentions in non-declining text
};

bool KnownBase(const std::string& w, const void* ctx) {
  const auto* v = static_cast<const Vocabulary*>(ctx);
  return v->words.count(w) > 0 || v->things.count(CanonicalAliasKey(w)) > 0;
}

// Each word of a key replaced by its base form when the story spells one. A word some
// non-declining text spells as it is stays as it is ("Zelenska" next to "Zelensky").
std::string Uninflect(const std::string& key, const Vocabulary& vocab) {
  std::string out;
  for (std::string_view w : Split(key, ' ')) {
    std::string word(w);
    if (!vocab.plain.count(word)) {
      std::string base = InflectionBase(word, &KnownBase, &vocab);
      if (!base.empty()) word = base;
    }
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string FirstWord(const std::string& key) { return key.substr(0, key.find(' ')); }
std::string LastWord(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

}  // namespace

ResolvedEntities ResolveEntities(const StoryInput& story) {
  ResolvedEntities result;
  const size_t ndocs = story.docs.size();
  result.entity_of.resize(ndocs);

  // 1. Every usable mention with its cleaned spelling and key.
  std::vector<Mention> ms;
  for (size_t d = 0; d < ndocs; ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr) continue;
    result.entity_of[d].assign(doc->entities.size(), -1);
    if (doc->article == nullptr) continue;
    std::string_view text = doc->text();
    for (size_t i = 0; i < doc->entities.size(); ++i) {
      const EntityMention& em = doc->entities[i];
      Mention m;
      m.doc = d;
      m.index = i;
      m.span = em.span;
      m.type = em.type;
      m.person = em.type == EntityType::kPerson;
      m.surface = CleanSurface(em.span.Of(text), m.person);
      m.key = NameKey(m.surface);
      if (m.key.empty() || IsPronounKey(m.key)) continue;  // dropped: entity_of stays -1
      m.inflecting = !IsAscii(m.surface) || InflectingLanguage(doc->article->language);
      ms.push_back(std::move(m));
    }
  }
  // 1b. Declined forms ("Путина", "Зеленського") take the base form the story spells.
  {
    Vocabulary vocab;
    for (const Mention& m : ms) {
      for (std::string_view w : Split(m.key, ' ')) vocab.words.insert(std::string(w));
      if (!m.person) vocab.things.insert(CanonicalAliasKey(m.key));
      if (!m.inflecting) {
        for (std::string_view w : Split(m.key, ' ')) vocab.plain.insert(std::string(w));
      }
    }
    for (Mention& m : ms) {
      if (m.inflecting) m.key = Uninflect(m.key, vocab);
    }
  }
  for (Mention& m : ms) {
    if (!m.person) m.key = CanonicalAliasKey(m.key);
    m.first = FirstWord(m.key);
    m.last = LastWord(m.key);
    m.words = WordCount(m.key);
  }
  // Document order, then offset: the union-find roots are then the first mentions.
  std::stable_sort(ms.begin(), ms.end(), [](const Mention& a, const Mention& b) {
    return a.doc != b.doc ? a.doc < b.doc : a.span.begin < b.span.begin;
  });
  const size_t n = ms.size();

  // kOther mentions whose key is a known person name or surname count as persons.
  std::unordered_set<std::string> person_full, person_last;
  for (const Mention& m : ms) {
    if (m.person && m.words >= 2) person_full.insert(m.key), person_last.insert(m.last);
  }
  for (Mention& m : ms) {
    if (m.type == EntityType::kOther &&
        (person_full.count(m.key) || (m.words == 1 && person_last.count(m.key)))) {
      m.person = true;
    }
  }

  DisjointSets sets(n);
  // 2. Equal keys: full person names by (first, last) word; everything else by the whole key.
  //    A non-person mention spelled exactly like a full person name joins it (majority type).
  std::unordered_map<std::string, size_t> by_identity, by_thing;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = ms[i];
    if (m.person && m.words >= 2) {
      auto [it, fresh] = by_identity.emplace(m.first + " " + m.last, i);
      if (!fresh) sets.Union(it->second, i);
    } else if (!m.person) {
      auto [it, fresh] = by_thing.emplace(m.key, i);
      if (!fresh) sets.Union(it->second, i);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = ms[i];
    if (m.person || m.words < 2) continue;
    auto it = by_identity.find(m.first + " " + m.last);
    if (it != by_identity.end() && ms[it->second].key == m.key) sets.Union(it->second, i);
  }

  // 3. Single-word person mentions (surnames) link to the full name they abbreviate.
  std::unordered_map<std::string, std::vector<size_t>> full_by_last;  // last word -> roots
  // root -> articles naming it in full (dominance is counted in articles, not mentions: one
  // article repeating a name is one piece of evidence).
  std::unordered_map<size_t, std::unordered_set<size_t>> full_docs;
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = ms[i];
    if (!m.person || m.words < 2) continue;
    size_t root = sets.Find(i);
    std::vector<size_t>& roots = full_by_last[m.last];
    if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
    full_docs[root].insert(m.doc);
  }
  // Full person mentions per (document, last word), in offset order.
  std::map<std::pair<size_t, std::string>, std::vector<size_t>> full_in_doc;
  for (size_t i = 0; i < n; ++i) {
    if (ms[i].person && ms[i].words >= 2) full_in_doc[{ms[i].doc, ms[i].last}].push_back(i);
  }
  std::unordered_map<std::string, size_t> lone_surname;  // key -> first unlinked mention
  std::unordered_set<std::string> place_or_org;          // keys some mention types as place or org
  for (const Mention& m : ms) {
    if (m.type == EntityType::kPlace || m.type == EntityType::kOrganization) {
      place_or_org.insert(m.key);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = ms[i];
    if (!m.person || m.words != 1) continue;
    auto it = full_by_last.find(m.key);
    std::vector<size_t> cands = it == full_by_last.end() ? std::vector<size_t>() : it->second;
    int64_t target = -1;
    if (cands.size() == 1) {
      target = static_cast<int64_t>(cands[0]);
    } else if (cands.size() > 1) {
      // The candidate last named in full earlier in the same article…
      int64_t best_pos = -1;
      std::unordered_set<size_t> in_doc;
      auto fit = full_in_doc.find({m.doc, m.key});
      const std::vector<size_t> none;
      for (size_t j : fit == full_in_doc.end() ? none : fit->second) {
        const Mention& f = ms[j];
        size_t root = sets.Find(j);
        in_doc.insert(root);
        if (f.span.begin<m.span.begin&& static_cast<int64_t>(f.span.begin)> best_pos) {
          best_pos = f.span.begin;
          target = static_cast<int64_t>(root);
        }
      }
      // …else the only one named in that article, else one named in full in at least three
      // times as many articles as any other (a sidebar's "Melania Trump" beside a story about
      // the president); two people named about as often leave the surname unresolved.
      if (target < 0 && in_doc.size() == 1) target = static_cast<int64_t>(*in_doc.begin());
      if (target < 0 && in_doc.empty()) {
        std::vector<std::pair<size_t, size_t>> counts;
        for (size_t r : cands) counts.emplace_back(full_docs[r].size(), r);
        std::sort(counts.rbegin(), counts.rend());
        if (counts[0].first >= 2 && counts[0].first >= 3 * counts[1].first) {
          target = static_cast<int64_t>(counts[0].second);
        }
      }
    }
    // A one-word "person" named nowhere in full, without a role, that other mentions type as
    // a place or organisation is that place ("Tarsia says…" beside "talks in Tarsia").
    auto thing = by_thing.find(m.key);
    const EntityMention& em = story.docs[m.doc]->entities[m.index];
    if (target < 0 && thing != by_thing.end() && em.role.empty() && place_or_org.count(m.key)) {
      target = static_cast<int64_t>(sets.Find(thing->second));
    }
    if (target >= 0) {
      sets.Union(static_cast<size_t>(target), i);
    } else {
      auto [lit, fresh] = lone_surname.emplace(m.key, i);
      if (!fresh) sets.Union(lit->second, i);
    }
  }

  // 4. Aliases the text declares ("Krasnoarmeysk (known in Ukraine as Pokrovsk)").
  std::unordered_map<std::string, size_t> any_by_key;
  for (size_t i = 0; i < n; ++i) any_by_key.emplace(ms[i].key, i);
  std::vector<std::pair<size_t, std::string>> alias_spellings;  // mention -> alias surface
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = ms[i];
    const EntityMention& em = story.docs[m.doc]->entities[m.index];
    std::string_view text = story.docs[m.doc]->text();
    TextSpan alias = em.alias;
    if (alias.empty() && !m.person) alias = FindDeclaredAlias(text, em.span.end);
    if (alias.empty()) continue;
    std::string surface = CleanSurface(alias.Of(text), m.person);
    std::string key = NameKey(surface);
    if (key.empty()) continue;
    if (!m.person) key = CanonicalAliasKey(key);
    alias_spellings.emplace_back(i, surface);
    auto it = any_by_key.find(key);
    if (it != any_by_key.end() && ms[it->second].person == m.person) sets.Union(it->second, i);
  }

  // 4b. Other names of one place by the place-name table ("Bakhmut" and "Artemivsk"); only
  //     mentions typed as places, so a person named like a town never joins it.
  if (story.places != nullptr && !story.places->empty()) {
    std::vector<PlaceKeyInDoc> place_keys;
    std::map<std::pair<size_t, std::string>, size_t> key_index;  // (doc, key) -> place_keys
    for (const Mention& m : ms) {
      if (!m.person && m.type == EntityType::kPlace &&
          key_index.emplace(std::make_pair(m.doc, m.key), place_keys.size()).second) {
        place_keys.push_back({m.key, m.doc});
      }
    }
    const std::vector<int64_t> resolved = ResolvePlaceKeys(*story.places, place_keys);
    std::unordered_map<int64_t, size_t> first_of_place;
    for (size_t i = 0; i < n; ++i) {
      if (ms[i].person || ms[i].type != EntityType::kPlace) continue;
      const int64_t place = resolved[key_index[{ms[i].doc, ms[i].key}]];
      if (place < 0) continue;
      auto [it, fresh] = first_of_place.emplace(place, i);
      if (!fresh) sets.Union(it->second, i);
    }
  }

  // 4c. Short forms of organisation and state names: initials, a run of the full name's words,
  //     formal state names, possessive for demonym (org_short_names.h).
  {
    std::vector<ShortNameCandidate> names;
    std::vector<size_t> first_mention;
    std::unordered_map<std::string, size_t> name_of_key;
    for (size_t i = 0; i < n; ++i) {
      const Mention& m = ms[i];
      if (m.person) continue;
      auto [it, fresh] = name_of_key.emplace(m.key, names.size());
      if (fresh) {
        names.push_back({m.key, m.surface, false, false});
        first_mention.push_back(i);
      }
      names[it->second].organization |= m.type == EntityType::kOrganization;
      names[it->second].place |= m.type == EntityType::kPlace;
    }
    for (auto [a, b] : LinkShortNames(names)) sets.Union(first_mention[a], first_mention[b]);
  }

  // 5. One entity per set, ordered by first mention (roots are the smallest indices).
  std::map<size_t, std::vector<size_t>> members;
  for (size_t i = 0; i < n; ++i) members[sets.Find(i)].push_back(i);
  std::unordered_map<size_t, std::vector<std::string>> extra_variants;
  for (auto& [i, surface] : alias_spellings) extra_variants[sets.Find(i)].push_back(surface);

  for (auto& [root, list] : members) {
    AccountEntity e;
    e.id = "e" + std::to_string(result.entities.size() + 1);
    // Type: the majority among typed mentions.
    int counts[5] = {0, 0, 0, 0, 0};
    for (size_t i : list) ++counts[static_cast<int>(ms[i].type)];
    int best = static_cast<int>(EntityType::kOther);
    for (int t = 0; t < 4; ++t) {
      if (counts[t] > 0 &&
          (best == static_cast<int>(EntityType::kOther) || counts[t] > counts[best])) {
        best = t;
      }
    }
    e.type = static_cast<EntityType>(best);
    // Spellings in first-seen order, counted case-insensitively.
    std::vector<std::pair<std::string, int>> spellings;
    auto add_spelling = [&](const std::string& s, int weight) {
      if (s.empty()) return;
      for (auto& [text, count] : spellings) {
        if (IEquals(text, s)) {
          count += weight;
          return;
        }
      }
      spellings.emplace_back(s, weight);
    };
    for (size_t i : list) add_spelling(ms[i].surface, 1);
    for (const std::string& s : extra_variants[root]) add_spelling(s, 0);
    // Canonical: the most frequent multi-word spelling when there is one (a full name), ties to
    // the longer, then the first seen.
    size_t max_words = 0;
    for (auto& [text, count] : spellings) {
      if (count > 0) max_words = std::max(max_words, WordCount(NameKey(text)));
    }
    const size_t min_words = max_words >= 2 ? 2 : 1;
    int pick = -1;
    for (size_t s = 0; s < spellings.size(); ++s) {
      if (spellings[s].second == 0 || WordCount(NameKey(spellings[s].first)) < min_words) continue;
      if (pick < 0 || spellings[s].second > spellings[pick].second) {
        pick = static_cast<int>(s);
        continue;
      }
      if (spellings[s].second < spellings[pick].second) continue;
      // Equal counts: the longer spelling, then the alias table's preferred name.
      size_t ws = WordCount(spellings[s].first), wp = WordCount(spellings[pick].first);
      if (ws > wp || (ws == wp && !ms[root].person && NameKey(spellings[s].first) == ms[root].key &&
                      NameKey(spellings[pick].first) != ms[root].key)) {
        pick = static_cast<int>(s);
      }
    }
    if (pick < 0) pick = 0;
    e.name = spellings[pick].first;
    for (size_t s = 0; s < spellings.size(); ++s) {
      if (static_cast<int>(s) != pick) e.variants.push_back(spellings[s].first);
    }
    // Roles, articles, mentions.
    for (size_t i : list) {
      const Mention& m = ms[i];
      const EntityMention& em = story.docs[m.doc]->entities[m.index];
      // The analyzer's title or apposition, and an apposition after the name it missed
      // ("Marco Rubio — the Biden administration's top diplomat —").
      std::string_view text = story.docs[m.doc]->text();
      TextSpan spans[2] = {em.role, {}};
      if (e.type == EntityType::kPerson) {
        TextSpan after = FindAppositionRole(text, em.span.end);
        if (!after.empty() && !after.Overlaps(em.role)) spans[1] = after;
      }
      for (const TextSpan& span : spans) {
        if (span.empty()) continue;
        std::string role = TrimRole(span.Of(text));
        if (role.empty()) continue;
        bool seen = false;
        for (const std::string& r : e.roles) seen = seen || IEquals(r, role);
        if (!seen) e.roles.push_back(role);
        if (e.type == EntityType::kPerson) {
          result.roles.push_back(
              {static_cast<int32_t>(result.entities.size()), static_cast<uint32_t>(m.doc), span});
        }
      }
      Evidence ev = m.doc < story.article_index.size()
                        ? story.At(m.doc, m.span)
                        : Evidence{static_cast<uint32_t>(m.doc), m.span};
      e.mentions.push_back(ev);
      if (std::find(e.articles.begin(), e.articles.end(), ev.article) == e.articles.end()) {
        e.articles.push_back(ev.article);
      }
      result.entity_of[m.doc][m.index] = static_cast<int32_t>(result.entities.size());
    }
    std::sort(e.articles.begin(), e.articles.end());
    result.entities.push_back(std::move(e));
  }
  // 6. A one-word organisation that is the short form of exactly one outlet of the story
  //    ("KNA", "the Ledger") takes the outlet's full name: outlets are named in article
  //    metadata, not as mentions, so step 4c cannot see them.
  {
    std::vector<std::string> outlets;
    for (const AnnotatedDoc* doc : story.docs) {
      if (doc == nullptr || doc->article == nullptr || doc->article->outlet.empty()) continue;
      const std::string& o = doc->article->outlet;
      if (std::find(outlets.begin(), outlets.end(), o) == outlets.end()) outlets.push_back(o);
    }
    for (AccountEntity& e : result.entities) {
      if (e.type != EntityType::kOrganization && e.type != EntityType::kOther) continue;
      if (!e.variants.empty() || WordCount(NameKey(e.name)) != 1) continue;
      const ShortNameCandidate short_name{NameKey(e.name), e.name,
                                          e.type == EntityType::kOrganization, false};
      const std::string* match = nullptr;
      int fits = 0;
      for (const std::string& o : outlets) {
        if (IsShortFormOf(short_name, o)) match = &o, ++fits;
      }
      if (fits != 1 || IEquals(*match, e.name)) continue;
      e.variants.push_back(e.name);
      e.name = *match;
      e.type = EntityType::kOrganization;
    }
  }
  std::sort(result.roles.begin(), result.roles.end(),
            [](const RoleMention& a, const RoleMention& b) {
              return a.doc != b.doc ? a.doc < b.doc : a.span.begin < b.span.begin;
            });
  ResolveDescriptions(story, &result);
  return result;
}

int ClaimHolderRank(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kOrganization:
    case EntityType::kGroup:
      return 1;
    case EntityType::kPlace:
      return 2;
    default:
      return 3;
  }
}

}  // namespace corroborate

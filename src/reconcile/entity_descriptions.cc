#include "reconcile/entity_descriptions.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/strings.h"
#include "reconcile/name_key.h"
#include "reconcile/roles.h"

namespace corroborate {
namespace {

std::string LastWord(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

void ResolveDescriptions(const StoryInput& story, ResolvedEntities* r) {
  const PersonKeySet persons = PersonKeysOf(r->entities);
  struct Known {
    int32_t entity;
    RoleFacets facets;
  };
  std::vector<Known> known;
  for (const RoleMention& rm : r->roles) {
    std::string_view text = story.docs[rm.doc]->text();
    RoleFacets f = ParseRole(rm.span.Of(text), &PersonKeySet::Contains, &persons);
    if (!f.office.empty()) known.push_back({rm.entity, std::move(f)});
  }
  if (known.empty()) return;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string_view text = doc->text();
    // Spans a description may not overlap: the names and the roles attached to them.
    std::vector<TextSpan> taken;
    for (const EntityMention& em : doc->entities) {
      if (em.type == EntityType::kPerson) taken.push_back(em.span);
      if (!em.role.empty()) taken.push_back(em.role);
    }
    for (const RoleMention& rm : r->roles) {
      if (rm.doc == d) taken.push_back(rm.span);
    }
    for (size_t p = 0; p + 4 < text.size(); ++p) {
      if ((text[p] != 't' && text[p] != 'T') || text.substr(p + 1, 3) != "he ") continue;
      if (p > 0 && IsWordByte(text[p - 1])) continue;
      // Up to four words after "the"; the description ends at the first role head.
      size_t q = p + 4;
      size_t head_end = std::string_view::npos;
      for (int w = 0; w < 4 && q < text.size(); ++w) {
        size_t e = q;
        while (e < text.size() && (IsWordByte(text[e]) || text[e] == '.' || text[e] == '\'')) ++e;
        if (e == q) break;
        std::string word = AsciiLower(StripPossessive(text.substr(q, e - q)));
        while (!word.empty() && word.back() == '.') word.pop_back();
        if (IsRoleHead(word)) {
          std::string_view raw = StripPossessive(text.substr(q, e - q));
          while (!raw.empty() && raw.back() == '.') raw.remove_suffix(1);
          head_end = q + raw.size();
          break;
        }
        if (e >= text.size() || text[e] != ' ') break;
        // A sentence ends at a final period ("U.S." inside a description does not end it).
        std::string_view raw = text.substr(q, e - q);
        if (raw.back() == '.' && raw.find('.') == raw.size() - 1) break;
        q = e + 1;
      }
      if (head_end == std::string_view::npos) continue;
      // A name right after it makes it a title of that name, not a description.
      size_t n = head_end;
      while (n < text.size() && text[n] == ' ') ++n;
      if (n < text.size() && n > head_end &&
          (std::isupper(static_cast<unsigned char>(text[n])) ||
           static_cast<unsigned char>(text[n]) >= 0x80)) {
        continue;
      }
      if (StartsWith(text.substr(head_end), " of ") || StartsWith(text.substr(head_end), " for ")) {
        continue;  // "the head of the fund": the complement decides, not known here
      }
      TextSpan span{static_cast<uint32_t>(p), static_cast<uint32_t>(head_end)};
      bool overlaps = false;
      for (const TextSpan& t : taken) overlaps = overlaps || t.Overlaps(span);
      if (overlaps) continue;
      RoleFacets f =
          ParseRole(text.substr(p + 4, head_end - p - 4), &PersonKeySet::Contains, &persons);
      if (f.office.empty() || f.qualified) continue;
      std::vector<int32_t> cands;
      for (const Known& k : known) {
        if (k.facets.office != f.office || k.facets.qualified) continue;
        if (!f.country.empty() && k.facets.country != f.country) continue;
        if (!f.org.empty() && k.facets.org != f.org) continue;
        if (!f.principal.empty() && LastWord(k.facets.principal) != LastWord(f.principal)) continue;
        if (!f.rank.empty() && k.facets.rank != f.rank) continue;
        if (std::find(cands.begin(), cands.end(), k.entity) == cands.end()) {
          cands.push_back(k.entity);
        }
      }
      if (cands.size() > 1) {
        // Only those named earlier in this article.
        std::vector<int32_t> here;
        for (size_t m = 0; m < doc->entities.size(); ++m) {
          if (doc->entities[m].span.begin >= span.begin) continue;
          int32_t e =
              d < r->entity_of.size() && m < r->entity_of[d].size() ? r->entity_of[d][m] : -1;
          if (std::find(cands.begin(), cands.end(), e) != cands.end() &&
              std::find(here.begin(), here.end(), e) == here.end()) {
            here.push_back(e);
          }
        }
        cands = here;
      }
      if (cands.size() != 1) continue;
      r->descriptions.push_back({cands[0], static_cast<uint32_t>(d), span});
      AccountEntity& e = r->entities[static_cast<size_t>(cands[0])];
      Evidence ev = d < story.article_index.size() ? story.At(d, span)
                                                   : Evidence{static_cast<uint32_t>(d), span};
      e.mentions.push_back(ev);
      if (std::find(e.articles.begin(), e.articles.end(), ev.article) == e.articles.end()) {
        e.articles.push_back(ev.article);
        std::sort(e.articles.begin(), e.articles.end());
      }
    }
  }
}

}  // namespace corroborate

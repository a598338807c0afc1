#include "reconcile/attribute_conflicts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "core/strings.h"
#include "reconcile/roles.h"

namespace corroborate {
namespace {

// One person's roles in one story are few; past this many the pairwise check stops.
constexpr size_t kMaxRolesPerPerson = 64;

std::string LastWordOf(const std::string& key) {
  size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

struct ParsedRole {
  const RoleMention* mention = nullptr;
  RoleFacets facets;
  std::string outlet;
};

// The claim of the sentence holding span in doc, or -1.
int64_t ClaimAt(const ConflictContext& ctx, uint32_t doc, TextSpan span) {
  const ClaimSet& set = ctx.claims;
  if (doc + 1 >= set.doc_begin.size() || doc >= ctx.story.docs.size()) return -1;
  const AnnotatedDoc* d = ctx.story.docs[doc];
  for (uint32_t c = set.doc_begin[doc]; c < set.doc_begin[doc + 1] && c < set.claims.size(); ++c) {
    uint32_t s = set.claims[c].sentence;
    if (d != nullptr && s < d->sentences.size() && d->sentences[s].span.begin <= span.begin &&
        span.begin < d->sentences[s].span.end) {
      return c;
    }
  }
  return -1;
}

std::string Clean(std::string_view s) {
  std::string out = CollapseWhitespace(s);
  while (!out.empty() && (out.back() == ',' || out.back() == '.')) out.pop_back();
  return out;
}

// Sides of one conflict, one per outlet, in first-seen order.
class Sides {
 public:
  void Add(const std::string& outlet, const std::string& statement, Evidence ev) {
    for (ConflictSide& s : sides_) {
      if (s.held_by != outlet) continue;
      if (std::find(s.evidence.begin(), s.evidence.end(), ev) == s.evidence.end()) {
        s.evidence.push_back(ev);
      }
      return;
    }
    ConflictSide s;
    s.held_by = outlet;
    s.statement = statement;
    s.evidence.push_back(ev);
    sides_.push_back(std::move(s));
  }
  std::vector<ConflictSide> Take() { return std::move(sides_); }

 private:
  std::vector<ConflictSide> sides_;
};

std::string Summary(const std::string& slot, const std::string& name) {
  std::string who = name.empty() ? std::string("this person") : name;
  if (slot == "administration") return "Outlets differ on which administration " + who + " serves";
  if (slot == "principal") return "Outlets differ on whom " + who + " serves";
  if (slot == "country") return "Outlets differ on which country " + who + " represents";
  if (slot == "organisation") return "Outlets differ on which organisation " + who + " is with";
  if (slot == "rank") return "Outlets differ on the rank of " + who;
  return "Outlets differ on the office of " + who;
}

// "<Name> administration" phrases of one text with their principal key, skipping those a
// qualifier makes historical ("the former Biden administration", "under the Obama
// administration").
struct AdministrationMention {
  std::string principal;  // NameKey of the leader
  TextSpan span;          // "Trump administration"
};

std::vector<AdministrationMention> AdministrationsIn(std::string_view text, IsPersonKey is_person,
                                                     const void* ctx) {
  std::vector<AdministrationMention> out;
  for (size_t p = text.find("dministration"); p != std::string_view::npos;
       p = text.find("dministration", p + 1)) {
    if (p == 0 || (text[p - 1] != 'a' && text[p - 1] != 'A')) continue;
    size_t head = p - 1;
    // Up to four words before it, on the same line.
    size_t b = head;
    for (int w = 0; w < 4 && b > 0; ++w) {
      size_t e = b;
      while (e > 0 && text[e - 1] == ' ') --e;
      if (e == b && w > 0) break;
      size_t s = e;
      while (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != '(' &&
             text[s - 1] != '"') {
        --s;
      }
      if (s == e) break;
      b = s;
    }
    size_t end = p + 13;
    std::string_view phrase = text.substr(b, end - b);
    RoleFacets f = ParseRole(phrase, is_person, ctx);
    if (!f.administration || f.principal.empty()) continue;
    // A qualifier in the few words before the name makes it history ("the previous Biden
    // administration", "under the Obama administration").
    size_t ctx_begin = b >= 24 ? b - 24 : 0;
    std::string wider = AsciiLower(text.substr(ctx_begin, b + f.principal_span.begin - ctx_begin));
    bool historical = f.qualified;
    for (std::string_view w : Split(wider, ' ')) {
      static const std::unordered_set<std::string_view> kHistory = {
          "former",  "previous", "prior",  "past",  "last",      "then",
          "earlier", "under",    "during", "since", "preceding", "predecessor"};
      historical = historical || kHistory.count(w) > 0 || StartsWith(w, "ex-");
    }
    if (historical) continue;
    out.push_back({f.principal,
                   {static_cast<uint32_t>(b + f.principal_span.begin),
                    static_cast<uint32_t>(b + f.principal_span.end)}});
  }
  return out;
}

}  // namespace

std::vector<FoundConflict> FindAttributeConflicts(const ConflictContext& ctx) {
  std::vector<FoundConflict> out;
  const ResolvedEntities& res = ctx.entities;
  if (res.roles.empty()) return out;
  const PersonKeySet persons = PersonKeysOf(res.entities);
  // Roles per person.
  std::map<int32_t, std::vector<ParsedRole>> by_person;
  for (const RoleMention& rm : res.roles) {
    if (rm.entity < 0 || static_cast<size_t>(rm.entity) >= res.entities.size() ||
        rm.doc >= ctx.story.docs.size() || ctx.story.docs[rm.doc] == nullptr) {
      continue;
    }
    std::vector<ParsedRole>& list = by_person[rm.entity];
    if (list.size() >= kMaxRolesPerPerson) continue;
    ParsedRole pr;
    pr.mention = &rm;
    pr.facets =
        ParseRole(rm.span.Of(ctx.story.docs[rm.doc]->text()), &PersonKeySet::Contains, &persons);
    pr.outlet = OutletName(ctx, rm.doc);
    list.push_back(std::move(pr));
  }

  // Administrations each outlet names, for the story-wide check below.
  std::map<std::string, std::map<std::string, std::vector<Evidence>>> admin_by_outlet;
  std::map<uint32_t, std::string_view> admin_text;  // article -> its text
  bool any_admin_role = false;
  for (const auto& [entity, roles] : by_person) {
    for (const ParsedRole& r : roles) any_admin_role = any_admin_role || r.facets.administration;
  }
  if (any_admin_role) {
    for (uint32_t d = 0; d < ctx.story.docs.size(); ++d) {
      const AnnotatedDoc* doc = ctx.story.docs[d];
      if (doc == nullptr || doc->article == nullptr) continue;
      std::string outlet = OutletName(ctx, d);
      for (const AdministrationMention& a :
           AdministrationsIn(doc->text(), &PersonKeySet::Contains, &persons)) {
        admin_by_outlet[outlet][LastWordOf(a.principal)].push_back(ctx.story.At(d, a.span));
        admin_text[ctx.story.At(d, a.span).article] = doc->text();
      }
    }
  }

  for (const auto& [entity, roles] : by_person) {
    const std::string& name = res.entities[static_cast<size_t>(entity)].name;
    auto statement = [&](const ParsedRole& r) {
      return name + ", " + Clean(r.mention->span.Of(ctx.story.docs[r.mention->doc]->text()));
    };
    // Slot -> the roles on either side of some conflicting pair.
    std::map<std::string, std::set<size_t>> slots;
    for (size_t i = 0; i < roles.size(); ++i) {
      for (size_t j = i + 1; j < roles.size(); ++j) {
        if (roles[i].outlet == roles[j].outlet) continue;
        std::string why;
        if (!RolesConflict(roles[i].facets, roles[j].facets, &why)) continue;
        slots[why].insert(i);
        slots[why].insert(j);
      }
    }
    for (const auto& [slot, members] : slots) {
      FoundConflict fc;
      fc.conflict.kind = ConflictKind::kAttribute;
      fc.conflict.summary = Summary(slot, name);
      Sides sides;
      for (size_t i : members) {
        const ParsedRole& r = roles[i];
        sides.Add(r.outlet, statement(r), ctx.story.At(r.mention->doc, r.mention->span));
        int64_t c = ClaimAt(ctx, r.mention->doc, r.mention->span);
        if (c >= 0) fc.claims.push_back(static_cast<uint32_t>(c));
      }
      fc.conflict.sides = sides.Take();
      if (fc.conflict.sides.size() >= 2) out.push_back(std::move(fc));
    }
    if (slots.count("administration") || admin_by_outlet.empty()) continue;

    // Story-wide: this outlet places the person in one administration, while other outlets
    // name a different one as the administration of the day and none names this one.
    std::set<std::string> done;
    for (const ParsedRole& r : roles) {
      if (!r.facets.administration || r.facets.qualified) continue;
      const std::string mine = LastWordOf(r.facets.principal);
      if (!done.insert(r.outlet + "\x01" + mine).second) continue;
      bool answered = false;
      std::map<std::string, std::vector<std::pair<std::string, std::vector<Evidence>>>> others;
      for (const auto& [outlet, admins] : admin_by_outlet) {
        for (const auto& [principal, evs] : admins) {
          if (outlet == r.outlet) {
            if (principal != mine) answered = true;  // it names both itself: no contradiction
            continue;
          }
          if (principal == mine) {
            answered = true;
          } else {
            others[principal].emplace_back(outlet, evs);
          }
        }
      }
      if (answered || others.size() != 1) continue;
      FoundConflict fc;
      fc.conflict.kind = ConflictKind::kAttribute;
      fc.conflict.summary = Summary("administration", name);
      Sides sides;
      sides.Add(r.outlet, statement(r), ctx.story.At(r.mention->doc, r.mention->span));
      int64_t c = ClaimAt(ctx, r.mention->doc, r.mention->span);
      if (c >= 0) fc.claims.push_back(static_cast<uint32_t>(c));
      for (const auto& [outlet, evs] : others.begin()->second) {
        for (const Evidence& ev : evs) {
          sides.Add(outlet, "the " + Clean(ev.span.Of(admin_text[ev.article])) + " in office", ev);
        }
      }
      fc.conflict.sides = sides.Take();
      if (fc.conflict.sides.size() >= 2) out.push_back(std::move(fc));
    }
  }
  return out;
}

}  // namespace corroborate

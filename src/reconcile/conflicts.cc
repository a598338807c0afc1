// Conflict assembly (conflicts.h): ids for the conflicts and updates the finders found, the
// facts they touch, and the name an article goes by as a source. The finders are in
// denial_conflicts.cc, number_conflicts.cc, date_conflicts.cc, weekday_conflicts.cc,
// interval_conflicts.cc, attribute_conflicts.h and quote_conflicts.h.
#include "reconcile/conflicts.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "core/strings.h"

namespace corroborate {
namespace {

// The records found, in order, numbered prefix1, prefix2…, each with the ids of the facts its
// claims belong to (once each). record: the member of Found holding the record.
template <class Record, class Found>
std::vector<Record> Numbered(std::vector<Found> found, Record Found::*record,
                             std::string_view prefix, const FactTable& table) {
  std::vector<Record> out;
  for (Found& f : found) {
    Record r = std::move(f.*record);
    r.id = std::string(prefix).append(std::to_string(out.size() + 1));
    for (uint32_t claim : f.claims) {
      if (claim >= table.fact_of_claim.size() || table.fact_of_claim[claim] < 0) continue;
      const std::string& id = table.facts[table.fact_of_claim[claim]].id;
      if (std::find(r.facts.begin(), r.facts.end(), id) == r.facts.end()) r.facts.push_back(id);
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::string OutletName(const ConflictContext& ctx, uint32_t doc) {
  if (doc < ctx.story.article_index.size() && ctx.story.article_index[doc] < ctx.articles.size()) {
    const Article& a = ctx.articles[ctx.story.article_index[doc]];
    if (!a.outlet.empty()) return a.outlet;
    if (!a.url.empty()) {
      std::string_view u = a.url;
      size_t p = u.find("://");
      if (p != std::string_view::npos) u.remove_prefix(p + 3);
      u = u.substr(0, u.find('/'));
      if (StartsWith(u, "www.")) u.remove_prefix(4);
      if (!u.empty()) return std::string(u);
    }
    if (!a.id.empty()) return a.id;
  }
  if (doc < ctx.story.docs.size() && ctx.story.docs[doc] && ctx.story.docs[doc]->article &&
      !ctx.story.docs[doc]->article->id.empty()) {
    return ctx.story.docs[doc]->article->id;
  }
  return std::string("article ").append(std::to_string(doc + 1));
}

std::vector<FactUpdate> NumberUpdates(std::vector<FoundUpdate> found, const FactTable& table) {
  return Numbered(std::move(found), &FoundUpdate::update, "u", table);
}

std::vector<Conflict> NumberConflicts(std::vector<FoundConflict> found, const FactTable& table) {
  return Numbered(std::move(found), &FoundConflict::conflict, "c", table);
}

}  // namespace corroborate

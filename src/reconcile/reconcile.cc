#include "reconcile/reconcile.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/strings.h"
#include "reconcile/attribute_conflicts.h"
#include "reconcile/claims.h"
#include "reconcile/clause_support.h"
#include "reconcile/conflicts.h"
#include "reconcile/coverage.h"
#include "reconcile/entities.h"
#include "reconcile/facts.h"
#include "reconcile/framing.h"
#include "reconcile/positions.h"
#include "reconcile/quote_conflicts.h"
#include "reconcile/quotes.h"
#include "reconcile/timeline.h"

namespace corroborate {
namespace {

// The title most other titles share words with (the first on ties).
std::string PickTitle(const StoryInput& story, const std::vector<Article>& articles) {
  std::vector<std::string> titles;
  for (uint32_t a : story.article_index) {
    if (a < articles.size() && !Trim(articles[a].title).empty()) {
      titles.push_back(CollapseWhitespace(articles[a].title));
    }
  }
  if (titles.empty()) {
    for (const AnnotatedDoc* doc : story.docs) {
      if (doc == nullptr || doc->article == nullptr) continue;
      for (const Sentence& s : doc->sentences) {
        if (s.heading) return CollapseWhitespace(s.span.Of(doc->text()));
      }
    }
    return "";
  }
  // Score = shared words with the other titles = sum over a title's words of (titles with it - 1);
  // linear in the titles.
  std::vector<std::set<std::string>> stems;
  std::map<std::string, size_t> df;
  for (const auto& t : titles) {
    auto v = ContentStems(t);
    stems.emplace_back(v.begin(), v.end());
    for (const auto& w : stems.back()) ++df[w];
  }
  size_t best = 0;
  size_t best_score = 0;
  for (size_t i = 0; i < titles.size(); ++i) {
    size_t score = 0;
    for (const auto& w : stems[i]) score += df[w] - 1;
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  return titles[best];
}

}  // namespace

StoryAccount Reconcile(const StoryInput& story, const std::vector<Article>& articles,
                       const std::string& story_id) {
  StoryAccount out;
  out.id = story_id;
  out.articles = story.article_index;
  out.sourcing = story.sourcing;
  try {
    out.title = PickTitle(story, articles);
    ResolvedEntities resolved = ResolveEntities(story);
    ClaimSet claims = BuildClaims(story, resolved);
    // Quotes first: sentences carrying the same aligned quote are one fact.
    QuoteAlignment quotes = AlignQuoteOccurrences(story, resolved);
    std::vector<std::vector<uint32_t>> groups =
        AlignClaims(claims, AlignOptions{}, QuoteLinks(claims, quotes));

    ConflictContext ctx{story, articles, claims, resolved, &groups};
    std::vector<FoundConflict> found = FindDenials(ctx);
    std::vector<FoundUpdate> updates;
    for (auto& f : FindNumberConflicts(ctx, &updates)) found.push_back(std::move(f));
    for (auto& f : FindDateConflicts(ctx, groups)) found.push_back(std::move(f));
    for (auto& f : FindWeekdayConflicts(ctx)) found.push_back(std::move(f));
    for (auto& f : FindIntervalConflicts(ctx)) found.push_back(std::move(f));
    for (auto& f : FindAttributeConflicts(ctx)) found.push_back(std::move(f));
    for (auto& f : FindQuoteConflicts(ctx, quotes, updates)) found.push_back(std::move(f));

    // A heading that aligns with nothing still stands as a fact when a conflict needs it.
    std::vector<bool> keep(claims.claims.size(), false);
    for (const auto& f : found) {
      for (uint32_t c : f.claims) {
        if (c < keep.size()) keep[c] = true;
      }
    }
    // A sentence also supports the facts its other clauses tell.
    FactTable table = BuildFacts(story, claims, resolved, groups, keep,
                                 SecondarySupport(claims, groups), ClauseSupport(claims, groups));
    out.conflicts = NumberConflicts(std::move(found), table);
    out.updates = NumberUpdates(std::move(updates), table);
    SetStatuses(out.conflicts, &table);
    out.timeline = BuildTimeline(story, claims, table);
    out.coverage = BuildCoverage(story, table);
    out.quotes = std::move(quotes.quotes);
    out.positions = BuildPositions(story, resolved, claims, out.quotes);
    out.framing = FindFraming(story, out.quotes);
    out.entities = std::move(resolved.entities);
    out.facts = std::move(table.facts);
  } catch (const std::exception&) {
    // Untrusted input must not take the run down: keep what was built.
  }
  return out;
}

}  // namespace corroborate

// Positions (reconcile/positions.h): runs the stance finder over every sentence of the story
// and assembles the table. The parts: positions_lexicon (stance words), positions_context
// (negation, unasserted readings), positions_issue (issue phrases), positions_actor (holders),
// positions_cues (stance expressions), positions_rows (the actor × issue table).
#include "reconcile/positions.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "reconcile/positions_actor.h"
#include "reconcile/positions_cues.h"
#include "reconcile/positions_rows.h"

namespace corroborate {
namespace {

using positions::QuoteSpan;

// Quote occurrences per document, with their resolved speakers.
std::vector<std::vector<QuoteSpan>> QuoteSpansByDoc(const StoryInput& story,
                                                    const ResolvedEntities& entities,
                                                    const std::vector<AccountQuote>& quotes) {
  std::vector<std::vector<QuoteSpan>> spans(story.docs.size());
  std::unordered_map<uint32_t, size_t> doc_of_article;
  for (size_t d = 0; d < story.article_index.size(); ++d) {
    doc_of_article.emplace(story.article_index[d], d);
  }
  std::unordered_map<std::string, int32_t> entity_by_id;
  for (size_t e = 0; e < entities.entities.size(); ++e) {
    entity_by_id.emplace(entities.entities[e].id, static_cast<int32_t>(e));
  }
  for (const AccountQuote& q : quotes) {
    for (const Evidence& ev : q.evidence) {
      auto it = doc_of_article.find(ev.article);
      if (it == doc_of_article.end() || it->second >= spans.size()) continue;
      QuoteSpan s;
      s.span = ev.span;
      s.speaker = q.speaker;
      s.speaker_name = q.speaker_name;
      auto e = entity_by_id.find(q.speaker);
      if (e != entity_by_id.end()) s.entity = e->second;
      s.direct = false;
      const AnnotatedDoc* doc = story.docs[it->second];
      if (doc != nullptr) {
        for (const Quote& dq : doc->quotes) {
          if (dq.text == ev.span) s.direct = dq.direct;
        }
      }
      spans[it->second].push_back(std::move(s));
    }
  }
  return spans;
}

}  // namespace

std::vector<Position> BuildPositions(const StoryInput& story, const ResolvedEntities& entities,
                                     const ClaimSet& claims,
                                     const std::vector<AccountQuote>& quotes) {
  const std::vector<std::vector<QuoteSpan>> quote_spans = QuoteSpansByDoc(story, entities, quotes);
  positions::ActorResolver actors(story, entities, claims);
  const positions::StanceFinder finder(actors);
  std::vector<positions::Occurrence> all;
  for (size_t d = 0; d < story.docs.size() && d + 1 < claims.doc_begin.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    actors.BeginDoc(d);
    for (uint32_t c = claims.doc_begin[d]; c < claims.doc_begin[d + 1]; ++c) {
      const Claim& claim = claims.claims[c];
      const size_t index = c - claims.doc_begin[d];
      positions::SentenceView v{
          d, doc, doc->text(), &claim, &quote_spans[d], &actors.DocTokens(index), index};
      for (positions::Found& f : finder.FindIn(v)) {
        f.heading = claim.heading;
        all.push_back({std::move(f), story.At(d, claim.span)});
      }
    }
  }
  return positions::AssembleRows(std::move(all), entities);
}

}  // namespace corroborate

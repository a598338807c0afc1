// Story clustering of a batch: which articles report the same real-world event, and which
// events belong to one developing story (the same people meeting in another city two days
// later). The streaming algorithm (story_stream.h) runs over the batch in input order, with
// the batch's own document frequencies learned first, at a strict threshold (tight seed
// events); refinement then merges seed events by average linkage (average_linkage.h), moves
// each article to the event it fits best, and forms stories again over the final events by
// average linkage of their names. Cost: linear in the batch, except the merge's heap
// (O(events x candidates x log)).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"
#include "story/story_stream.h"

namespace corroborate {

struct StoryDocument {
  std::string_view title;
  std::string_view text;
  int32_t day = kNoDay;  // publish day (PublishDay), kNoDay when unknown
};

struct ClusterOptions {
  StreamOptions stream;
  bool refine = true;  // false: the streaming pass alone, at stream.event_threshold
  // With refine, the streaming pass uses this stricter threshold to form tight seed events,
  // which average linkage then merges.
  float seed_threshold = 0.40f;
  float merge_threshold = 0.08f;  // mean cosine between their articles at which events merge
  // Two events of several articles also need a mean cosine of this share of the smaller of
  // their cohesions (the mean cosine inside each), so tight events of one kind stay apart.
  float relative = 0.6f;
  int refine_rounds = 1;      // reassignment sweeps after merging
  float move_margin = 0.02f;  // how much better another event must fit to move an article
};

struct Clustering {
  // Per document, numbered from 0 in order of first appearance.
  std::vector<uint32_t> event;
  std::vector<uint32_t> story;
  uint32_t events = 0;
  uint32_t stories = 0;
};

Clustering ClusterDocuments(const std::vector<StoryDocument>& docs, const ClusterOptions& options);

// A story of a batch: its articles and, inside it, its events (indices into the batch, each
// list in input order; events in order of their first article).
struct StoryClusters {
  std::vector<uint32_t> articles;
  std::vector<std::vector<uint32_t>> events;
};

// Stories in order of their first article (what the pipeline reconciles, one at a time).
std::vector<StoryClusters> ClusterStoryEvents(const std::vector<AnnotatedDoc>& docs);

// The same, stories only: lists of indices into docs.
std::vector<std::vector<uint32_t>> ClusterStories(const std::vector<AnnotatedDoc>& docs);

}  // namespace corroborate

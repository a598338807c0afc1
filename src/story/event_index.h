// The live state of streaming story clustering: events (articles about one real-world event:
// a centroid of their term vectors, the days they were published on) grouped in stories (a
// centroid of their names and places), an inverted index from each event's heaviest centroid
// terms to the event for candidate retrieval, and aging: an event with no new article for
// idle_days (by publish date) or idle_articles (by arrival) leaves the index, and a story
// leaves with its last event. Per article the cost is bounded (top query terms x capped
// posting lists, a fixed number of candidates, an amortised O(1) eviction queue), so it stays
// flat as the stream grows; memory is proportional to the live events (plus 16 bytes per live
// article in the eviction queue). Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "story/posting_index.h"
#include "story/term_weights.h"

namespace corroborate {

struct EventIndexOptions {
  size_t centroid_terms = 128;  // terms kept in an event's centroid
  size_t story_terms = 64;      // terms kept in a story's name centroid
  size_t event_places = 6;      // main places kept per event
  size_t index_terms = 16;      // heaviest centroid terms with a posting
  size_t query_terms = 24;      // heaviest article terms looked up
  size_t candidates = 24;       // events scored in full per article
  size_t max_posting_list = 512;
};

struct LiveEvent {
  uint64_t id = 0;  // stable number in order of creation
  uint32_t story = 0;
  uint32_t generation = 0;
  uint32_t size = 0;  // articles
  int32_t first_day = kNoDay;
  int32_t last_day = kNoDay;
  uint64_t last_seq = 0;  // arrival number of its latest article
  float norm = 0;
  bool live = false;
  TermVector centroid;            // sum of member vectors, heaviest centroid_terms
  std::vector<uint32_t> indexed;  // sorted: the terms it has postings under
  std::vector<TermCount> places;  // its articles' main places with counts, most first
};

struct LiveStory {
  uint64_t id = 0;
  uint32_t generation = 0;
  uint32_t events = 0;  // live events
  uint32_t size = 0;    // articles
  int32_t first_day = kNoDay;
  int32_t last_day = kNoDay;
  float norm = 0;
  bool live = false;
  TermVector names;  // sum of member name/place vectors, heaviest story_terms
};

class EventIndex {
 public:
  explicit EventIndex(EventIndexOptions options = {}) : options_(options) {}

  // Live events sharing the most query weight with v, best first.
  void Candidates(const TermVector& v, std::vector<uint32_t>* slots);

  uint32_t NewStory();
  uint32_t NewEvent(uint32_t story, const ArticleVector& v, uint64_t seq);
  void AddToEvent(uint32_t slot, const ArticleVector& v, uint64_t seq);
  void AddToStory(uint32_t story, const TermVector& names, int32_t day);

  const LiveEvent& event(uint32_t slot) const { return events_[slot]; }
  size_t event_slots() const { return events_.size(); }  // live or free
  const LiveStory& story(uint32_t slot) const { return stories_[slot]; }

  // Evicts events whose latest article is more than idle_days older than clock_day (when both
  // are known) or more than idle_articles arrivals ago. Returns how many were evicted.
  size_t EvictIdle(int32_t clock_day, uint64_t seq, int idle_days, uint64_t idle_articles);
  void EvictEvent(uint32_t slot);  // no-op for a free slot

  size_t live_events() const { return live_events_; }
  size_t live_stories() const { return live_stories_; }
  size_t live_articles() const { return live_articles_; }
  const PostingIndex& postings() const { return postings_; }
  // Bytes held by events, stories, postings and the eviction queue (walks the slots).
  size_t MemoryBytes() const;

 private:
  void Reindex(uint32_t slot);
  void AddPlaces(const ArticleVector& v, LiveEvent* e) const;

  EventIndexOptions options_;
  std::vector<LiveEvent> events_;
  std::vector<LiveStory> stories_;
  std::vector<uint32_t> free_events_;
  std::vector<uint32_t> free_stories_;
  PostingIndex postings_{options_.max_posting_list};
  // One entry per article added, in arrival order: an event's entry is current while its
  // last_seq matches, so the front is always the least recently touched event.
  struct Queued {
    uint32_t slot;
    uint32_t generation;
    uint64_t seq;
  };
  std::deque<Queued> queue_;
  uint64_t next_event_id_ = 1;
  uint64_t next_story_id_ = 1;
  size_t live_events_ = 0;
  size_t live_stories_ = 0;
  size_t live_articles_ = 0;
  // Candidate scoring scratch, indexed by slot.
  std::vector<float> score_;
  std::vector<uint32_t> touched_;
  std::vector<WeightedTerm> query_;
};

}  // namespace corroborate

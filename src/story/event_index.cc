#include "story/event_index.h"

#include <algorithm>

#include "story/compatibility.h"

namespace corroborate {
namespace {

void Widen(int32_t day, int32_t* first, int32_t* last) {
  if (day == kNoDay) return;
  if (*first == kNoDay || day < *first) *first = day;
  if (*last == kNoDay || day > *last) *last = day;
}

size_t HeapBytes(size_t capacity, size_t element) {
  return capacity == 0 ? 0 : capacity * element + 16;  // + glibc malloc chunk header
}

}  // namespace

void EventIndex::Candidates(const TermVector& v, std::vector<uint32_t>* slots) {
  slots->clear();
  HeaviestTerms(v, options_.query_terms, &query_);
  if (score_.size() < events_.size()) score_.resize(events_.size(), 0.0f);
  for (const WeightedTerm& q : query_) {
    postings_.ForEach(q.term, [&](const Posting& p) {
      const LiveEvent& e = events_[p.slot];
      if (!e.live || e.generation != p.generation) return;
      if (score_[p.slot] == 0.0f) touched_.push_back(p.slot);
      score_[p.slot] += q.weight;
    });
  }
  size_t keep = std::min(options_.candidates, touched_.size());
  std::partial_sort(touched_.begin(), touched_.begin() + static_cast<ptrdiff_t>(keep),
                    touched_.end(), [&](uint32_t a, uint32_t b) {
                      return score_[a] > score_[b] || (score_[a] == score_[b] && a < b);
                    });
  slots->assign(touched_.begin(), touched_.begin() + static_cast<ptrdiff_t>(keep));
  for (uint32_t slot : touched_) score_[slot] = 0.0f;
  touched_.clear();
}

uint32_t EventIndex::NewStory() {
  uint32_t slot;
  if (!free_stories_.empty()) {
    slot = free_stories_.back();
    free_stories_.pop_back();
  } else {
    slot = static_cast<uint32_t>(stories_.size());
    stories_.emplace_back();
  }
  LiveStory& s = stories_[slot];
  uint32_t generation = s.generation + 1;
  s = LiveStory{};
  s.generation = generation;
  s.id = next_story_id_++;
  s.live = true;
  ++live_stories_;
  return slot;
}

void EventIndex::AddPlaces(const ArticleVector& v, LiveEvent* e) const {
  CountPlaces(v.places, options_.event_places, &e->places);
}

uint32_t EventIndex::NewEvent(uint32_t story, const ArticleVector& v, uint64_t seq) {
  const int32_t day = v.day;
  uint32_t slot;
  if (!free_events_.empty()) {
    slot = free_events_.back();
    free_events_.pop_back();
  } else {
    slot = static_cast<uint32_t>(events_.size());
    events_.emplace_back();
  }
  LiveEvent& e = events_[slot];
  uint32_t generation = e.generation + 1;
  e = LiveEvent{};
  e.generation = generation;
  e.id = next_event_id_++;
  e.story = story;
  e.live = true;
  e.centroid = v.terms;
  AddPlaces(v, &e);
  KeepTop(options_.centroid_terms, &e.centroid);
  e.norm = Norm(e.centroid);
  e.size = 1;
  e.first_day = e.last_day = day;
  e.last_seq = seq;
  ++stories_[story].events;
  ++live_events_;
  ++live_articles_;
  Reindex(slot);
  queue_.push_back({slot, e.generation, seq});
  return slot;
}

void EventIndex::AddToEvent(uint32_t slot, const ArticleVector& v, uint64_t seq) {
  LiveEvent& e = events_[slot];
  const int32_t day = v.day;
  AddScaled(v.terms, 1.0f, &e.centroid);
  AddPlaces(v, &e);
  KeepTop(options_.centroid_terms, &e.centroid);
  e.centroid.shrink_to_fit();
  e.norm = Norm(e.centroid);
  ++e.size;
  Widen(day, &e.first_day, &e.last_day);
  e.last_seq = seq;
  ++live_articles_;
  queue_.push_back({slot, e.generation, seq});
  // The heaviest terms settle quickly; re-index while the event is young, then every 8th.
  if (e.size <= 4 || e.size % 8 == 0) Reindex(slot);
}

void EventIndex::AddToStory(uint32_t story, const TermVector& names, int32_t day) {
  LiveStory& s = stories_[story];
  AddScaled(names, 1.0f, &s.names);
  KeepTop(options_.story_terms, &s.names);
  s.names.shrink_to_fit();
  s.norm = Norm(s.names);
  ++s.size;
  Widen(day, &s.first_day, &s.last_day);
}

void EventIndex::Reindex(uint32_t slot) {
  LiveEvent& e = events_[slot];
  HeaviestTerms(e.centroid, options_.index_terms, &query_);
  std::vector<uint32_t> wanted(query_.size());
  for (size_t i = 0; i < query_.size(); ++i) wanted[i] = query_[i].term;
  std::sort(wanted.begin(), wanted.end());
  const Posting posting{slot, e.generation};
  size_t i = 0, j = 0;
  while (i < e.indexed.size() || j < wanted.size()) {
    if (j == wanted.size() || (i < e.indexed.size() && e.indexed[i] < wanted[j])) {
      postings_.Remove(e.indexed[i++], posting);
    } else if (i == e.indexed.size() || wanted[j] < e.indexed[i]) {
      postings_.Add(wanted[j++], posting);
    } else {
      ++i, ++j;
    }
  }
  e.indexed.swap(wanted);
}

void EventIndex::EvictEvent(uint32_t slot) {
  if (slot >= events_.size() || !events_[slot].live) return;
  LiveEvent& e = events_[slot];
  const Posting posting{slot, e.generation};
  for (uint32_t term : e.indexed) postings_.Remove(term, posting);
  LiveStory& s = stories_[e.story];
  if (--s.events == 0) {
    s.live = false;
    TermVector().swap(s.names);
    free_stories_.push_back(e.story);
    --live_stories_;
  }
  live_articles_ -= e.size;
  --live_events_;
  e.live = false;
  TermVector().swap(e.centroid);
  std::vector<uint32_t>().swap(e.indexed);
  std::vector<TermCount>().swap(e.places);
  free_events_.push_back(slot);
}

size_t EventIndex::EvictIdle(int32_t clock_day, uint64_t seq, int idle_days,
                             uint64_t idle_articles) {
  size_t evicted = 0;
  while (!queue_.empty()) {
    const Queued q = queue_.front();
    const LiveEvent& e = events_[q.slot];
    if (!e.live || e.generation != q.generation || e.last_seq != q.seq) {
      queue_.pop_front();  // gone, or touched again later (a newer entry stands for it)
      continue;
    }
    bool stale_by_day = clock_day != kNoDay && e.last_day != kNoDay &&
                        static_cast<int64_t>(clock_day) - e.last_day > idle_days;
    bool stale_by_arrival = seq - e.last_seq > idle_articles;
    if (!stale_by_day && !stale_by_arrival) break;
    queue_.pop_front();
    EvictEvent(q.slot);
    ++evicted;
  }
  return evicted;
}

size_t EventIndex::MemoryBytes() const {
  size_t bytes = HeapBytes(events_.capacity(), sizeof(LiveEvent)) +
                 HeapBytes(stories_.capacity(), sizeof(LiveStory)) +
                 HeapBytes(free_events_.capacity(), sizeof(uint32_t)) +
                 HeapBytes(free_stories_.capacity(), sizeof(uint32_t)) +
                 queue_.size() * sizeof(Queued) + HeapBytes(score_.capacity(), sizeof(float)) +
                 postings_.MemoryBytes();
  for (const LiveEvent& e : events_) {
    bytes += HeapBytes(e.centroid.capacity(), sizeof(WeightedTerm)) +
             HeapBytes(e.indexed.capacity(), sizeof(uint32_t)) +
             HeapBytes(e.places.capacity(), sizeof(TermCount));
  }
  for (const LiveStory& s : stories_) {
    bytes += HeapBytes(s.names.capacity(), sizeof(WeightedTerm));
  }
  return bytes;
}

}  // namespace corroborate

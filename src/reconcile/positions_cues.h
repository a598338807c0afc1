// Stance cues: finds the stance expressions of one sentence ("demands", "insists on", "rules
// out", "will not accept", "offered to", "backs", "warned against", "is unacceptable to",
// "will not cede"), reads each as a verb or a noun ("demands for"), applies negation and the
// passive ("amendments proposed by X"), and pairs the holder (ActorResolver) with each issue
// of the object (positions_issue.h). Stance words that state nobody's position are skipped
// (positions_context.h).
#pragma once

#include <cstddef>
#include <vector>

#include "reconcile/positions_actor.h"
#include "reconcile/positions_sentence.h"

namespace corroborate::positions {

class StanceFinder {
 public:
  explicit StanceFinder(const ActorResolver& actors) : actors_(actors) {}

  // Every actor × issue × stance the sentence states.
  std::vector<Found> FindIn(const SentenceView& v) const;

 private:
  void Emit(const SentenceView& v, std::vector<Actor> raw_actors, Stance stance,
            std::vector<Found> issues, std::vector<Found>* out) const;
  bool Passive(const SentenceView& v, size_t i, Stance stance, std::vector<Found>* out) const;
  bool Trigger(const SentenceView& v, size_t i, const Rule& r, std::vector<Found>* out) const;
  void NegatedConcession(const SentenceView& v, size_t i, std::vector<Found>* out) const;
  void Adjective(const SentenceView& v, size_t i, std::vector<Found>* out) const;
  // A demand stated as a refusal's condition (positions_conditions.cc).
  void Condition(const SentenceView& v, size_t i, std::vector<Found>* out) const;

  const ActorResolver& actors_;
};

}  // namespace corroborate::positions

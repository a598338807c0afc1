// The context of a stance word that changes what it states: negation ("will not accept" →
// rejects), a denial around it ("incorrect to say Putin rejected") and readings that assert
// nobody's position (questions, conditions, speculation, advice, accusations, purposes,
// commentators' readings).
#pragma once

#include <cstddef>

#include "reconcile/positions_sentence.h"

namespace corroborate::positions {

// Negation on token i or in the words just before it. need_modal: only a negated modal
// counts ("will not cede"; "did not cede" is a report of an act, not a stance).
bool Negated(const SentenceView& v, size_t i, bool need_modal);

// "incorrect to say Putin rejected", "denied that Kyiv accepted": a stance reported as false.
bool DeniedContext(const SentenceView& v, size_t i);

// A stance word that does not state the actor's position: inside a question, a condition
// ("if Varnia accepts …"), speculation or a forecast ("could accept", "is expected to
// reject"), an obligation others put on it ("Ukraine must resist …"), an accusation ("accused
// X of proposing …") or a purpose ("aimed at demonstrating support"). Scans back through the
// clause only, so "Kestria will reject it if …" still counts.
bool Unasserted(const SentenceView& v, size_t i);

}  // namespace corroborate::positions

// FindQuotes (declared in analyze.h): direct quotes (“…”, "…", «…», „…“, ‘…’) and indirect
// speech ("X said that …", "According to X, …") with their speakers and cue verbs. Speakers are
// names (snapped to an entity mention when FindEntities found one), pronouns ("he": reconcile
// resolves them) or descriptions ("a U.S. official"). Works on the text and the sentence spans
// only; tokens and entities are optional. Cost: O(n) in the text size (quote pairing is a
// single pass; every look-around is bounded). Thread-safety: pure function of the doc.
#pragma once

#include <string_view>

#include "analyze/analyze.h"

namespace corroborate {

// Lower-case cue verbs: finite forms ("said", "warned", "called") and participles ("saying").
bool IsSpeechCue(std::string_view lower);
bool IsSpeechCueParticiple(std::string_view lower);

}  // namespace corroborate

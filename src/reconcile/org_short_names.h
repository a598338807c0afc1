// Short forms of a story's organisation and state names that no text declares as aliases:
// initials ("KNA" for "Kestrian News Agency"), a run of the name's own words ("Courier" for
// "The Daily Courier", "Red Cross" for "International Red Cross Committee"), a state's formal
// name ("Russian Federation" for "Russia", "Republic of Varnia" for "Varnia") and a possessive
// for the demonym ("Varnia's defence ministry" for "Varnian defence ministry"); and one body's
// word orders ("Ministry of Defence of Varnia", "Varnian Ministry of Defence", "Varnia's
// defence ministry": the same words once the owner is read as its place). A short form
// links only when exactly one longer name of the story fits it: two "… Courier" titles leave
// "Courier" alone. People never take part (surnames have their own rules in entities.cc).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace corroborate {

// One distinct non-person name key of the story (NameKey form) with what its mentions say.
struct ShortNameCandidate {
  std::string key;            // "daily courier"
  std::string surface;        // a spelling as written: "The Daily Courier", "KNA"
  bool organization = false;  // some mention is typed as an organisation
  bool place = false;         // some mention is typed as a place
};

// Pairs (short, long) of indices into `names` that name the same thing.
std::vector<std::pair<size_t, size_t>> LinkShortNames(const std::vector<ShortNameCandidate>& names);

// Whether a one-word organisation name ("KNA", "Ledger") is the initials of, or a word of, the
// written name `full` ("Kestrian News Agency", "The Northern Ledger"). Generic words ("Agency")
// are never short forms.
bool IsShortFormOf(const ShortNameCandidate& short_name, const std::string& full);

}  // namespace corroborate

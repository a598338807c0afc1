// Clause units: the propositions of one sentence, for fact alignment. News sentences tell several
// facts at once, often in subordinate clauses ("Envoy Voss, who came to Tarsk for the fourth
// time this year, brought a revised plan"; "Dorn stepped in after Marek resigned"; "Speaking
// during a visit to Lisbon, Renn said …"), so each clause is cut out with the few words it
// leans on (the noun a relative clause describes, the subject a participle or a second verb
// shares), and the rest of the sentence stays its main unit. With a parse (AnnotatedDoc::words):
// acl:relcl and acl off a noun, advcl (not a gerund a preposition opens: "accused them [of
// shelling]"), ccomp under a speech verb, conj/parataxis verbs with their own subject; every
// unit needs a verb of its own (an appositive title is no proposition). Without one, rules: ",
// who/which …", a subordinator ("after", "though", "because" …) opening a clause with a verb, an
// opening "-ing" phrase, and the contrast and ";" clauses of clauses.h. Cost: linear in the
// sentence. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "model/annotated_doc.h"
#include "reconcile/claims.h"

namespace corroborate {

enum class ClauseKind : uint8_t {
  kMain,         // what is left of the sentence
  kRelative,     // "who came to Tarsk", "which Kyiv denied"
  kAdverbial,    // "after Marek resigned", "though no agreements were reached"
  kParticipial,  // "Speaking during a visit to Lisbon", "triggered by a raid"
  kComplement,   // what a speech verb reports ("said [the talks were useful]")
  kCoordinate,   // a second verb with its own subject, a ";" or "but" clause
};

struct ClauseUnit {
  ClauseKind kind = ClauseKind::kMain;
  std::vector<uint32_t>
      tokens;     // Claim::tokens indices, sorted: its own words and those it leans on
  TextSpan span;  // evidence: its own words (with an adjacent antecedent)
};

// The units of c's sentence when it holds two or more, else empty. Units are disjoint in their
// own words; leaned-on words (antecedent, shared subject) may repeat. doc: c's article.
std::vector<ClauseUnit> SplitUnits(const AnnotatedDoc& doc, const Claim& c);

}  // namespace corroborate

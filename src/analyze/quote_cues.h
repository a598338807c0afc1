// Internal to FindQuotes (quotes.cc and the quote_*.cc files): the closed word lists that
// recognise speech — cue verbs, the words that stop or bridge a speaker's noun phrase, titles,
// name particles — kept apart from the scanning code so the vocabulary reads in one place.
// Every list is built once on first use and never changes: safe to read from any thread.
#pragma once

#include <string_view>
#include <unordered_set>

namespace corroborate::quotes_internal {

using WordSet = std::unordered_set<std::string_view>;

// Finite speech verbs that attribute a direct quote ("said", "warned", "called").
const WordSet& FiniteCues();
// Participles that attribute a quote to the sentence's subject ("…, saying").
const WordSet& ParticipleCues();
// Verbs that introduce reported speech without quote marks.
const WordSet& IndirectCues();
// Words that end a noun phrase when collecting a speaker.
const WordSet& PhraseStops();
// Words that may stand between a speaker and its verb ("also", "later", "told").
const WordSet& AdverbsBeforeVerb();
// Auxiliaries that make a cue passive ("was described as"): no speaker written.
const WordSet& PassiveAux();
const WordSet& Pronouns();
// Titles and roles dropped from the front of a name ("Foreign Minister X" -> "X").
const WordSet& Titles();
// Lower-case particles inside names ("von der", "bin").
const WordSet& NameParticles();
// A described source keeps its prepositional phrase ("sources close to the talks"): the
// nouns and adjectives that may take one, and the prepositions that bridge.
const WordSet& BridgeWords();
const WordSet& BridgePrepositions();
// "expressed concern that …": a stance verb and noun that together report speech.
const WordSet& StanceVerbs();
const WordSet& StanceNouns();

// "Neither government confirmed …", "No official said …": a negated source reports nothing.
bool IsNegatedSource(std::string_view speaker);

}  // namespace corroborate::quotes_internal

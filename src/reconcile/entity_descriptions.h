// Title-only references to people: "the envoy", "the Kremlin aide", "the US special envoy" not
// followed by a name. Each goes to the one person of the story with a role of that office
// (roles.h) whose country, organisation, principal and rank agree; when several have one, to
// the only one of them named earlier in the same article; else it stays unresolved. Cost: one
// pass over each text. Pure; thread-safe.
#pragma once

#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

// Fills r->descriptions and adds each as a mention (evidence) of its entity. Needs r's
// entities, entity_of and roles.
void ResolveDescriptions(const StoryInput& story, ResolvedEntities* r);

}  // namespace corroborate

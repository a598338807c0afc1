#include "model/annotated_doc.h"

namespace corroborate {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPlace:
      return "place";
    case EntityType::kGroup:
      return "group";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

}  // namespace corroborate

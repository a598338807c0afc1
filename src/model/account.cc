#include "model/account.h"

namespace corroborate {

const char* FactStatusName(FactStatus s) {
  switch (s) {
    case FactStatus::kConfirmed:
      return "confirmed";
    case FactStatus::kSingleSource:
      return "single-source";
    case FactStatus::kContested:
      return "contested";
  }
  return "single-source";
}

const char* ConflictKindName(ConflictKind k) {
  switch (k) {
    case ConflictKind::kDenial:
      return "denial";
    case ConflictKind::kNumber:
      return "number";
    case ConflictKind::kDate:
      return "date";
    case ConflictKind::kAttribute:
      return "attribute";
    case ConflictKind::kQuote:
      return "quote";
  }
  return "denial";
}

}  // namespace corroborate

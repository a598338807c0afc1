#include "extract/metadata/time_zone.h"

#include <array>

namespace corroborate {
namespace {

struct Zone {
  std::string_view name;
  int offset;  // minutes east of UTC
  bool ambiguous;
};

constexpr std::array kZones = {
    Zone{"UTC", 0, false},     Zone{"GMT", 0, false},     Zone{"Z", 0, false},
    Zone{"WET", 0, false},     Zone{"WEST", 60, false},   Zone{"BST", 60, false},
    Zone{"CET", 60, false},    Zone{"CEST", 120, false},  Zone{"EET", 120, false},
    Zone{"EEST", 180, false},  Zone{"MSK", 180, false},   Zone{"TRT", 180, false},
    Zone{"GST", 240, false},   Zone{"PKT", 300, false},   Zone{"WIB", 420, false},
    Zone{"SGT", 480, false},   Zone{"HKT", 480, false},   Zone{"AWST", 480, false},
    Zone{"JST", 540, false},   Zone{"KST", 540, false},   Zone{"ACST", 570, false},
    Zone{"AEST", 600, false},  Zone{"AEDT", 660, false},  Zone{"NZST", 720, false},
    Zone{"NZDT", 780, false},  Zone{"EST", -300, false},  Zone{"EDT", -240, false},
    Zone{"CST", -360, false},  Zone{"CDT", -300, false},  Zone{"MST", -420, false},
    Zone{"MDT", -360, false},  Zone{"PST", -480, false},  Zone{"PDT", -420, false},
    Zone{"AKST", -540, false}, Zone{"AKDT", -480, false}, Zone{"HST", -600, false},
    Zone{"AST", 0, true},      Zone{"ADT", -180, false},  Zone{"NST", -210, false},
    Zone{"IST", 0, true},      Zone{"ET", 0, true},       Zone{"PT", 0, true},
    Zone{"CT", 0, true},       Zone{"MT", 0, true},
};

}  // namespace

ZoneInfo LookupZone(std::string_view abbreviation) {
  for (const Zone& z : kZones) {
    if (z.name == abbreviation) {
      ZoneInfo info;
      info.known = true;
      if (!z.ambiguous) info.offset_minutes = z.offset;
      return info;
    }
  }
  return {};
}

}  // namespace corroborate

#include "core/json_writer.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(JsonWriter, NestsAndSeparates) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("schema", "corroborate/account@1");
  w.Key("ids");
  w.BeginArray();
  w.Int(1);
  w.Int(2);
  w.EndArray();
  w.Key("empty");
  w.BeginArray();
  w.EndArray();
  w.FieldOrNull("date", "");
  w.Field("ok", true);
  w.EndObject();
  EXPECT_EQ(out,
            R"({"schema":"corroborate/account@1","ids":[1,2],"empty":[],"date":null,"ok":true})");
}

TEST(JsonWriter, EscapesHostileText) {
  std::string out;
  JsonWriter w(&out);
  w.String("a\"b\\c\n\x01</script>\xE2\x80\xA8\xFF");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001</script>\\u2028\xEF\xBF\xBD\"");
}

TEST(JsonWriter, PrettyPrintsWithIndent) {
  std::string out;
  JsonWriter w(&out, 2);
  w.BeginObject();
  w.Field("a", 1);
  w.EndObject();
  EXPECT_EQ(out, "{\n  \"a\": 1\n}");
}

}  // namespace
}  // namespace corroborate

// The command line as a user meets it: help, version, exit codes, bad inputs reported and
// skipped, standard input, JSON lines, and hostile text escaped in the briefing.
#include <gtest/gtest.h>

#include <fstream>

#include "account_file.h"

namespace corroborate::testing {
namespace {

void Write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

const char kReport[] =
    "Harbour Strike Enters Third Day\n"
    "By Lena Marsh\n"
    "March 4, 2026\n"
    "Dock workers in Porto Vell extended their strike on Wednesday, port officials said.\n"
    "\"We will not return until the contract is signed,\" union leader Tomas Rell said.\n";

TEST(Cli, HelpAndVersion) {
  RunResult help = RunCli({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.stdout_text.find("brief"), std::string::npos);
  EXPECT_NE(help.stdout_text.find("extract"), std::string::npos);
  EXPECT_NE(help.stdout_text.find("Exit codes"), std::string::npos);
  RunResult brief_help = RunCli({"brief", "--help"});
  EXPECT_EQ(brief_help.exit_code, 0);
  EXPECT_NE(brief_help.stdout_text.find("--out"), std::string::npos);
  RunResult version = RunCli({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.stdout_text.find("corroborate 0."), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithOne) {
  EXPECT_EQ(RunCli({}).exit_code, 1);
  EXPECT_EQ(RunCli({"brief"}).exit_code, 1);
  EXPECT_EQ(RunCli({"frobnicate"}).exit_code, 1);
}

TEST(Cli, BadInputsAreReportedAndSkipped) {
  TempDir dir;
  Write(dir.path() + "/good.txt", kReport);
  Write(dir.path() + "/empty.txt", "");
  Write(dir.path() + "/image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  TempDir out;
  RunResult r = RunCli({"brief", dir.path(), dir.path() + "/missing.txt", "-o", out.path()});
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("empty.txt"), std::string::npos) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("image.txt"), std::string::npos) << r.stderr_text;
  EXPECT_NE(r.stderr_text.find("missing.txt"), std::string::npos) << r.stderr_text;
  EXPECT_NE(r.stdout_text.find("Read 1 articles"), std::string::npos) << r.stdout_text;
  std::string json = ReadFile(out.path() + "/account.json");
  EXPECT_NE(json.find("\"problems\""), std::string::npos);
  EXPECT_NE(json.find("image.txt"), std::string::npos);
  // --strict turns skipped inputs into a failure.
  EXPECT_EQ(RunCli({"brief", dir.path(), "--strict", "-q", "-o", out.path()}).exit_code, 4);
}

// A missing or damaged model stops brief before any input is read, with one line naming the
// file; --no-models runs the rules alone.
TEST(Cli, MissingOrDamagedModelsAreNamed) {
  TempDir dir;
  Write(dir.path() + "/good.txt", kReport);
  TempDir models;  // empty: no model in it
  TempDir out;
  RunResult missing = RunCli({"brief", dir.path(), "--models", models.path(), "-o", out.path()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.stderr_text.find("tagger.bin"), std::string::npos) << missing.stderr_text;
  EXPECT_NE(missing.stderr_text.find("--no-models"), std::string::npos) << missing.stderr_text;
  EXPECT_FALSE(std::ifstream(out.path() + "/account.json").good());

  Write(models.path() + "/tagger.bin", "CRBMODEL but not really a model");
  RunResult damaged = RunCli({"brief", dir.path(), "--models", models.path(), "-o", out.path()});
  EXPECT_EQ(damaged.exit_code, 1);
  EXPECT_NE(damaged.stderr_text.find("tagger.bin"), std::string::npos) << damaged.stderr_text;

  RunResult rules = RunCli(
      {"brief", dir.path(), "--models", models.path(), "--no-models", "-q", "-o", out.path()});
  EXPECT_EQ(rules.exit_code, 0) << rules.stderr_text;
  EXPECT_NE(ReadFile(out.path() + "/account.json").find("Tomas Rell"), std::string::npos);
}

TEST(Cli, NothingReadableExitsWithTwo) {
  TempDir dir;
  Write(dir.path() + "/empty.txt", "   \n\n");
  TempDir out;
  RunResult r = RunCli({"brief", dir.path(), "-o", out.path()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.stderr_text.find("no article"), std::string::npos);
}

TEST(Cli, ExtractPrintsOneJsonLinePerArticleFromJsonLines) {
  TempDir dir;
  Write(dir.path() + "/feed.jsonl",
        "{\"id\":\"a1\",\"outlet\":\"Harbour Times\",\"published\":\"2026-03-04T09:00:00Z\","
        "\"text\":\"Dock workers in Porto Vell extended their strike on Wednesday.\"}\n"
        "not json\n"
        "{\"id\":\"a2\",\"text\":\"Port officials said talks would resume on Friday.\"}\n");
  RunResult r = RunCli({"extract", dir.path() + "/feed.jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.stderr_text;
  simdjson::dom::parser parser;
  size_t lines = 0;
  size_t start = 0;
  while (start < r.stdout_text.size()) {
    size_t end = r.stdout_text.find('\n', start);
    std::string line = r.stdout_text.substr(start, end - start);
    start = end + 1;
    auto doc = parser.parse(line);
    ASSERT_FALSE(doc.error()) << line;
    ++lines;
    if (lines == 1) {
      EXPECT_EQ(doc["id"].get_string().value(), "a1");
      EXPECT_EQ(doc["outlet"].get_string().value(), "Harbour Times");
    }
  }
  EXPECT_EQ(lines, 2u);
  EXPECT_NE(r.stderr_text.find("feed.jsonl:2"), std::string::npos) << r.stderr_text;
}

TEST(Cli, ReadsStandardInput) {
  TempDir dir;
  Write(dir.path() + "/in.txt", kReport);
  std::string cmd = std::string("'") + CORROBORATE_BINARY + "' extract - < '" + dir.path() +
                    "/in.txt' > '" + dir.path() + "/out.jsonl'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string out = ReadFile(dir.path() + "/out.jsonl");
  EXPECT_NE(out.find("Dock workers in Porto Vell"), std::string::npos);
}

TEST(Cli, HostileTextIsEscapedInTheBriefing) {
  TempDir dir;
  Write(dir.path() + "/a.txt",
        "Officials Meet <script>alert(1)</script> In Porto Vell\n"
        "Officials met in Porto Vell on Wednesday <img src=x onerror=alert(2)> to end the strike, "
        "the mayor said.\n");
  Write(dir.path() + "/b.txt",
        "Strike Talks Held\n"
        "Officials met in Porto Vell on Wednesday to end the strike, a union spokesman said.\n");
  TempDir out;
  RunResult r = RunCli({"brief", dir.path(), "-o", out.path(), "-q"});
  ASSERT_EQ(r.exit_code, 0) << r.stderr_text;
  std::string html = ReadFile(out.path() + "/brief.html");
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  std::string md = ReadFile(out.path() + "/brief.md");
  EXPECT_EQ(md.find("<script>alert"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::testing

#include "extract/language.h"

#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract_test_util.h"

namespace corroborate {
namespace {

TEST(LanguageTest, DetectsNonEnglishArticles) {
  const std::string german =
      "Stadtrat beschließt neuen Haushalt\n"
      "Nach einer vierzehnstündigen Sitzung hat der Stadtrat am Freitagmorgen den Haushalt für "
      "das kommende Jahr beschlossen. Die größte Einzelausgabe ist eine neue Straßenbahnlinie, "
      "die die nördlichen Vororte mit dem Hauptbahnhof verbinden soll.\n";
  const std::string spanish =
      "El ayuntamiento aprueba el presupuesto\n"
      "Tras catorce horas de debate, el pleno municipal aprobó el viernes de madrugada el "
      "presupuesto del próximo año, que incluye una nueva línea de tranvía y recortes en el "
      "horario de las bibliotecas.\n";
  auto articles =
      ExtractArticles({testing::Doc("l/de.txt", german), testing::Doc("l/es.txt", spanish)}, 2);
  EXPECT_EQ(articles[0].language, "de");
  EXPECT_EQ(articles[1].language, "es");
  EXPECT_EQ(articles[0].sources.at("language"), "cld2");
}

TEST(LanguageTest, UkrainianAndUndetermined) {
  EXPECT_EQ(DetectLanguage("Міська рада ухвалила бюджет на наступний рік після чотирнадцяти "
                           "годин дебатів. Найбільша стаття витрат — нова трамвайна лінія, яка "
                           "з'єднає північні передмістя з центральним вокзалом."),
            "uk");
  EXPECT_EQ(DetectLanguage(""), "und");
  EXPECT_EQ(DetectLanguage("12345 67890 !!!"), "und");
}

}  // namespace
}  // namespace corroborate

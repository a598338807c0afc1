#include "reconcile/place_aliases.h"

#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "reconcile/entities.h"

namespace corroborate {
namespace {

// Each row: the preferred name first, then other names for the same thing.
const std::initializer_list<std::initializer_list<std::string_view>> kAliases = {
    // Countries, unions and international bodies.
    {"United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"},
    {"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"},
    {"European Union", "EU", "E.U."},
    {"United Nations", "UN", "U.N."},
    {"Russia", "Russian Federation"},
    {"China", "People's Republic of China", "PRC"},
    {"North Korea", "DPRK", "Democratic People's Republic of Korea"},
    {"South Korea", "Republic of Korea", "ROK"},
    {"United Arab Emirates", "UAE", "U.A.E."},
    {"Czech Republic", "Czechia"},
    {"Turkey", "Türkiye", "Turkiye"},
    {"Netherlands", "Holland", "The Netherlands"},
    {"Myanmar", "Burma"},
    {"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
    {"Eswatini", "Swaziland"},
    {"North Macedonia", "Macedonia"},
    {"Belarus", "Byelorussia"},
    {"Moldova", "Moldavia"},
    {"Kyrgyzstan", "Kirghizia"},
    {"Democratic Republic of the Congo", "DRC", "DR Congo"},
    {"Vatican", "Holy See", "Vatican City"},
    {"NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance"},
    {"World Health Organization", "WHO"},
    {"International Monetary Fund", "IMF"},
    {"International Atomic Energy Agency", "IAEA"},
    {"Organization for Security and Co-operation in Europe", "OSCE"},
    {"International Criminal Court", "ICC"},
    {"World Trade Organization", "WTO"},
    {"African Union", "AU"},
    {"Association of Southeast Asian Nations", "ASEAN"},
    {"Organization of the Petroleum Exporting Countries", "OPEC"},
    // Cities: renamings and exonyms.
    {"Kyiv", "Kiev"},
    {"Kharkiv", "Kharkov"},
    {"Odesa", "Odessa"},
    {"Lviv", "Lvov", "Lwow", "Lemberg"},
    {"Mykolaiv", "Nikolaev", "Nikolayev"},
    {"Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporozhe"},
    {"Dnipro", "Dnepr", "Dnipropetrovsk", "Dnepropetrovsk"},
    {"Chernihiv", "Chernigov"},
    {"Luhansk", "Lugansk"},
    {"Vinnytsia", "Vinnitsa"},
    {"Rivne", "Rovno"},
    {"Chisinau", "Kishinev"},
    {"Vilnius", "Vilna"},
    {"Tbilisi", "Tiflis"},
    {"Almaty", "Alma-Ata"},
    {"Astana", "Nur-Sultan"},
    {"Ashgabat", "Ashkhabad"},
    {"Beijing", "Peking"},
    {"Guangzhou", "Canton"},
    {"Mumbai", "Bombay"},
    {"Chennai", "Madras"},
    {"Kolkata", "Calcutta"},
    {"Yangon", "Rangoon"},
    {"Ho Chi Minh City", "Saigon"},
    {"Gdansk", "Danzig"},
    {"Cologne", "Köln", "Koln"},
    {"Munich", "München", "Munchen"},
    {"Vienna", "Wien"},
    {"Prague", "Praha"},
    {"Warsaw", "Warszawa"},
    {"Moscow", "Moskva"},
    {"Saint Petersburg", "St. Petersburg", "St Petersburg", "Leningrad"},
    {"Volgograd", "Stalingrad"},
    {"Istanbul", "Constantinople"},
    {"Jerusalem", "Al-Quds"},
};

const std::unordered_map<std::string, std::string>& Table() {
  static const std::unordered_map<std::string, std::string>* table = [] {
    auto* t = new std::unordered_map<std::string, std::string>();
    for (const auto& row : kAliases) {
      std::string preferred = NameKey(*row.begin());
      for (std::string_view name : row) t->emplace(NameKey(name), preferred);
    }
    return t;
  }();
  return *table;
}

}  // namespace

std::string CanonicalAliasKey(const std::string& key) {
  const auto& table = Table();
  auto it = table.find(key);
  return it == table.end() ? key : it->second;
}

}  // namespace corroborate

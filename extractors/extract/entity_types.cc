// Gazetteer types to the dataset's (gold) vocabulary.
#include "extract/extract.h"

namespace twinmap::extract {

std::string DatasetType(const refdata::Entity& e) {
  const std::string& t = e.type;
  if (e.country == "FR") {
    if (t == "region") return "foreign_region";
    if (t == "departement") return "foreign_department";
    if (t == "commune" || t == "commune_deleguee" || t == "municipal_arrondissement") return "foreign_city";
    return t;
  }
  if (t == "prefecture" || t == "autonomous_prefecture" || t == "league") return "prefecture_city";
  if (t == "county" || t == "autonomous_county" || t == "banner") return "county_city";
  return t;
}

}  // namespace twinmap::extract

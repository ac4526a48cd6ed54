// French values, one table per behaviour, written from French usage: space,
// NBSP and dot group thousands, the comma is the decimal mark, numbers in
// words are vigesimal above 60, hedges come before ("plus de", "près de")
// or after ("environ"), units follow "de"/"d'" after a scale word.
#include "values/value_case_table.h"

namespace twinmap {
namespace values {
namespace testing {
namespace {

TEST_CASE("fr: digits with French separators") {
  RunCases(
      {
          {"13 756", "", "number", "13756"},
          {"13\u00A0756", "", "number", "13756"},
          {"13\u202F756", "", "number", "13756"},
          {"13.756", "", "number", "13756"},
          {"1.200.000", "", "number", "1200000"},
          {"1 200 000", "", "number", "1200000"},
          {"4,6", "", "number", "4.6"},
          {"0,5", "", "number", "0.5"},
          {"13 756,25", "", "number", "13756.25"},
          {"1.200.000,5", "", "number", "1200000.5"},
          {"2.27", "", "number", "2.27"},
          {"1,600", "", "number", "1.6"},
          {"１２３", "", "number", "123"},
          {"Liste des 82 collectivités", "82", "number", "82"},
          {"Henan 96 au centre", "96", "number", "96"},
      },
      Lang("fr"));
}

TEST_CASE("fr: numbers written in words") {
  RunCases(
      {
          {"vingt-trois", "", "number", "23"},
          {"quatre-vingt-dix-sept", "", "number", "97"},
          {"soixante-dix", "", "number", "70"},
          {"soixante et onze", "", "number", "71"},
          {"vingt et un", "", "number", "21"},
          {"quatre-vingts", "", "number", "80"},
          {"quatre-vingt-un", "", "number", "81"},
          {"dix-sept", "", "number", "17"},
          {"cent dix", "", "number", "110"},
          {"deux cents", "", "number", "200"},
          {"trois cent quarante-cinq", "", "number", "345"},
          {"deux mille sept", "", "number", "2007"},
          {"mille neuf cent quatre-vingt-seize", "", "number", "1996"},
          {"trois millions", "", "number", "3000000"},
          {"Sept villes", "Sept", "number", "7"},
          {"douze", "", "number", "12"},
          {"septante-cinq", "", "number", "75"},
          {"cinquante-deux", "", "number", "52"},
      },
      Lang("fr"));
}

TEST_CASE("fr: scale words multiply the number") {
  RunCases(
      {
          {"7 millions", "", "number", "7000000"},
          {"2,5 milliards", "", "number", "2500000000"},
          {"1 million", "", "number", "1000000"},
          {"un million", "", "number", "1000000"},
          {"3 mille", "", "number", "3000"},
          {"mille habitants", "", "quantity", "1000", "persons"},
          {"485,8 milliards de yuans", "", "money", "485800000000", "CNY"},
          {"2 millions de personnes", "", "quantity", "2000000", "persons"},
          {"1,2 million d’euros", "", "money", "1200000", "EUR"},
          {"une dizaine d'années", "dizaine", "number", "10", "", "approx"},
          {"des milliers de personnes", "milliers de personnes", "quantity", "1000",
           "persons", "approx"},
          {"une centaine d’habitants", "centaine d’habitants", "quantity", "100",
           "persons", "approx"},
      },
      Lang("fr"));
}

TEST_CASE("fr: hedges keep their bound") {
  RunCases(
      {
          {"plus de 7 millions d'habitants", "", "quantity", "7000000", "persons", "lower"},
          {"plus de 7 millions d’habitants", "", "quantity", "7000000", "persons", "lower"},
          {"(plus de 7 millions d’habitants)", "plus de 7 millions d’habitants",
           "quantity", "7000000", "persons", "lower"},
          {"près de 500 étudiants", "près de 500", "number", "500", "", "approx"},
          {"environ 3 000 habitants", "", "quantity", "3000", "persons", "approx"},
          {"quelque 200 personnes", "", "quantity", "200", "persons", "approx"},
          {"plus de 400", "", "number", "400", "", "lower"},
          {"au moins 12 villes", "au moins 12", "number", "12", "", "lower"},
          {"moins de 50 habitants", "", "quantity", "50", "persons", "upper"},
          {"jusqu'à 30 %", "", "percent", "30", "percent", "upper"},
          {"500 habitants environ", "", "quantity", "500", "persons", "approx"},
          {"presque 2 millions", "", "number", "2000000", "", "approx"},
          {"plus d'un million d'habitants", "", "quantity", "1000000", "persons", "lower"},
          {"Plus de 20 km²", "", "quantity", "20", "km2", "lower"},
          {"pas moins de 3 villes", "pas moins de 3", "number", "3", "", "lower"},
          {"autour de 15 %", "", "percent", "15", "percent", "approx"},
          {"une population de près de\n10 millions", "près de\n10 millions", "number",
           "10000000", "", "approx"},
      },
      Lang("fr"));
}

TEST_CASE("fr: units, money, percentages and ratios") {
  RunCases(
      {
          {"71 %", "", "percent", "71", "percent"},
          {"71%", "", "percent", "71", "percent"},
          {"4,5 %", "", "percent", "4.5", "percent"},
          {"12 pour cent", "", "percent", "12", "percent"},
          {"13 756 km²", "", "quantity", "13756", "km2"},
          {"21 473 km2", "", "quantity", "21473", "km2"},
          {"2 305 kilomètres carrés", "", "quantity", "2305", "km2"},
          {"500 hectares", "", "quantity", "5", "km2"},
          {"10 600 €", "", "money", "10600", "EUR"},
          {"€5", "", "money", "5", "EUR"},
          {"3 millions d'euros", "", "money", "3000000", "EUR"},
          {"57 milliards de yuans", "", "money", "57000000000", "CNY"},
          {"7,2 milliards RMB", "", "money", "7200000000", "CNY"},
          {"4 877 USD", "", "money", "4877", "USD"},
          {"1 200 habitants", "", "quantity", "1200", "persons"},
          {"4,6 : 18,1 : 77,3", "", "ratio", "4.6:18.1:77.3"},
          {"4.6 : 18.1 : 77.3", "", "ratio", "4.6:18.1:77.3"},
          {"15,0 : 55,1 : 29,9", "", "ratio", "15:55.1:29.9"},
      },
      Lang("fr"));
}

TEST_CASE("fr: dates") {
  RunCases(
      {
          {"22 août 2017", "", "date", "2017-08-22"},
          {"11 Juillet 2007", "", "date", "2007-07-11"},
          {"ont signé le 22 août 2017", "22 août 2017", "date", "2017-08-22"},
          {"1er janvier 2010", "", "date", "2010-01-01"},
          {"3 février 2015", "", "date", "2015-02-03"},
          {"3 fevrier 2015", "", "date", "2015-02-03"},
          {"15 aout 2017", "", "date", "2017-08-15"},
          {"31 décembre 1999", "", "date", "1999-12-31"},
          {"29 février 2016", "", "date", "2016-02-29"},
          {"lundi 22 août 2017", "", "date", "2017-08-22"},
          {"22/08/2017", "", "date", "2017-08-22"},
          {"22.08.2017", "", "date", "2017-08-22"},
          {"2010-06-24", "", "date", "2010-06-24"},
          {"novembre 2007", "", "date", "2007-11"},
          {"en novembre 2007", "", "date", "2007-11"},
          {"en 2007", "", "date", "2007"},
          {"depuis 1998", "", "date", "1998"},
          {"dès 2005", "", "date", "2005"},
          {"22 sept. 2017", "", "date", "2017-09-22"},
          {"le 22 août", "22 août", "date", "--08-22"},
      },
      Lang("fr"));
}

TEST_CASE("fr: a date without a year takes the reference year") {
  Context ctx = Lang("fr");
  ctx.reference_year = 2017;
  RunCases({{"le 22 août", "22 août", "date", "2017-08-22"},
            {"22 et 23 novembre", "", "date_range", "2017-11-22/2017-11-23"}},
           ctx);
}

TEST_CASE("fr: date ranges") {
  RunCases(
      {
          {"22 et 23 novembre 2007", "", "date_range", "2007-11-22/2007-11-23"},
          {"le 22 et 23 novembre 2007", "22 et 23 novembre 2007", "date_range",
           "2007-11-22/2007-11-23"},
          {"22 et 23 novembre 2007 – Bordeaux", "22 et 23 novembre 2007", "date_range",
           "2007-11-22/2007-11-23"},
          {"22-23 novembre 2007", "", "date_range", "2007-11-22/2007-11-23"},
          {"22 – 23 novembre 2007", "", "date_range", "2007-11-22/2007-11-23"},
          {"du 22 au 23 novembre 2007", "", "date_range", "2007-11-22/2007-11-23"},
          {"du 30 novembre au 2 décembre 2007", "", "date_range", "2007-11-30/2007-12-02"},
          {"2005-2010", "", "date_range", "2005/2010"},
          {"de 2005 à 2010", "2005 à 2010", "date_range", "2005/2010"},
      },
      Lang("fr"));
}

TEST_CASE("fr: phones, web addresses and e-mail") {
  Context fr = Lang("fr");
  fr.region = "FR";
  RunCases(
      {
          {"03 83 85 30 00", "", "phone", "+33383853000"},
          {"+33 3 83 85 30 00", "", "phone", "+33383853000"},
          {"Tél. : 01 42 76 40 40", "01 42 76 40 40", "phone", "+33142764040"},
          {"+86-551-62703790", "", "phone", "+8655162703790"},
          {"www.nancy.fr", "", "url", "www.nancy.fr"},
          {"Voir www.henan.gov.cn.", "www.henan.gov.cn", "url", "www.henan.gov.cn"},
          {"https://www.nancy.fr/international/index.html", "", "url", "www.nancy.fr"},
          {"WWW.HENAN.GOV.CN", "", "url", "www.henan.gov.cn"},
          {"contact@nancy.fr", "", "email", "contact@nancy.fr"},
          {"sd.gov.cn", "", "url", "sd.gov.cn"},
      },
      fr);
  RunCases({{"0971-8239560", "", "phone", "+869718239560"}}, Lang("fr"));
}

TEST_CASE("fr: look-alikes that are not values") {
  RunCases(
      {
          {"湘ICP备08102974号", "", "none"},
          {"2èmes Rencontres", "", "none"},
          {"la 3e édition", "", "none"},
          {"la 2ème province", "", "none"},
          {"C.U. de Nantes", "", "none"},
          {"Canton. capitale", "", "none"},
          {"à 18h30", "", "none"},
          {"à 18 h", "", "none"},
          {"version 1.2.3", "", "none"},
          {"Population en millions", "", "none"},
          {"une ville", "", "none"},
          {"un des partenaires", "", "none"},
          {"le mois de mai", "", "none"},
      },
      Lang("fr"));
  RunNotCases(
      {
          {"11 Juillet 2007", "2007"},
          {"11 Juillet 2007", "11"},
          {"22.08.2017", "22.08.2017", "phone"},
          {"22 et 23 novembre 2007", "23 novembre 2007"},
          {"www.henan.gov.cn", "henan"},
          {"29 février 2015", "29 février 2015", "date"},
      },
      Lang("fr"));
}

TEST_CASE("fr: a column's scale and unit come from the caller") {
  Context ctx = Lang("fr");
  ctx.default_scale = 1e6;
  ctx.default_unit = "persons";
  ctx.default_bound = Bound::kApprox;
  RunCases({{"Henan 96", "96", "quantity", "96000000", "persons", "approx"},
            {"2,5", "", "quantity", "2500000", "persons", "approx"},
            // A number with its own scale word keeps it.
            {"7 millions", "", "quantity", "7000000", "persons", "approx"}},
           ctx);
}

}  // namespace
}  // namespace testing
}  // namespace values
}  // namespace twinmap

// Short one-line forms of gold facts, claims and trace records for reports:
//   DescribeFact:  Henan population = 96000000 ~approx as_of 2007
//                  Henan partner Saône-et-Loire {relation_kind: partnership}
//                  entity Henan (province, gb2260 410000)
//   DescribeClaim: c12 Henan population = 96400000 ~approx
//   DescribeTrace: line 23 records/row value failed "9 6": not a number
#ifndef TWINMAP_EVAL_DESCRIBE_H_
#define TWINMAP_EVAL_DESCRIBE_H_

#include <string>

#include "eval/dataset.h"
#include "eval/gold.h"

namespace twinmap::eval {

std::string DescribeRef(const EntityRef& ref);
std::string DescribeFact(const GoldFact& fact);
std::string DescribeClaim(const Claim& claim, const Dataset& dataset);
std::string DescribeTrace(const TraceRecord& record);

}  // namespace twinmap::eval

#endif  // TWINMAP_EVAL_DESCRIBE_H_

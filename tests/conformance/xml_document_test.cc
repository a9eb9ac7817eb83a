#include "wire/xml_document.h"

#include <gtest/gtest.h>

#include <string>

namespace shapeguard::conformance {
namespace {

TEST(ParseXml, ReadsLocalNamesTextAndChildren) {
  auto document = ParseXml(
      "<?xml version=\"1.0\"?><a:Root xmlns:a=\"urn:x\"><Name>x &amp; y</Name>"
      "<List><member>1</member><member><![CDATA[<2>]]></member></List></a:Root>");
  ASSERT_TRUE(document.ok()) << document.error();
  EXPECT_EQ(document.value().name, "Root");
  ASSERT_NE(document.value().Child("Name"), nullptr);
  EXPECT_EQ(document.value().Child("Name")->text, "x & y");
  const XmlElement* list = document.value().Child("List");
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->children.size(), 2u);
  EXPECT_EQ(list->children[1].text, "<2>");
  EXPECT_EQ(document.value().Child("Missing"), nullptr);
}

TEST(ParseXml, RefusesWhatIsNotASafeDocument) {
  auto broken = ParseXml("<a><b></a>");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().find("line 1"), std::string::npos) << broken.error();
  EXPECT_FALSE(ParseXml("").ok());
  EXPECT_FALSE(ParseXml("just text").ok());
  // Entity declarations are how "billion laughs" documents start: refused outright.
  auto laughs = ParseXml(
      "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]>"
      "<r>&b;</r>");
  ASSERT_FALSE(laughs.ok());
  EXPECT_NE(laughs.error().find("entities"), std::string::npos) << laughs.error();
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<a>";
  for (int i = 0; i < 200; ++i) deep += "</a>";
  auto too_deep = ParseXml(deep, 128);
  ASSERT_FALSE(too_deep.ok());
  EXPECT_NE(too_deep.error().find("deeper than 128"), std::string::npos) << too_deep.error();
}

}  // namespace
}  // namespace shapeguard::conformance

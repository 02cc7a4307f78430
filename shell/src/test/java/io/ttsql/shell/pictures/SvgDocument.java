package io.ttsql.shell.pictures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG parsed with the JDK's XML parser, which fails on anything that is not well-formed XML. */
final class SvgDocument {
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  static SvgDocument parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return new SvgDocument(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** The SVG elements named {@code name} whose {@code class} attribute is {@code cssClass} (any class for null). */
  List<Element> elements(String name, String cssClass) {
    NodeList nodes = document.getElementsByTagNameNS(SVG_NS, name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of the one {@code <text>} with class {@code cssClass}. */
  String text(String cssClass) {
    List<Element> texts = elements("text", cssClass);
    if (texts.size() != 1) {
      throw new AssertionError(texts.size() + " texts of class " + cssClass);
    }
    return texts.get(0).getTextContent();
  }

  /** The text of the {@code <title>} child of {@code element}. */
  static String title(Element element) {
    NodeList titles = element.getElementsByTagNameNS(SVG_NS, "title");
    return titles.getLength() == 0 ? null : titles.item(0).getTextContent();
  }

  /** The first child element of {@code element} named {@code name}. */
  static Element child(Element element, String name) {
    return (Element) element.getElementsByTagNameNS(SVG_NS, name).item(0);
  }
}

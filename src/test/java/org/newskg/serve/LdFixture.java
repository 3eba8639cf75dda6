package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.newskg.store.TextIndexing;

/** A small hand-made store in the graph's shape (made-up names), wrapped for full-text search, and a server on it. */
final class LdFixture implements AutoCloseable {
    static final String BASE = "https://w3id.org/newskg/";

    // Two articles of made-up content, each in its own named graph, plus the ontology graph.
    static final String TRIG = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix schema: <http://schema.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix b: <https://w3id.org/newskg/> .

            <https://w3id.org/newskg/ontology> {
              <https://w3id.org/newskg/ontology> a owl:Ontology ; rdfs:label "newskg 本体"@zh .
              nkg:Person a owl:Class ; rdfs:label "人物"@zh , "Person"@en .
              nkg:Meeting a owl:Class ; rdfs:subClassOf nkg:Event ; rdfs:label "会议"@zh .
              nkg:chair rdfs:subPropertyOf nkg:participant .
            }

            <https://w3id.org/newskg/article/20240312-a1> {
              <https://w3id.org/newskg/article/20240312-a1> a nkg:Article ;
                schema:headline "东港区召开民营经济高质量发展座谈会"@zh ;
                schema:datePublished "2024-03-12"^^xsd:date ;
                schema:text "3月11日，东港区召开民营经济高质量发展座谈会。区委书记欧阳鹏程主持会议，区工商联主席诸葛明远出席并讲话。会议强调，要持续优化营商环境。"@zh ;
                nkg:sourceFile "001_test.txt" .
              <https://w3id.org/newskg/person/欧阳鹏程> a nkg:Person ; rdfs:label "欧阳鹏程"@zh ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> .
              <https://w3id.org/newskg/person/诸葛明远> a nkg:Person ; rdfs:label "诸葛明远"@zh ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> .
              <https://w3id.org/newskg/org/中共东港区委员会> a nkg:GovernmentBody ; rdfs:label "中共东港区委员会"@zh ;
                skos:altLabel "区委"@zh ; nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> .
              <https://w3id.org/newskg/org/东港区工商业联合会> a nkg:ChamberOfCommerce ; rdfs:label "东港区工商业联合会"@zh ;
                skos:altLabel "区工商联"@zh ; nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> .
              <https://w3id.org/newskg/place/东港区> a nkg:Place ; rdfs:label "东港区"@zh .
              <https://w3id.org/newskg/role/书记> a org:Role ; rdfs:label "书记"@zh .
              <https://w3id.org/newskg/role/主席> a org:Role ; rdfs:label "主席"@zh .
              <https://w3id.org/newskg/membership/m1> a org:Membership ;
                org:member <https://w3id.org/newskg/person/欧阳鹏程> ; org:role <https://w3id.org/newskg/role/书记> ;
                org:organization <https://w3id.org/newskg/org/中共东港区委员会> ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> ;
                nkg:evidence "区委书记欧阳鹏程主持会议"@zh ; nkg:evidenceStart 26 ; nkg:evidenceEnd 38 .
              <https://w3id.org/newskg/membership/m2> a org:Membership ;
                org:member <https://w3id.org/newskg/person/诸葛明远> ; org:role <https://w3id.org/newskg/role/主席> ;
                org:organization <https://w3id.org/newskg/org/东港区工商业联合会> ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> ;
                nkg:evidence "区工商联主席诸葛明远出席并讲话"@zh .
              <https://w3id.org/newskg/event/20240312-a1-1> a nkg:Meeting ; rdfs:label "民营经济高质量发展座谈会"@zh ;
                nkg:date "2024-03-11"^^xsd:date ; nkg:place <https://w3id.org/newskg/place/东港区> ;
                nkg:chair <https://w3id.org/newskg/person/欧阳鹏程> ; nkg:speaker <https://w3id.org/newskg/person/诸葛明远> ;
                nkg:involvedOrganization <https://w3id.org/newskg/org/东港区工商业联合会> ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240312-a1> ;
                nkg:evidence "3月11日，东港区召开民营经济高质量发展座谈会。"@zh .
            }

            <https://w3id.org/newskg/article/20240315-b2> {
              <https://w3id.org/newskg/article/20240315-b2> a nkg:Article ;
                schema:headline "海岳新材料产业园项目开工"@zh ;
                schema:datePublished "2024-03-15"^^xsd:date ;
                schema:text "海岳新材料科技有限公司投资8亿元建设的新材料产业园项目在东港区开工，欧阳鹏程出席开工仪式。项目建成后可新增就业岗位600个。"@zh .
              <https://w3id.org/newskg/person/欧阳鹏程> a nkg:Person ; rdfs:label "欧阳鹏程"@zh ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240315-b2> .
              <https://w3id.org/newskg/org/海岳新材料科技有限公司> a nkg:Company ; rdfs:label "海岳新材料科技有限公司"@zh ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240315-b2> .
              <https://w3id.org/newskg/place/东港区> a nkg:Place ; rdfs:label "东港区"@zh .
              <https://w3id.org/newskg/project/海岳新材料产业园> a nkg:Project ; rdfs:label "海岳新材料产业园"@zh ;
                nkg:investment "800000000"^^xsd:decimal ; nkg:location <https://w3id.org/newskg/place/东港区> ;
                nkg:involvedOrganization <https://w3id.org/newskg/org/海岳新材料科技有限公司> ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240315-b2> ;
                nkg:evidence "海岳新材料科技有限公司投资8亿元建设的新材料产业园项目在东港区开工"@zh .
              <https://w3id.org/newskg/event/20240315-b2-1> a nkg:Ceremony ; rdfs:label "产业园开工仪式"@zh ;
                nkg:attendee <https://w3id.org/newskg/person/欧阳鹏程> ;
                nkg:mentionedIn <https://w3id.org/newskg/article/20240315-b2> ;
                nkg:evidence "欧阳鹏程出席开工仪式"@zh .
              # a hostile label: quotes, angle brackets, braces and SPARQL keywords must stay harmless
              <https://w3id.org/newskg/person/x> a nkg:Person ;
                rdfs:label "\\"}<script>alert(1)</script> } DROP ALL ; SELECT * {"@zh .
            }
            """;

    final DatasetGraph base;
    final DatasetGraph text;
    final Dataset dataset;
    final FusekiServer server;
    final String root;
    final HttpClient http = HttpClient.newHttpClient();

    LdFixture() {
        base = DatabaseMgr.createDatasetGraph();
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        text = TextIndexing.wrap(base, new ByteBuffersDirectory());
        // written through the text dataset, so the index follows
        Txn.executeWrite(text, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(text));
        dataset = DatasetFactory.wrap(text);
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/newskg", dataset, false);
        LinkedDataSite.mount(b, dataset, BASE);
        server = b.build().start();
        root = "http://localhost:" + server.getHttpPort();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(root + pathAndQuery));
            if (accept != null) {
                r.header("Accept", accept);
            }
            return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(root + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return LocalLinks.percentEncodePath(s);
    }

    @Override
    public void close() {
        server.stop();
    }
}

package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IrisTest {

    private final Iris iris = new Iris("http://example.org/kg/");

    @Test
    void namesStayReadableAndUnsafeCharactersAreEncoded() {
        assertEquals("http://example.org/kg/person/欧阳明", iris.entity("person", "欧阳明"));
        assertEquals("http://example.org/kg/org/A%20B%2FC%23%3E", iris.entity("org", "A B/C#>"));
        IRIx.create(iris.entity("org", "中科信控（北京）科技有限公司 <x>")); // parses as an IRI
    }

    @Test
    void hashedIrisAreStableAndDistinguishTheirParts() {
        assertEquals(iris.hashed("membership", "a", "b"), iris.hashed("membership", "a", "b"));
        assertNotEquals(iris.hashed("membership", "ab", ""), iris.hashed("membership", "a", "b"));
    }

    @Test
    void aBaseMustBeAnHttpIriEndingInSlash() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("example.org/kg"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://example.org/kg"));
    }
}

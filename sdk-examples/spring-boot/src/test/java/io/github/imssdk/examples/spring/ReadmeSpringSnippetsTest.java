package io.github.imssdk.examples.spring;

import org.junit.jupiter.api.Test;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code java spring-boot} blocks compile as shown, with their own imports, against
 * a Spring Boot application's class path (sdk-examples' ReadmeSnippetsTest covers the others).
 */
class ReadmeSpringSnippetsTest {
    @Test
    void everySpringBootBlockCompiles() throws Exception {
        String readme = Files.readString(Path.of("..", "..", "README.md"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : readme.split("\n", -1)) {
            if (cur == null && line.trim().equals("```java spring-boot")) {
                cur = new StringBuilder();
            } else if (cur != null && line.trim().equals("```")) {
                blocks.add(cur.toString());
                cur = null;
            } else if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        assertThat(blocks).isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("readme-spring");
        for (String block : blocks) {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            String name = block.replaceAll("(?s).*\\bclass (\\w+).*", "$1");
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return block;
                }
            };
            boolean ok = javac.getTask(null, null, diagnostics, List.of("-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path")), null, List.of(file)).call();
            assertThat(ok).as(block + "\n" + diagnostics.getDiagnostics()).isTrue();
        }
    }
}

package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java} block of README.md compiles as shown, with the imports it shows and nothing
 * else, against the published modules (and the test tools its testing recipes use).
 *
 * <p>A block is compiled in one of two ways. A block with a class-level annotation
 * ({@code @Test}, {@code @RegisterExtension}) is the body of a test class. Any other block is the
 * body of a method in a class that declares the few values snippets take as given: a client
 * {@code ice} (built as in Quick start), the ids
 * {@code templateId} and {@code jobId}, a {@code request}, an slf4j {@code log}, and for the
 * callback snippet {@code authKey}, {@code callbackUrl}, {@code headers} and {@code body}. The
 * snippet's own declarations shadow these. {@code MovieService} stands for the reader's own code.
 */
class ReadmeSnippetsTest {
    static final String CONTEXT = String.join("\n",
            "    io.github.imssdk.ice.IceClient ice;",
            "    String templateId = \"t\";",
            "    String jobId = \"j\";",
            "    io.github.imssdk.ice.model.SubmitMediaConvertJobRequest request;",
            "    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(\"readme\");",
            "    String authKey = \"k\";",
            "    String callbackUrl = \"https://example.com/cb\";",
            "    java.util.Map<String, String> headers = new java.util.HashMap<>();",
            "    String body = \"{}\";");

    @Test
    void everyJavaBlockCompiles() throws Exception {
        List<String> blocks = javaBlocks(new String(Files.readAllBytes(Paths.get("..", "README.md")),
                StandardCharsets.UTF_8));
        assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(8);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String source = wrap("Snippet" + i, blocks.get(i));
            String errors = compile("Snippet" + i, source);
            if (errors != null) {
                failures.add("README java block " + (i + 1) + ":\n" + blocks.get(i) + "\n--- errors:\n" + errors);
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }

    @Test
    void aBrokenSnippetIsReported() throws Exception {
        assertThat(compile("Broken", wrap("Broken", "IceClient ice = IceClient.builder().build();")))
                .as("IceClient is used without its import").contains("cannot find symbol");
    }

    static List<String> javaBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : markdown.split("\n", -1)) {
            if (cur == null && line.trim().equals("```java")) {
                cur = new StringBuilder();
            } else if (cur != null && line.trim().equals("```")) {
                out.add(cur.toString());
                cur = null;
            } else if (cur != null) {
                cur.append(line).append('\n');
            }
        }
        return out;
    }

    static String wrap(String className, String block) {
        StringBuilder imports = new StringBuilder("import io.github.imssdk.examples.recipes.MovieService;\n");
        StringBuilder body = new StringBuilder();
        for (String line : block.split("\n")) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        boolean classBody = body.indexOf("@Test") >= 0 || body.indexOf("@RegisterExtension") >= 0;
        return imports + "\n@SuppressWarnings(\"unused\")\nclass " + className + " {\n" + CONTEXT + "\n"
                + (classBody ? body : "    Object run() throws Exception {\n" + body + "\n        return null;\n    }\n")
                + "}\n";
    }

    /** @return the compiler's errors, or {@code null} when the source compiles */
    static String compile(String className, String source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("readme-snippets");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = Arrays.asList("-proc:none", "-d", out.toString(),
                "-classpath", System.getProperty("java.class.path"));
        boolean ok = javac.getTask(null, null, diagnostics, options, null, Arrays.asList(file)).call();
        if (ok) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                sb.append("line ").append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
            }
        }
        return sb.toString();
    }
}

package io.github.wireparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API, dumped as text and compared with the checked-in {@code api/wireparse.api}, so
 * that a change to the API is a deliberate edit of that file (as Kotlin's binary-compatibility
 * validator keeps its {@code .api} dumps). After a deliberate change, regenerate it with
 *
 * <pre>mvn test -Dtest=ApiSignatureTest -Dwireparse.api.update=true</pre>
 *
 * <p>and review the diff. The dump lists every public type of the exported package with its kind,
 * modifiers and supertypes, then its public and protected constructors, methods and fields with
 * their generic signatures, sorted, so it is stable across compilers and runs.
 */
class ApiSignatureTest {

    private static final Path DUMP = Path.of("api/wireparse.api");
    private static final String PACKAGE = "io.github.wireparse";

    @Test
    void publicApiMatchesTheCheckedInDump() throws IOException, URISyntaxException, ClassNotFoundException {
        String dump = dump();
        if (Boolean.getBoolean("wireparse.api.update")) {
            Files.createDirectories(DUMP.getParent());
            Files.writeString(DUMP, dump);
            return;
        }
        assertThat(DUMP)
                .as("the API dump; create it with -Dwireparse.api.update=true")
                .exists();
        assertThat(dump)
                .as("the public API differs from api/wireparse.api; if the change is deliberate, rerun with"
                        + " -Dwireparse.api.update=true and commit the file")
                .isEqualTo(Files.readString(DUMP));
    }

    @Test
    void dumpSeesEveryPublicTypeAndItsMembers() throws IOException, URISyntaxException, ClassNotFoundException {
        String dump = dump();
        assertThat(dump)
                .contains("public final class io.github.wireparse.Wireparse")
                .contains("  public static io.github.wireparse.Article parse(java.lang.String)")
                .doesNotContain("internal");
    }

    static String dump() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Article.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve(PACKAGE.replace('.', '/'));
        List<String> names;
        try (Stream<Path> s = Files.list(classes)) {
            names = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
        StringBuilder out = new StringBuilder(
                "# The public API of wireparse (ApiSignatureTest); edit only by" + " regenerating it.\n");
        for (String n : names) {
            Class<?> c = Class.forName(PACKAGE + "." + n, false, ApiSignatureTest.class.getClassLoader());
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
                continue;
            }
            if (c.getEnclosingClass() != null
                    && !Modifier.isPublic(c.getEnclosingClass().getModifiers())) {
                continue;
            }
            out.append('\n').append(header(c)).append('\n');
            List<String> members = new ArrayList<>();
            if (c.isRecord()) {
                members.add("  record components ("
                        + Arrays.stream(c.getRecordComponents())
                                .map(ApiSignatureTest::component)
                                .collect(Collectors.joining(", "))
                        + ")");
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers()) && !k.isSynthetic()) {
                    members.add("  " + mods(k.getModifiers()) + c.getName() + params(k.getGenericParameterTypes())
                            + throwsClause(k.getGenericExceptionTypes()));
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add("  " + mods(m.getModifiers() & ~Modifier.TRANSIENT)
                            + name(m.getGenericReturnType()) + " " + m.getName()
                            + params(m.getGenericParameterTypes()) + throwsClause(m.getGenericExceptionTypes()));
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    members.add("  " + mods(f.getModifiers()) + name(f.getGenericType()) + " " + f.getName());
                }
            }
            members.stream().sorted().forEach(m -> out.append(m).append('\n'));
        }
        return out.toString();
    }

    private static String header(Class<?> c) {
        String kind = c.isAnnotation()
                ? "@interface"
                : c.isInterface() ? "interface" : c.isEnum() ? "enum" : c.isRecord() ? "record" : "class";
        int mods = c.getModifiers() & ~Modifier.INTERFACE & ~Modifier.ABSTRACT;
        if (c.isInterface() || c.isEnum() || c.isRecord()) {
            mods &= ~Modifier.STATIC & ~Modifier.FINAL;
        }
        StringBuilder sb = new StringBuilder(mods(mods));
        if (Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
            sb.append("abstract ");
        }
        if (c.isSealed()) {
            sb.append("sealed ");
        }
        sb.append(kind).append(' ').append(c.getName());
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
            sb.append(" extends ").append(name(sup));
        }
        Type[] ifs = c.getGenericInterfaces();
        if (ifs.length > 0) {
            sb.append(c.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(ifs)
                            .map(ApiSignatureTest::name)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (c.isSealed()) {
            sb.append(" permits ")
                    .append(Arrays.stream(c.getPermittedSubclasses())
                            .map(Class::getName)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String component(RecordComponent r) {
        return name(r.getGenericType()) + " " + r.getName();
    }

    private static boolean visible(int mods) {
        return Modifier.isPublic(mods) || Modifier.isProtected(mods);
    }

    private static String mods(int mods) {
        String s = Modifier.toString(
                mods & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT));
        return s.isEmpty() ? "" : s + " ";
    }

    private static String params(Type[] types) {
        return Arrays.stream(types).map(ApiSignatureTest::name).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String throwsClause(Type[] types) {
        return types.length == 0
                ? ""
                : Arrays.stream(types).map(ApiSignatureTest::name).collect(Collectors.joining(", ", " throws ", ""));
    }

    private static String name(Type t) {
        return t.getTypeName();
    }
}

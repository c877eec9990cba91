/* Prints the bits of libjava's StrictMath natives (fdlibm) for a few inputs, for static-libs.sh to
 * compare with the JDK's own StrictMath: a wrong build flag (say _LITTLE_ENDIAN missing) makes
 * every result garbage while everything still links. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <jni.h>

#define DECLARE(f) jdouble JNICALL Java_java_lang_StrictMath_##f(JNIEnv *, jclass, jdouble)
DECLARE(sin); DECLARE(cos); DECLARE(tan); DECLARE(asin); DECLARE(acos); DECLARE(atan); DECLARE(log);
DECLARE(log10); DECLARE(sinh); DECLARE(cosh); DECLARE(tanh); DECLARE(expm1); DECLARE(log1p);
jdouble JNICALL Java_java_lang_StrictMath_atan2(JNIEnv *, jclass, jdouble, jdouble);

static void print(const char *name, double value) {
    uint64_t bits;
    memcpy(&bits, &value, sizeof(bits));
    printf("%s %016" PRIx64 "\n", name, bits);
}

int main(void) {
    static const double inputs[] = {0.9, 0.5, 2.0, 1e-7, 0.123456789};
    for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
        double x = inputs[i];
        print("sin", Java_java_lang_StrictMath_sin(NULL, NULL, x));
        print("cos", Java_java_lang_StrictMath_cos(NULL, NULL, x));
        print("tan", Java_java_lang_StrictMath_tan(NULL, NULL, x));
        print("asin", Java_java_lang_StrictMath_asin(NULL, NULL, x / 4));
        print("acos", Java_java_lang_StrictMath_acos(NULL, NULL, x / 4));
        print("atan", Java_java_lang_StrictMath_atan(NULL, NULL, x));
        print("log", Java_java_lang_StrictMath_log(NULL, NULL, x));
        print("log10", Java_java_lang_StrictMath_log10(NULL, NULL, x));
        print("sinh", Java_java_lang_StrictMath_sinh(NULL, NULL, x));
        print("cosh", Java_java_lang_StrictMath_cosh(NULL, NULL, x));
        print("tanh", Java_java_lang_StrictMath_tanh(NULL, NULL, x));
        print("expm1", Java_java_lang_StrictMath_expm1(NULL, NULL, x));
        print("log1p", Java_java_lang_StrictMath_log1p(NULL, NULL, x));
        print("atan2", Java_java_lang_StrictMath_atan2(NULL, NULL, x, 0.7));
    }
    return 0;
}

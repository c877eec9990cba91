/** The JDK's StrictMath for strictmath-check.c's inputs, as the bits it prints. */
public class StrictMathCheck {
    public static void main(String[] args) {
        for (double x : new double[] {0.9, 0.5, 2.0, 1e-7, 0.123456789}) {
            print("sin", StrictMath.sin(x));
            print("cos", StrictMath.cos(x));
            print("tan", StrictMath.tan(x));
            print("asin", StrictMath.asin(x / 4));
            print("acos", StrictMath.acos(x / 4));
            print("atan", StrictMath.atan(x));
            print("log", StrictMath.log(x));
            print("log10", StrictMath.log10(x));
            print("sinh", StrictMath.sinh(x));
            print("cosh", StrictMath.cosh(x));
            print("tanh", StrictMath.tanh(x));
            print("expm1", StrictMath.expm1(x));
            print("log1p", StrictMath.log1p(x));
            print("atan2", StrictMath.atan2(x, 0.7));
        }
    }

    private static void print(String name, double value) {
        System.out.printf("%s %016x%n", name, Double.doubleToRawLongBits(value));
    }
}

/** The floor of every start-up figure: a JVM that starts, prints a line and exits. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}

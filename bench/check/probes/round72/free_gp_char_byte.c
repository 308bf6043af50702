/* TRUTH: free — bp = (char *)&s; thread writes bp[sizeof(int)] (a byte of s.b), main writes s.a */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static char *bp = (char *)&s;
static void *w(void *a) { (void)a; bp[sizeof(int)] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.a = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

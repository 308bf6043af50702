/* TRUTH: racy — bp = (char *)&s.b; the thread writes bp[0] (a byte of s.b), main writes s.b unordered */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static char *bp = (char *)&s.b;
static void *w(void *x) { (void)x; bp[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.b = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

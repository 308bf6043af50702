/* TRUTH: racy — bp = (char *)&s; thread writes bp[0] (first byte of s.a), main writes s.a unordered */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static char *bp = (char *)&s;
static void *w(void *a) { (void)a; bp[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.a = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

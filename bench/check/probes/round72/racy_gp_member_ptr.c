/* TRUTH: racy — ip = &s.a; the thread writes *ip (s.a), main writes s.a unordered */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static int *ip = &s.a;
static void *w(void *x) { (void)x; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.a = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

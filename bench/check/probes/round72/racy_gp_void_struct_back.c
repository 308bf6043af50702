/* TRUTH: racy — vp = &s (void *); the thread writes ((struct S *)vp)->b, main writes s.b unordered */
#include <pthread.h>
struct S { int a; int b; };
static struct S s;
static void *vp = &s;
static void *w(void *x) { (void)x; ((struct S *)vp)->b = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.b = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

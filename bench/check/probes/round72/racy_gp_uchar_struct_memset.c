/* TRUTH: racy — bp = (unsigned char *)&s; the thread memsets sizeof s bytes through bp, main writes s.b unordered */
#include <pthread.h>
#include <string.h>
struct S { int a; int b; };
static struct S s;
static unsigned char *bp = (unsigned char *)&s;
static void *w(void *x) { (void)x; memset(bp, 0, sizeof s); return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    s.b = 2;
    pthread_join(t, 0);
    return s.a + s.b;
}

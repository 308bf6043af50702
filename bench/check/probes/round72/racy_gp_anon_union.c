/* TRUTH: racy — struct cfg has an anonymous union {int i; char c[4];}; thread writes cp->c[3], a byte of d.i, main writes d.i */
#include <pthread.h>
struct cfg { union { int i; char c[4]; }; int n; };
static struct cfg d;
static struct cfg *cp = &d;
static void *w(void *a) { (void)a; cp->c[3] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    d.i = 2;
    pthread_join(t, 0);
    return d.i + d.n;
}

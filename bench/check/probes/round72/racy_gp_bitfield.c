/* TRUTH: racy — adjacent bit-fields a and b share one memory location; thread writes cp->a, main writes d.b */
#include <pthread.h>
struct flags { unsigned a : 4; unsigned b : 4; };
static struct flags d;
static struct flags *cp = &d;
static void *w(void *x) { (void)x; cp->a = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    d.b = 2;
    pthread_join(t, 0);
    return d.a + d.b;
}

/* TRUTH: free — thread writes cp->v.f (the union field), main writes d.other */
#include <pthread.h>
struct cfg { union { int i; float f; } v; int other; };
static struct cfg d;
static struct cfg *cp = &d;
static void *w(void *a) { (void)a; cp->v.f = 1.0f; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    d.other = 2;
    pthread_join(t, 0);
    return d.v.i + d.other;
}

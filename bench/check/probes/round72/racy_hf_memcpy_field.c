/* TRUTH: racy — memcpy(&a.t, &b, ...) replaces a's handle with g's; finish(&a) joins g, f unjoined when main reads fres */
#include <pthread.h>
#include <string.h>
struct worker { pthread_t t; };
int fres, gres;
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct worker a;
    pthread_t b;
    pthread_create(&a.t, 0, f, 0);
    pthread_create(&b, 0, g, 0);
    memcpy(&a.t, &b, sizeof b);
    finish(&a);
    return fres;
}

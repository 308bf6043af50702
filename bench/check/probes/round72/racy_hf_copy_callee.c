/* TRUTH: racy — copy(&a, &b) does *d = *s, so a.t holds b's thread; finish(&a) joins g, f is never joined before main reads fres */
#include <pthread.h>
struct worker { pthread_t t; int id; };
int fres, gres;
static void copy(struct worker *d, const struct worker *s) { *d = *s; }
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct worker a, b;
    pthread_create(&a.t, 0, f, 0);
    pthread_create(&b.t, 0, g, 0);
    copy(&a, &b);
    finish(&a);
    return fres + gres;
}

/* TRUTH: free — copy(&a, &b) makes a.t b's thread; finish(&a) joins g, and main reads only gres (f never touches it) */
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
    return gres;
}

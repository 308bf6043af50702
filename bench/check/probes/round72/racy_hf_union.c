/* TRUTH: racy — a union holds the handle; writing u.raw = b's handle (as unsigned long) replaces it, so finish joins g and f is unjoined */
#include <pthread.h>
union hand { pthread_t t; unsigned long raw; };
struct worker { union hand h; };
int fres, gres;
static void finish(struct worker *w) { pthread_join(w->h.t, 0); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct worker a;
    pthread_t b;
    pthread_create(&a.h.t, 0, f, 0);
    pthread_create(&b, 0, g, 0);
    a.h.raw = (unsigned long)b;
    finish(&a);
    return fres + gres;
}

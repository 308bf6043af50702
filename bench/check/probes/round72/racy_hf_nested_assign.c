/* TRUTH: racy — outer struct assignment o1 = o2 (in a helper) replaces o1.w.t with g's handle; finish(&o1.w) joins g, f unjoined */
#include <pthread.h>
struct worker { pthread_t t; };
struct outer { struct worker w; int pad; };
int fres, gres;
static void set(struct outer *d, struct outer *s) { *d = *s; }
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *f(void *x) { (void)x; fres = 1; return 0; }
static void *g(void *x) { (void)x; gres = 1; return 0; }
int main(void) {
    struct outer o1, o2;
    pthread_create(&o1.w.t, 0, f, 0);
    pthread_create(&o2.w.t, 0, g, 0);
    set(&o1, &o2);
    finish(&o1.w);
    return fres + gres;
}

/* TRUTH: racy — the handle lives in a struct field and is detached; the join of the field waits for nothing */
#include <pthread.h>
struct worker { pthread_t t; int res; };
static void *w(void *a) { struct worker *k = a; k->res = 1; return 0; }
int main(void) {
    struct worker k = { .res = 0 };
    pthread_create(&k.t, 0, w, &k);
    pthread_detach(k.t);
    pthread_join(k.t, 0); /* UB on a detached thread: glibc returns EINVAL */
    return k.res;
}

/* racy: writer publishes with release, but the reader loads the pointer with
   relaxed order (no acquire), so no synchronizes-with. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct cfg { int a; };
static _Atomic(struct cfg *) cur;
static void *writer(void *x) { (void)x; struct cfg *c = malloc(sizeof *c); c->a = 1; atomic_store_explicit(&cur, c, memory_order_release); return 0; }
static void *reader(void *x) { (void)x; struct cfg *c = atomic_load_explicit(&cur, memory_order_relaxed); return c ? (void *)(long)c->a : 0; }
int main(void) {
    pthread_t w, r;
    pthread_create(&w, 0, writer, 0);
    pthread_create(&r, 0, reader, 0);
    pthread_join(w, 0);
    pthread_join(r, 0);
    free(atomic_load(&cur));
    return 0;
}

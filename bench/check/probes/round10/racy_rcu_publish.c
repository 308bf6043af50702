/* racy: pointer is published with a relaxed store and read with relaxed
   load; the reader dereferences fields written before publication -> no
   happens-before, the field access races with the init write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct cfg { int a; int b; };
static _Atomic(struct cfg *) cur;
static void *writer(void *x) {
    (void)x;
    struct cfg *c = malloc(sizeof *c);
    c->a = 1; c->b = 2;
    atomic_store_explicit(&cur, c, memory_order_relaxed);
    return NULL;
}
static void *reader(void *x) {
    (void)x;
    struct cfg *c = atomic_load_explicit(&cur, memory_order_relaxed);
    if (c) return (void *)(long)(c->a + c->b);
    return NULL;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    free(atomic_load(&cur));
    return 0;
}

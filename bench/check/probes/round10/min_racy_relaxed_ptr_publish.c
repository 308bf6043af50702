/* racy: a malloc'd int is published through an atomic pointer with
   memory_order_relaxed on both sides; the reader's *p read is not ordered
   after the writer's *p = 1 (relaxed gives no happens-before). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
static _Atomic(int *) cur;
static void *writer(void *x) {
    (void)x;
    int *p = malloc(sizeof *p);
    *p = 1;
    atomic_store_explicit(&cur, p, memory_order_relaxed);
    return 0;
}
static void *reader(void *x) {
    (void)x;
    int *p = atomic_load_explicit(&cur, memory_order_relaxed);
    return p ? (void *)(long)*p : 0;
}
int main(void) {
    pthread_t w, r;
    pthread_create(&w, 0, writer, 0);
    pthread_create(&r, 0, reader, 0);
    pthread_join(w, 0);
    pthread_join(r, 0);
    free(atomic_load(&cur));
    return 0;
}

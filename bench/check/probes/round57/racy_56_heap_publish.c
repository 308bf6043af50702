/* TRUTH: racy — after publishing its heap object via `pub`, the worker keeps incrementing o->count; main (after acquiring pub) reads o->count concurrently with those later writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int count; char tag; };
static _Atomic(struct obj *) pub;
static void *worker(void *u) {
    (void)u;
    struct obj *o = malloc(sizeof *o);
    if (!o) abort();
    o->count = 0;
    o->tag = 'x';
    atomic_store_explicit(&pub, o, memory_order_release);
    for (int i = 0; i < 10; i++) o->count++;
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    struct obj *o;
    while (!(o = atomic_load_explicit(&pub, memory_order_acquire)))
        ;
    printf("%d %c\n", o->count, o->tag);
    pthread_join(t, NULL);
    free(o);
    return 0;
}

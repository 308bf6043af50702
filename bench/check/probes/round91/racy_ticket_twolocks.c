/* racy: the two threads use two DIFFERENT ticket lock instances, so their updates of
   `shared` are not mutually exclusive. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct tlock { atomic_uint next, serving; };
static struct tlock la, lb;
static long shared;

static void tl_lock(struct tlock *l) {
    unsigned me = atomic_fetch_add_explicit(&l->next, 1, memory_order_relaxed);
    while (atomic_load_explicit(&l->serving, memory_order_acquire) != me)
        ;
}
static void tl_unlock(struct tlock *l) {
    atomic_fetch_add_explicit(&l->serving, 1, memory_order_release);
}

static void *ta(void *x) { (void)x; tl_lock(&la); shared += 1; tl_unlock(&la); return NULL; }
static void *tb(void *x) { (void)x; tl_lock(&lb); shared += 2; tl_unlock(&lb); return NULL; }

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shared);
    return 0;
}

// Double-checked locking done right: inst is an atomic pointer, the fast path
// uses an acquire load and publication a release store -> race-free.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
struct obj { int v; };
static _Atomic(struct obj *) inst;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct obj *get(void) {
    struct obj *p = atomic_load_explicit(&inst, memory_order_acquire);
    if (!p) {
        pthread_mutex_lock(&m);
        p = atomic_load_explicit(&inst, memory_order_relaxed);
        if (!p) {
            p = malloc(sizeof *p);
            p->v = 42;
            atomic_store_explicit(&inst, p, memory_order_release);
        }
        pthread_mutex_unlock(&m);
    }
    return p;
}
static void *user(void *arg) { *(int *)arg = get()->v; return NULL; }
int main(void) {
    int r[2];
    pthread_t a, b;
    pthread_create(&a, NULL, user, &r[0]);
    pthread_create(&b, NULL, user, &r[1]);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", r[0] + r[1]);
    return 0;
}

/* TRUTH: racy — the instance is published (release store line 20) before its fields are initialized (line 21): a client whose acquire load (line 13) sees the pointer reads p->size (line 32) while the creating client may still be writing it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct conn_pool { int size; int used; };

static _Atomic(struct conn_pool *) instance;
static pthread_mutex_t inst_mu = PTHREAD_MUTEX_INITIALIZER;

static struct conn_pool *get_pool(void) {
    struct conn_pool *p = atomic_load_explicit(&instance, memory_order_acquire); // @B
    if (!p) {
        pthread_mutex_lock(&inst_mu);
        p = atomic_load_explicit(&instance, memory_order_relaxed);
        if (!p) {
            p = malloc(sizeof *p);
            if (!p) abort();
            atomic_store_explicit(&instance, p, memory_order_release); // @A
            p->size = 16; // @D
            p->used = 0;
        }
        pthread_mutex_unlock(&inst_mu);
    }
    return p;
}

static void *client(void *arg) {
    (void)arg;
    struct conn_pool *p = get_pool();
    return (void *)(long)p->size; // @C
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, client, NULL);
    pthread_create(&b, NULL, client, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", get_pool()->size);
    return 0;
}

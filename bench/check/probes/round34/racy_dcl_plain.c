/* TRUTH: racy — double-checked locking on a plain pointer: the unlocked first check reads instance (line 13) while another client writes it under inst_mu (line 22); no common lock orders them. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct conn_pool { int size; int used; };

static struct conn_pool *instance;
static pthread_mutex_t inst_mu = PTHREAD_MUTEX_INITIALIZER;

static struct conn_pool *get_pool(void) {
    struct conn_pool *p = instance; // @B
    if (!p) {
        pthread_mutex_lock(&inst_mu);
        p = instance;
        if (!p) {
            p = malloc(sizeof *p);
            if (!p) abort();
            p->size = 16;
            p->used = 0;
            instance = p; // @A
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

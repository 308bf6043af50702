/* TRUTH: free — readers hold cfg_lock in read mode for the whole use of the current config (line 13); the reloader swaps the pointer and frees the old config (line 27) under the write lock, so no reader can still be using it. */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>

struct config { int timeout; int max_body; };
static struct config *current;
static pthread_rwlock_t cfg_lock = PTHREAD_RWLOCK_INITIALIZER;

static void *request(void *arg) {
    (void)arg;
    pthread_rwlock_rdlock(&cfg_lock);
    long v = current->timeout + current->max_body; // @A
    pthread_rwlock_unlock(&cfg_lock);
    return (void *)v;
}

static void *reloader(void *arg) {
    (void)arg;
    struct config *n = malloc(sizeof *n);
    if (!n) abort();
    n->timeout = 30;
    n->max_body = 1 << 20;
    pthread_rwlock_wrlock(&cfg_lock);
    struct config *old = current;
    current = n;
    old->timeout = -1; // @B
    free(old);
    pthread_rwlock_unlock(&cfg_lock);
    return NULL;
}

int main(void) {
    current = malloc(sizeof *current);
    if (!current) return 1;
    current->timeout = 10;
    current->max_body = 4096;
    pthread_t r, l;
    pthread_create(&r, NULL, request, NULL);
    pthread_create(&l, NULL, reloader, NULL);
    pthread_join(r, NULL);
    pthread_join(l, NULL);
    printf("%d\n", current->timeout);
    return 0;
}

/* free: a node is published with release/acquire; the reader threads update
   n->hits under a mutex. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int key; int hits; };
static _Atomic(struct node *) pub;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *x) {
    (void)x;
    struct node *n = malloc(sizeof *n);
    n->key = 1; n->hits = 0;
    atomic_store_explicit(&pub, n, memory_order_release);
    return 0;
}
static void *r(void *x) {
    (void)x;
    struct node *n;
    while ((n = atomic_load_explicit(&pub, memory_order_acquire)) == NULL) ;
    pthread_mutex_lock(&m);
    n->hits++;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, 0, w, 0);
    pthread_create(&b, 0, r, 0);
    pthread_create(&c, 0, r, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    free(atomic_load(&pub));
    return 0;
}

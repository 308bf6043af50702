/* racy: node published with release; the writer keeps reading n->key after
   publishing while the reader writes n->key after acquiring. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int key; };
static _Atomic(struct node *) pub;
static int out;
static void *w(void *x) {
    (void)x;
    struct node *n = malloc(sizeof *n);
    n->key = 1;
    atomic_store_explicit(&pub, n, memory_order_release);
    out = n->key;
    return 0;
}
static void *r(void *x) {
    (void)x;
    struct node *n = atomic_load_explicit(&pub, memory_order_acquire);
    if (n) n->key = 2;
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, w, 0);
    pthread_create(&b, 0, r, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    free(atomic_load(&pub));
    return out;
}

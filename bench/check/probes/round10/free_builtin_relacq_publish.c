/* free: pointer published with __ATOMIC_RELEASE and read with __ATOMIC_ACQUIRE. */
#include <pthread.h>
#include <stdlib.h>
struct node { int key; int val; };
static struct node *shared_node;
static void *w(void *x) {
    (void)x;
    struct node *n = malloc(sizeof *n);
    n->key = 1; n->val = 2;
    __atomic_store_n(&shared_node, n, __ATOMIC_RELEASE);
    return 0;
}
static void *r(void *x) {
    (void)x;
    struct node *n = __atomic_load_n(&shared_node, __ATOMIC_ACQUIRE);
    if (n) return (void *)(long)n->val;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, w, 0);
    pthread_create(&q, 0, r, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    free(shared_node);
    return 0;
}

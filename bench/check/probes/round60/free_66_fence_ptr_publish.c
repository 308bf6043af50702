/* TRUTH: free — a malloc'd node is filled plainly, then release fence + RELAXED store of the pointer; the consumer RELAXED-loads the pointer until non-null, acquire fence, then plain reads/writes the node. Fence-fence synchronization orders them. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int k; int v; };
static _Atomic(struct node *) head;
static int out;
static void *producer(void *arg) {
    struct node *n = malloc(sizeof *n);
    n->k = 1;
    n->v = 100;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&head, n, memory_order_relaxed);
    return arg;
}
static void *consumer(void *arg) {
    struct node *n;
    while (!(n = atomic_load_explicit(&head, memory_order_relaxed)))
        ;
    atomic_thread_fence(memory_order_acquire);
    out = n->k + n->v;
    n->v = 0;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    free(atomic_load(&head));
    return 0;
}

/* TRUTH: racy — a malloc'd node is filled plainly and its pointer published with a RELAXED store; the consumer RELAXED-loads the pointer and reads n->v plainly; no release/acquire or fences, so the node's plain write and read race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int v; };
static _Atomic(struct node *) head;
static int out;
static void *producer(void *arg) {
    struct node *n = malloc(sizeof *n);
    n->v = 100;
    atomic_store_explicit(&head, n, memory_order_relaxed);
    return arg;
}
static void *consumer(void *arg) {
    struct node *n;
    while (!(n = atomic_load_explicit(&head, memory_order_relaxed)))
        ;
    out = n->v;
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

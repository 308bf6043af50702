/* TRUTH: free — the producer initialises a heap node plainly and publishes its pointer with a RELEASE store; the consumer loads the pointer with memory_order_consume and accesses n->val through that pointer (a carried dependency), so the producer's writes are dependency-ordered-before (hence inter-thread happen-before) the consumer's plain read and write of n->val. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; };
static _Atomic(struct node *) gp;
static int out;
static void *producer(void *arg) {
    struct node *n = malloc(sizeof *n);
    n->val = 31;
    atomic_store_explicit(&gp, n, memory_order_release);
    return arg;
}
static void *consumer(void *arg) {
    struct node *n;
    while (!(n = atomic_load_explicit(&gp, memory_order_consume)))
        ;
    out = n->val;
    n->val = 0;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    free(atomic_load(&gp));
    return 0;
}

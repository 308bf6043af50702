// Treiber stack: payload written before the CAS push (seq_cst), read after
// the CAS pop that observed it; nodes are never freed, so no race.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
struct node { int val; struct node *next; };
static _Atomic(struct node *) top;
static void push(struct node *n) {
    struct node *old = atomic_load(&top);
    do { n->next = old; } while (!atomic_compare_exchange_weak(&top, &old, n));
}
static struct node *pop(void) {
    struct node *old = atomic_load(&top);
    while (old && !atomic_compare_exchange_weak(&top, &old, old->next)) ;
    return old;
}
static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        struct node *n = malloc(sizeof *n);
        n->val = i;
        push(n);
    }
    return NULL;
}
static void *consumer(void *arg) {
    long s = 0;
    for (int got = 0; got < 100;) {
        struct node *n = pop();
        if (n) { s += n->val; got++; }
    }
    *(long *)arg = s;
    return NULL;
}
int main(void) {
    pthread_t p, c;
    long s = 0;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &s);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", s);
    return 0;
}

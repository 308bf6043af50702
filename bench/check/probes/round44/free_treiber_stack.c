/* TRUTH: free — Treiber stack: node fields written before a release CAS push, read after an acquire CAS pop; nodes never freed (no ABA reuse) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int value; struct node *next; };
static _Atomic(struct node *) top;
static void push(int v) {
    struct node *n = malloc(sizeof *n);
    n->value = v;
    struct node *old = atomic_load_explicit(&top, memory_order_relaxed);
    do {
        n->next = old;
    } while (!atomic_compare_exchange_weak_explicit(&top, &old, n,
                 memory_order_release, memory_order_relaxed));
}
static int pop(int *out) {
    struct node *old = atomic_load_explicit(&top, memory_order_acquire);
    while (old) {
        struct node *nx = old->next;
        if (atomic_compare_exchange_weak_explicit(&top, &old, nx,
                memory_order_acquire, memory_order_acquire)) {
            *out = old->value;
            return 1;
        }
    }
    return 0;
}
static void *pusher(void *arg) {
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++) push(base + i);
    return NULL;
}
static void *popper(void *arg) {
    long *sum = arg;
    int v;
    for (int i = 0; i < 100; i++) if (pop(&v)) *sum += v;
    return NULL;
}
int main(void) {
    long s1 = 0, s2 = 0;
    pthread_t a, b, c, d;
    pthread_create(&a, NULL, pusher, (void *)0L);
    pthread_create(&b, NULL, pusher, (void *)1000L);
    pthread_create(&c, NULL, popper, &s1);
    pthread_create(&d, NULL, popper, &s2);
    pthread_join(a, NULL); pthread_join(b, NULL);
    pthread_join(c, NULL); pthread_join(d, NULL);
    return (int)((s1 + s2) & 0xff);
}

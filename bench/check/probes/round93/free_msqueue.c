// Michael-Scott lock-free queue (dummy node, CAS on tail->next and tail/head);
// 2 producers, 1 consumer; payload written before the linking CAS, nodes never freed.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
struct qn { int val; _Atomic(struct qn *) next; };
static _Atomic(struct qn *) head, tail;
static void enqueue(int v) {
    struct qn *n = malloc(sizeof *n);
    n->val = v;
    atomic_init(&n->next, NULL);
    for (;;) {
        struct qn *t = atomic_load(&tail);
        struct qn *nx = atomic_load(&t->next);
        if (nx == NULL) {
            if (atomic_compare_exchange_strong(&t->next, &nx, n)) {
                atomic_compare_exchange_strong(&tail, &t, n);
                return;
            }
        } else {
            atomic_compare_exchange_strong(&tail, &t, nx);
        }
    }
}
static int dequeue(int *out) {
    for (;;) {
        struct qn *h = atomic_load(&head);
        struct qn *t = atomic_load(&tail);
        struct qn *nx = atomic_load(&h->next);
        if (nx == NULL) return 0;
        if (h == t) { atomic_compare_exchange_strong(&tail, &t, nx); continue; }
        int v = nx->val;
        if (atomic_compare_exchange_strong(&head, &h, nx)) { *out = v; return 1; }
    }
}
static void *prod(void *a) { for (int i = 0; i < 100; i++) enqueue(i + (int)(long)a); return NULL; }
static void *cons(void *a) {
    long s = 0; int v;
    for (int got = 0; got < 200;) if (dequeue(&v)) { s += v; got++; }
    *(long *)a = s;
    return NULL;
}
int main(void) {
    struct qn *d = malloc(sizeof *d);
    atomic_init(&d->next, NULL);
    atomic_init(&head, d); atomic_init(&tail, d);
    pthread_t p1, p2, c; long s;
    pthread_create(&p1, NULL, prod, (void *)0L);
    pthread_create(&p2, NULL, prod, (void *)1000L);
    pthread_create(&c, NULL, cons, &s);
    pthread_join(p1, NULL); pthread_join(p2, NULL); pthread_join(c, NULL);
    printf("%ld\n", s);
    return 0;
}

/* free: lock-free (Treiber) stack: pushers initialize node fields then CAS
   the head with release; the single popper (main, after joins) reads. Nodes
   are never freed while threads run, so no ABA / use-after-free. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static _Atomic(struct node *) top;
static void push(int v) {
    struct node *n = malloc(sizeof *n);
    n->v = v;
    struct node *old = atomic_load_explicit(&top, memory_order_relaxed);
    do { n->next = old; } while (!atomic_compare_exchange_weak_explicit(&top, &old, n, memory_order_release, memory_order_relaxed));
}
static void *pusher(void *a) { for (int i = 0; i < 3; i++) push((int)(long)a * 10 + i); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, pusher, (void *)1L);
    pthread_create(&q, 0, pusher, (void *)2L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    int s = 0;
    struct node *n = atomic_load(&top);
    while (n) { struct node *nx = n->next; s += n->v; free(n); n = nx; }
    return s;
}

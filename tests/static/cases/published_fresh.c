// A fresh object stops being the thread's own once its address is stored where another
// thread can read it: by an atomic store or compare-and-swap (a lock-free stack's push), or by
// memcpy of the pointer itself. Writes after that race with the readers.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct node {
    int value;
    struct node *next;
};

_Atomic(int *) box;
int *gp;
_Atomic(struct node *) top;

static void *reader(void *arg)
{
    (void)arg;
    int *m;
    while (!(m = atomic_load(&box)))
        ;
    int v = *m; // RACE (possible): main writes *m after publishing it
    *gp = 2; // RACE (possible)
    struct node *n = atomic_load(&top);
    return (void *)(long)(v + (n ? n->value : 0)); // RACE (possible)
}

int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    memcpy(&gp, &p, sizeof p);
    pthread_create(&t, NULL, reader, NULL);
    int *m = malloc(sizeof *m);
    *m = 1; // NORACE: before it is published
    atomic_store(&box, m);
    *m = 2; // RACE (possible)
    *p = 1; // RACE (possible)
    struct node *n = malloc(sizeof *n);
    n->next = atomic_load(&top);
    while (!atomic_compare_exchange_weak(&top, &n->next, n))
        ;
    n->value = 3; // RACE (possible): written after the push
    pthread_join(t, NULL);
    return 0;
}

/* TRUTH: racy. the pusher writes n->val after the CAS has published n; the popper may already have taken n and reads n->val. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static _Atomic(struct node *) head;
static int popped;

static void *pusher(void *arg)
{
    (void)arg;
    struct node *n = malloc(sizeof *n);
    if (!n)
        abort();
    struct node *old = atomic_load(&head);
    do {
        n->next = old;
    } while (!atomic_compare_exchange_weak(&head, &old, n));
    n->val = 42;
    return NULL;
}

static void *popper(void *arg)
{
    (void)arg;
    struct node *old = atomic_load(&head);
    while (old && !atomic_compare_exchange_weak(&head, &old, old->next))
        ;
    if (old)
        popped = old->val;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, NULL);
    pthread_create(&b, NULL, popper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", popped);
    return 0;
}

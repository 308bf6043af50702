/* TRUTH: free. nodes are filled before a CAS publishes them (each thread touches only its own fresh node); main walks the list only after joining all pushers. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static _Atomic(struct node *) head;

static void push(int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->val = v;
    struct node *old = atomic_load(&head);
    do {
        n->next = old;
    } while (!atomic_compare_exchange_weak(&head, &old, n));
}

static void *pusher(void *arg)
{
    int base = *(int *)arg;
    for (int i = 0; i < 3; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    int bases[2] = { 0, 100 };
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, pusher, &bases[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    int sum = 0;
    struct node *n = atomic_load(&head);
    while (n) {
        struct node *nx = n->next;
        sum += n->val;
        free(n);
        n = nx;
    }
    printf("%d\n", sum);
    return 0;
}

/* TRUTH: racy — two threads push onto the global list head without a lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *head;

static void push(int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->value = v;
    n->next = head;
    head = n;
}

static void *filler(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int n = 0;
    pthread_create(&a, NULL, filler, (void *)0L);
    pthread_create(&b, NULL, filler, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    while (head) {
        struct node *x = head;
        head = x->next;
        free(x);
        n++;
    }
    printf("%d nodes\n", n);
    return 0;
}

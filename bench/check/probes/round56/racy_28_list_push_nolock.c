/* TRUTH: racy — push() reads and writes global `head` without a lock; called from two producer threads; producer vs producer. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int v; struct node *next; };
static struct node *head;

static void push(int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->v = v;
    n->next = head;
    head = n;
}

static void *producer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 10; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)0L);
    pthread_create(&b, NULL, producer, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    int n = 0;
    for (struct node *p = head; p; p = p->next)
        n++;
    printf("%d\n", n);
    return 0;
}

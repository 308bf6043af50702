/* TRUTH: free — nodes are built privately and linked in under list_lock; main walks the list after join */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

static struct node *head;
static pthread_mutex_t list_lock = PTHREAD_MUTEX_INITIALIZER;

static void push(int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->value = v;
    pthread_mutex_lock(&list_lock);
    n->next = head;
    head = n;
    pthread_mutex_unlock(&list_lock);
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
    long sum = 0;
    pthread_create(&a, NULL, filler, (void *)0L);
    pthread_create(&b, NULL, filler, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    while (head) {
        struct node *x = head;
        head = x->next;
        sum += x->value;
        free(x);
    }
    printf("sum %ld\n", sum);
    return 0;
}

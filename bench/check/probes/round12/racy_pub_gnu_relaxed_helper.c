// racy: publication through a helper using __atomic_store_n relaxed; consumer reads with __atomic_load_n acquire: fill and read race.
#include <pthread.h>
#include <stdlib.h>
struct node { int val; };
static struct node *head;
static void push(struct node *n) { __atomic_store_n(&head, n, __ATOMIC_RELAXED); }
static void *producer(void *x)
{
    (void)x;
    struct node *n = malloc(sizeof *n);
    if (!n)
        return NULL;
    n->val = 42;
    push(n);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct node *n = __atomic_load_n(&head, __ATOMIC_ACQUIRE);
    return n ? (void *)(long)n->val : NULL;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}

// free: twin of racy_pub_gnu_relaxed_helper with a release store: the fill happens before the acquire reader's read.
#include <pthread.h>
#include <stdlib.h>
struct node { int val; };
static struct node *head;
static void push(struct node *n) { __atomic_store_n(&head, n, __ATOMIC_RELEASE); }
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

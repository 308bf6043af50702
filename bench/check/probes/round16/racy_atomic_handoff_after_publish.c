// racy: the producer keeps writing m->b after publishing the message, while the consumer reads it.
#include <pthread.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>

struct msg { int a; int b; };
static _Atomic(struct msg *) mailbox;

static void *producer(void *arg)
{
    struct msg *m = malloc(sizeof *m);
    m->a = 1;
    atomic_store_explicit(&mailbox, m, memory_order_release);
    m->b = 2;
    return NULL;
}

static void *consumer(void *arg)
{
    struct msg *m;
    while (!(m = atomic_load_explicit(&mailbox, memory_order_acquire)))
        ;
    printf("%d %d\n", m->a, m->b);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

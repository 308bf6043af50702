/* TRUTH: free — the producer fully initialises a heap msg and publishes it with a release store into the atomic mailbox; the consumer takes it with atomic_exchange (acq_rel) and only then reads/frees it; the producer never touches a message after publishing. Ownership transfer gives happens-before. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct msg { int kind; char body[12]; };
static struct msg *_Atomic mailbox;

static void *producer(void *a)
{
    (void)a;
    struct msg *m = malloc(sizeof *m);
    if (!m)
        return NULL;
    m->kind = 3;
    snprintf(m->body, sizeof m->body, "hello");
    atomic_store_explicit(&mailbox, m, memory_order_release);
    return NULL;
}

static void *consumer(void *a)
{
    struct msg *m = NULL;
    while ((m = atomic_exchange_explicit(&mailbox, NULL, memory_order_acq_rel)) == NULL)
        ;
    *(int *)a = m->kind + m->body[0];
    free(m);
    return NULL;
}

int main(void)
{
    int r = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &r);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", r);
    return 0;
}

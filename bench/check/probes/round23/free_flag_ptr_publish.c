/* TRUTH: race-free. the producer fills box and then release-stores &box into mailbox (its only store; mailbox starts null); the consumer reads box's fields only after an acquire load saw mailbox non-null. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct msg {
    int a, b;
};

static struct msg box;
_Atomic(struct msg *) mailbox;

static void *producer(void *arg)
{
    (void)arg;
    box.a = 1;
    box.b = 2;
    atomic_store_explicit(&mailbox, &box, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&mailbox, memory_order_acquire))
        ;
    printf("%d\n", box.a + box.b);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}

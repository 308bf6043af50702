/* TRUTH: racy — the producer does the release store of `published` BEFORE writing msg.len; the consumer's acquire load only orders what came before the store, so producer's msg.len write races with consumer's read of msg.len. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct message { char text[16]; int len; };
static struct message msg;
static atomic_int published;

static void *producer(void *arg)
{
    (void)arg;
    msg.text[0] = 'h';
    msg.text[1] = 'i';
    atomic_store_explicit(&published, 1, memory_order_release);
    msg.len = 2;
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&published, memory_order_acquire))
        ;
    printf("%c%c %d\n", msg.text[0], msg.text[1], msg.len);
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

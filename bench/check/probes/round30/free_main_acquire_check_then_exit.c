/* TRUTH: race-free. The producer writes 'stats' then does a release store of done=1; main reads done with an acquire load once and returns from main (ending the program) unless it saw 1; the consumer is created only after main saw done==1, so the producer's write happens before the consumer's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

static atomic_int done;
static long stats;

static void *producer(void *arg)
{
    (void)arg;
    stats = 77;
    atomic_store_explicit(&done, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    stats = stats * 2;
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    sleep(1);
    if (atomic_load_explicit(&done, memory_order_acquire) != 1) {
        fprintf(stderr, "producer stalled\n");
        _exit(3);
    }
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    printf("%ld\n", stats);
    return 0;
}

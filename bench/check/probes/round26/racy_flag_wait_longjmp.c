/* TRUTH: racy. consumer gives up spinning after 1000 tries by longjmp'ing out of the wait loop;
   on that path it reads payload without having seen ready, concurrently with producer's
   `payload = 5`. */
#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int payload;
static jmp_buf give_up;

static void *producer(void *arg)
{
    (void)arg;
    payload = 5;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void too_long(int spins)
{
    if (spins > 1000)
        longjmp(give_up, 1);
}

static void *consumer(void *arg)
{
    int spins = 0;
    (void)arg;
    if (!setjmp(give_up)) {
        while (!atomic_load_explicit(&ready, memory_order_acquire))
            too_long(++spins);
        printf("got %d\n", payload);
    } else {
        printf("timed out, last %d\n", payload);
    }
    return NULL;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    return 0;
}

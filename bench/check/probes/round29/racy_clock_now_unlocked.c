/* TRUTH: racy. clock_now() reads now_ms without clk_mu while the clock thread writes now_ms += 1 under it (write/read). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t clk_mu = PTHREAD_MUTEX_INITIALIZER;
static long now_ms;
static long tick_count;
static atomic_bool stop;

static void *clock_thread(void *arg)
{
    (void)arg;
    struct timespec d = {0, 1000000};
    while (!atomic_load(&stop)) {
        nanosleep(&d, NULL);
        pthread_mutex_lock(&clk_mu);
        now_ms += 1;
        tick_count++;
        pthread_mutex_unlock(&clk_mu);
    }
    return NULL;
}

static long clock_now(void)
{
    return now_ms; /* "a long read is atomic on x86" */
}

static void *client(void *arg)
{
    long deadline = (long)arg;
    while (clock_now() < deadline)
        ;
    return NULL;
}

int main(void)
{
    pthread_t c, k;
    pthread_create(&k, NULL, clock_thread, NULL);
    pthread_create(&c, NULL, client, (void *)5L);
    pthread_join(c, NULL);
    atomic_store(&stop, 1);
    pthread_join(k, NULL);
    printf("%ld %ld\n", now_ms, tick_count);
    return 0;
}

/* TRUTH: race-free. The clock thread advances now_ms and tick_count under clk_mu; clients read them under clk_mu; 'stop' is atomic. */
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
    pthread_mutex_lock(&clk_mu);
    long t = now_ms;
    pthread_mutex_unlock(&clk_mu);
    return t;
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

/* Two locks: thread 1 takes A then B, thread 2 takes B then A.  This run is timed so it does
 * not deadlock, but the opposite orders mean some other run can: weft reports the cycle. */
#include <pthread.h>
#include <stdio.h>
#include <time.h>

static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static long balance_a = 100, balance_b = 100;

static void pause_ms(long ms)
{
    nanosleep(&(struct timespec){ms / 1000, ms % 1000 * 1000000}, NULL);
}

/* Moves 10 from A to B: takes A, then B. */
static void *worker1(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_a);
    pthread_mutex_lock(&lock_b);
    balance_a -= 10;
    balance_b += 10;
    pthread_mutex_unlock(&lock_b);
    pthread_mutex_unlock(&lock_a);
    return NULL;
}

/* Moves 5 from B to A: takes B, then A, the opposite order. */
static void *worker2(void *arg)
{
    (void)arg;
    pause_ms(100); /* by now worker1 has released both locks: this run cannot deadlock */
    pthread_mutex_lock(&lock_b);
    pthread_mutex_lock(&lock_a);
    balance_b -= 5;
    balance_a += 5;
    pthread_mutex_unlock(&lock_a);
    pthread_mutex_unlock(&lock_b);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker1, NULL);
    pthread_create(&t2, NULL, worker2, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("A = %ld, B = %ld (total %ld)\n", balance_a, balance_b, balance_a + balance_b);
    return 0;
}

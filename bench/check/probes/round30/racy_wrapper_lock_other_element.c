/* TRUTH: racy. Thread 1 locks acct_lock[1] (through the wrapper) and thread 2 locks acct_lock[2], but both update balance[0]: different mutexes. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t acct_lock[3] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long balance[3];

static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *arg)
{
    long i = (long)arg;
    take(&acct_lock[i]);
    balance[0] += i;
    give(&acct_lock[i]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", balance[0]);
    return 0;
}

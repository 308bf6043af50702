/* TRUTH: racy. t1 calls deposit(1) and t2 deposit(2): each locks a different acct_lock element through the take() wrapper, but both add to the shared 'total'. */
#include <pthread.h>
#include <stdio.h>

#define NACCT 3
static pthread_mutex_t acct_lock[NACCT] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                           PTHREAD_MUTEX_INITIALIZER};
static long balance[NACCT];
static long total;

static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void deposit(int i, long amount)
{
    take(&acct_lock[i]);
    balance[i] += amount;
    total += amount;
    give(&acct_lock[i]);
}

static void *t1(void *arg)
{
    (void)arg;
    deposit(1, 5);
    return NULL;
}

static void *t2(void *arg)
{
    (void)arg;
    deposit(2, 7);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}

/* TRUTH: race-free. Both threads call deposit(2, ...): deposit passes &acct_lock[i] (i = 2) to a lock wrapper and updates balance[2] under it; one mutex orders both updates. */
#include <pthread.h>
#include <stdio.h>

#define NACCT 4
static pthread_mutex_t acct_lock[NACCT];
static long balance[NACCT];

static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void deposit(int i, long amount)
{
    pthread_mutex_t *m = &acct_lock[i];
    take(m);
    balance[i] += amount;
    give(m);
}

static void *t1(void *arg)
{
    (void)arg;
    deposit(2, 5);
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
    for (int i = 0; i < NACCT; i++)
        pthread_mutex_init(&acct_lock[i], NULL);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", balance[2]);
    return 0;
}

/* Race-free: an auditor thread sums all balances while tellers run, taking every
   account lock in ascending index order (the same order transfer() uses). */
#include <pthread.h>
#include <stdio.h>

#define NACC 4

static pthread_mutex_t lk[NACC];
static long bal[NACC];

static void transfer(int a, int b, long amt)
{
    int lo = a < b ? a : b, hi = a < b ? b : a;
    pthread_mutex_lock(&lk[lo]);
    pthread_mutex_lock(&lk[hi]);
    bal[a] -= amt;
    bal[b] += amt;
    pthread_mutex_unlock(&lk[hi]);
    pthread_mutex_unlock(&lk[lo]);
}

static void *teller(void *arg)
{
    int k = (int)(long)arg;
    for (int i = 0; i < 300; i++)
        transfer((k + i) % NACC, (k + i + 1) % NACC, i % 5);
    return NULL;
}

static void *auditor(void *arg)
{
    long bad = 0;
    (void)arg;
    for (int r = 0; r < 100; r++) {
        long sum = 0;
        for (int i = 0; i < NACC; i++)
            pthread_mutex_lock(&lk[i]);
        for (int i = 0; i < NACC; i++)
            sum += bal[i];
        for (int i = NACC - 1; i >= 0; i--)
            pthread_mutex_unlock(&lk[i]);
        if (sum != NACC * 100)
            bad++;
    }
    return (void *)bad;
}

int main(void)
{
    pthread_t t[2], a;
    void *r;
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_init(&lk[i], NULL);
        bal[i] = 100;
    }
    pthread_create(&a, NULL, auditor, NULL);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, teller, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_join(a, &r);
    printf("inconsistent audits: %ld\n", (long)r);
    return 0;
}

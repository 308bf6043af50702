/* Racy: the auditor locks accounts one at a time and reads bal[i] only while holding lk[i]
   -- except it reads bal[i+1] under lk[i] (off-by-one in the "next" index), so bal[i+1]
   is read while another teller holds lk[i+1] and writes it. */
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
    long sum = 0;
    (void)arg;
    for (int r = 0; r < 100; r++) {
        for (int i = 0; i < NACC; i++) {
            pthread_mutex_lock(&lk[i]);
            sum += bal[(i + 1) % NACC];      /* BUG: reads the neighbour under the wrong lock */
            pthread_mutex_unlock(&lk[i]);
        }
    }
    return (void *)sum;
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
    printf("audit sum: %ld\n", (long)r);
    return 0;
}

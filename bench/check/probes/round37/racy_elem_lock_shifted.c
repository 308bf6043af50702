/* TRUTH: racy — dec holds ml[k] but writes cnt[(k + 1) % 8] (line 27); with inc picking k = 1 (ml[1], cnt[1], line 15) and dec picking k = 0 (ml[0], cnt[1]) the two writes share no lock. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t ml[8];
static int cnt[8];

static void *inc(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k < 0 || k > 7)
        return NULL;
    pthread_mutex_lock(&ml[k]);
    cnt[k]++;
    pthread_mutex_unlock(&ml[k]);
    return NULL;
}

static void *dec(void *arg)
{
    (void)arg;
    int k = __VERIFIER_nondet_int();
    if (k < 0 || k > 7)
        return NULL;
    pthread_mutex_lock(&ml[k]);
    cnt[(k + 1) % 8]--;
    pthread_mutex_unlock(&ml[k]);
    return NULL;
}

int main(void)
{
    for (int i = 0; i < 8; i++)
        pthread_mutex_init(&ml[i], NULL);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, inc, NULL);
    pthread_create(&t2, NULL, dec, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return cnt[0];
}

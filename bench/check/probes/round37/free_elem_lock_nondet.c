/* TRUTH: free — both thread kinds update cnt[k] only while holding ml[k] (line 15, line 27), k nondet in 0..7: the same element always comes with the same lock. */
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
    cnt[k]--;
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

/* TRUTH: racy — adder() updates balance under m, but auditor() writes balance (balance = 0 reset) without m; adder thread vs auditor thread. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long balance;

static void *adder(void *arg)
{
    long amt = (long)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&m);
        balance += amt;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    (void)arg;
    if (balance > 1000)
        balance = 0;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, adder, (void *)5L);
    pthread_create(&t2, NULL, auditor, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", balance);
    return 0;
}

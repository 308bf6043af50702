/* TRUTH: racy — the auditor reads a->balance without the account lock while deposit() writes it */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    int balance;
};

static struct account savings = { PTHREAD_MUTEX_INITIALIZER, 100 };

static void deposit(struct account *a, int amt)
{
    pthread_mutex_lock(&a->lock);
    a->balance += amt;
    pthread_mutex_unlock(&a->lock);
}

static int audit(const struct account *a)
{
    return a->balance >= 0;
}

static void *teller(void *arg)
{
    for (int i = 0; i < 1000; i++)
        deposit(arg, 1);
    return NULL;
}

static void *auditor(void *arg)
{
    int bad = 0;
    for (int i = 0; i < 1000; i++)
        bad += !audit(arg);
    printf("audit failures: %d\n", bad);
    return NULL;
}

int main(void)
{
    pthread_t t, a;
    pthread_create(&t, NULL, teller, &savings);
    pthread_create(&a, NULL, auditor, &savings);
    pthread_join(t, NULL);
    pthread_join(a, NULL);
    return 0;
}

/* TRUTH: free — the balance and its mutex live in one struct passed by pointer; every access of acct->balance is under acct->m */
#include <pthread.h>

struct account {
    pthread_mutex_t m;
    int balance;
};

static void deposit(struct account *a, int v)
{
    pthread_mutex_lock(&a->m);
    a->balance += v;
    pthread_mutex_unlock(&a->m);
}

void *worker(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 50; i++)
        deposit(a, 1);
    return 0;
}

int main(void)
{
    struct account acct;
    pthread_mutex_init(&acct.m, 0);
    acct.balance = 0;
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], 0, worker, &acct);
    pthread_mutex_lock(&acct.m);
    int peek = acct.balance;
    pthread_mutex_unlock(&acct.m);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    pthread_mutex_destroy(&acct.m);
    return acct.balance == 150 && peek >= 0 ? 0 : 1;
}

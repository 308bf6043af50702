/* TRUTH: free — deposit/withdraw lock the account's own mutex around balance */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    int balance;
};

static void deposit(struct account *a, int amt)
{
    pthread_mutex_lock(&a->lock);
    a->balance += amt;
    pthread_mutex_unlock(&a->lock);
}

static int withdraw(struct account *a, int amt)
{
    int ok = 0;
    pthread_mutex_lock(&a->lock);
    if (a->balance >= amt) {
        a->balance -= amt;
        ok = 1;
    }
    pthread_mutex_unlock(&a->lock);
    return ok;
}

static void *saver(void *arg)
{
    for (int i = 0; i < 1000; i++)
        deposit(arg, 5);
    return NULL;
}

static void *spender(void *arg)
{
    for (int i = 0; i < 1000; i++)
        withdraw(arg, 3);
    return NULL;
}

int main(void)
{
    struct account acct = { PTHREAD_MUTEX_INITIALIZER, 0 };
    pthread_t s, p;
    pthread_create(&s, NULL, saver, &acct);
    pthread_create(&p, NULL, spender, &acct);
    pthread_join(s, NULL);
    pthread_join(p, NULL);
    printf("balance %d\n", acct.balance);
    return 0;
}

/* TRUTH: free — local pointers to the account's lock and balance fields; the update is between lock and unlock of that lock */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    int balance;
    int ops;
};

static void apply(struct account *a, int delta)
{
    pthread_mutex_t *l = &a->lock;
    int *bal = &a->balance;
    int *ops = &a->ops;

    pthread_mutex_lock(l);
    *bal += delta;
    (*ops)++;
    pthread_mutex_unlock(l);
}

static void *worker(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 1000; i++)
        apply(a, (i & 1) ? 2 : -1);
    return NULL;
}

int main(void)
{
    struct account acct = { .lock = PTHREAD_MUTEX_INITIALIZER, .balance = 0, .ops = 0 };
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, &acct);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("balance %d after %d ops\n", acct.balance, acct.ops);
    return 0;
}

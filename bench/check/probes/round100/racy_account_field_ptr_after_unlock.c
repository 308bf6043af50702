/* TRUTH: racy — the local pointer to balance is written after the unlock (the "log" update moved out of the critical section) */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    int balance;
    int last_delta;
};

static void apply(struct account *a, int delta)
{
    pthread_mutex_t *l = &a->lock;
    int *bal = &a->balance;
    int *last = &a->last_delta;

    pthread_mutex_lock(l);
    *bal += delta;
    pthread_mutex_unlock(l);
    *last = delta;
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
    struct account acct = { .lock = PTHREAD_MUTEX_INITIALIZER };
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &acct);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("balance %d last %d\n", acct.balance, acct.last_delta);
    return 0;
}

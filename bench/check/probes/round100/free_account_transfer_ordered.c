/* TRUTH: free — transfer locks both accounts (lower id first), so every balance access is under its own lock */
#include <pthread.h>
#include <stdio.h>

struct account {
    int id;
    pthread_mutex_t lock;
    long balance;
};

static struct account accts[2] = {
    { 0, PTHREAD_MUTEX_INITIALIZER, 1000 },
    { 1, PTHREAD_MUTEX_INITIALIZER, 1000 },
};

static void transfer(struct account *from, struct account *to, long amt)
{
    struct account *first = from->id < to->id ? from : to;
    struct account *second = from->id < to->id ? to : from;
    pthread_mutex_lock(&first->lock);
    pthread_mutex_lock(&second->lock);
    if (from->balance >= amt) {
        from->balance -= amt;
        to->balance += amt;
    }
    pthread_mutex_unlock(&second->lock);
    pthread_mutex_unlock(&first->lock);
}

static void *a_to_b(void *arg)
{
    (void)arg;
    for (int i = 0; i < 500; i++)
        transfer(&accts[0], &accts[1], 3);
    return NULL;
}

static void *b_to_a(void *arg)
{
    (void)arg;
    for (int i = 0; i < 500; i++)
        transfer(&accts[1], &accts[0], 2);
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, a_to_b, NULL);
    pthread_create(&y, NULL, b_to_a, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%ld %ld\n", accts[0].balance, accts[1].balance);
    return 0;
}

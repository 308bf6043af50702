// Threads of one function given different objects (or none) are told apart by their argument.
#include <pthread.h>

struct account {
    pthread_mutex_t lock;
    long balance;
};

static struct account alice = {PTHREAD_MUTEX_INITIALIZER, 0}, bob = {PTHREAD_MUTEX_INITIALIZER, 0};
static int hits_a, hits_b, shared;

static void *count(void *arg)
{
    int *hits = arg;
    if (hits)
        (*hits)++; // NORACE: one thread per counter, and the one given NULL touches none
    return NULL;
}

static void *deposit(void *arg)
{
    struct account *acc = arg;
    pthread_mutex_lock(&acc->lock);
    acc->balance += 10; // NORACE: each thread holds its own account's lock
    pthread_mutex_unlock(&acc->lock);
    return NULL;
}

static void *bump(void *arg)
{
    int *p = arg;
    (*p)++; // RACE: two threads are given the same counter
    return NULL;
}

static void *tally(void *arg)
{
    int *n = arg;
    (*n)++; // NORACE: 'mine' and 'yours' are two objects, one thread each
    return NULL;
}

static int locals(void)
{
    int mine = 0, yours = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, tally, &mine);
    pthread_create(&b, NULL, tally, &yours);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return mine + yours; // NORACE: both joined
}

int main(void)
{
    pthread_t t[7];
    int l = locals();
    pthread_create(&t[0], NULL, count, &hits_a);
    pthread_create(&t[1], NULL, count, &hits_b);
    pthread_create(&t[2], NULL, count, NULL);
    pthread_create(&t[3], NULL, deposit, &alice);
    pthread_create(&t[4], NULL, deposit, &bob);
    pthread_create(&t[5], NULL, bump, &shared);
    pthread_create(&t[6], NULL, bump, &shared);
    for (int i = 0; i < 7; i++)
        pthread_join(t[i], NULL);
    return l + hits_a + hits_b + shared + (int)(alice.balance + bob.balance);
}

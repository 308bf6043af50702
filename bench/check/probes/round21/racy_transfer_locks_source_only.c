/* TRUTH: racy. transfer(from, to) locks only from->lock and then also modifies to->balance; teller 1 transfers A->B (holding A.lock, writing B.balance) while teller 2 withdraws from B under B.lock ('a->balance -= amt'), so the two writes of B.balance hold different locks and race. */
#include <pthread.h>
#include <stdio.h>

struct account {
    pthread_mutex_t lock;
    long balance;
    int id;
};

static struct account A = { PTHREAD_MUTEX_INITIALIZER, 500, 1 };
static struct account B = { PTHREAD_MUTEX_INITIALIZER, 300, 2 };

static int transfer(struct account *from, struct account *to, long amt)
{
    int ok = 0;
    pthread_mutex_lock(&from->lock);
    if (from->balance >= amt) {
        from->balance -= amt;
        to->balance += amt;          /* BUG: to->lock not held */
        ok = 1;
    }
    pthread_mutex_unlock(&from->lock);
    return ok;
}

static int withdraw(struct account *a, long amt)
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

static void *teller1(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        transfer(&A, &B, 10);
    return NULL;
}

static void *teller2(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        withdraw(&B, 5);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, teller1, NULL);
    pthread_create(&t2, NULL, teller2, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("A=%ld B=%ld\n", A.balance, B.balance);
    return 0;
}

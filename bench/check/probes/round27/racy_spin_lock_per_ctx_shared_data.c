/* TRUTH: racy. Each thread gets its own struct ctx (with its own lock word) but both ctx point at the same global 'shared' account; locking ctx->lk excludes nobody, so the two balance updates race. */
#include <pthread.h>
#include <stdatomic.h>

struct account { long balance; };
struct ctx {
    atomic_flag lk;
    struct account *acct;
    long amount;
};

static struct account shared;
static struct ctx ctxs[2] = {{ATOMIC_FLAG_INIT, &shared, 5}, {ATOMIC_FLAG_INIT, &shared, -3}};

static void *worker(void *arg)
{
    struct ctx *c = arg;
    while (atomic_flag_test_and_set_explicit(&c->lk, memory_order_acquire))
        ;
    c->acct->balance += c->amount;
    atomic_flag_clear_explicit(&c->lk, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, &ctxs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)shared.balance;
}

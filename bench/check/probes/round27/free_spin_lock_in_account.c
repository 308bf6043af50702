/* TRUTH: race-free. The lock flag lives in the shared account object itself; both threads reach the same account through their ctx and take its flag (acquire TAS, release clear) around the update. */
#include <pthread.h>
#include <stdatomic.h>

struct account { atomic_flag lk; long balance; };
struct ctx { struct account *acct; long amount; };

static struct account shared = {ATOMIC_FLAG_INIT, 0};
static struct ctx ctxs[2] = {{&shared, 5}, {&shared, -3}};

static void *worker(void *arg)
{
    struct ctx *c = arg;
    struct account *a = c->acct;
    while (atomic_flag_test_and_set_explicit(&a->lk, memory_order_acquire))
        ;
    a->balance += c->amount;
    atomic_flag_clear_explicit(&a->lk, memory_order_release);
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

/* TRUTH: racy. The bank-wide transaction count is bumped under the account's own lock, and the two tellers work on different accounts. */
#include <pthread.h>
#include <stdlib.h>

typedef struct account {
    long balance;
    pthread_mutex_t lock;
} account_t;

typedef struct {
    account_t *acct;
    int ops;
} teller_arg_t;

static long bank_txns;
static pthread_mutex_t bank_lock = PTHREAD_MUTEX_INITIALIZER;

static account_t *open_account(long initial)
{
    account_t *a = malloc(sizeof *a);
    if (!a)
        return NULL;
    a->balance = initial;
    pthread_mutex_init(&a->lock, NULL);
    return a;
}

static int deposit(account_t *a, long amt)
{
    if (amt <= 0)
        return -1;
    pthread_mutex_lock(&a->lock);
    a->balance += amt;
    bank_txns++;
    pthread_mutex_unlock(&a->lock);
    return 0;
}

static void *teller(void *p)
{
    teller_arg_t *ta = p;
    for (int i = 0; i < ta->ops; i++)
        deposit(ta->acct, 5);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    teller_arg_t args[2];
    long txns;
    for (int i = 0; i < 2; i++) {
        args[i].acct = open_account(100);
        if (!args[i].acct)
            return 1;
        args[i].ops = 20;
    }
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, teller, &args[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_mutex_lock(&bank_lock);
    txns = bank_txns;
    pthread_mutex_unlock(&bank_lock);
    for (int i = 0; i < 2; i++)
        free(args[i].acct);
    return txns != 40;
}

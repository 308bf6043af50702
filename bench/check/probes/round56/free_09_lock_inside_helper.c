/* TRUTH: free — deposit() and withdraw() each take acct_lock around balance; threads only touch balance through them; main reads after join. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t acct_lock = PTHREAD_MUTEX_INITIALIZER;
static int balance = 100;

static void deposit(int amt)
{
    pthread_mutex_lock(&acct_lock);
    balance += amt;
    pthread_mutex_unlock(&acct_lock);
}

static int withdraw(int amt)
{
    int ok = 0;
    pthread_mutex_lock(&acct_lock);
    if (balance >= amt) {
        balance -= amt;
        ok = 1;
    }
    pthread_mutex_unlock(&acct_lock);
    return ok;
}

static void *saver(void *arg)   { (void)arg; for (int i = 0; i < 10; i++) deposit(5); return NULL; }
static void *spender(void *arg) { (void)arg; int n = 0; for (int i = 0; i < 10; i++) n += withdraw(7); return (void *)(long)n; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, saver, NULL);
    pthread_create(&b, NULL, spender, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", balance);
    return 0;
}

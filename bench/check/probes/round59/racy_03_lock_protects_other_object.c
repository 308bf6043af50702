/* TRUTH: racy — deposit() updates balance under lock_a, withdraw() updates balance under lock_b (lock_b is meant for fee_count); the two writes to balance in the two threads are unordered. */
#include <pthread.h>

pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
int balance = 100;
int fee_count = 0;

void *deposit(void *arg)
{
    pthread_mutex_lock(&lock_a);
    balance += 10;
    pthread_mutex_unlock(&lock_a);
    return arg;
}

void *withdraw(void *arg)
{
    pthread_mutex_lock(&lock_b);
    fee_count++;
    balance -= 5;
    pthread_mutex_unlock(&lock_b);
    return arg;
}

int main(void)
{
    pthread_t d, w;
    pthread_create(&d, NULL, deposit, NULL);
    pthread_create(&w, NULL, withdraw, NULL);
    pthread_join(d, NULL);
    pthread_join(w, NULL);
    return balance == 105 ? 0 : 1;
}

/* TRUTH: racy — deposit locks ma but withdraw locks mb; both write balance (lines 5,6) with no common lock. */
#include <pthread.h>
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
int balance = 100;
void *deposit(void *a) { pthread_mutex_lock(&ma); balance += 10; pthread_mutex_unlock(&ma); return 0; }
void *withdraw(void *a) { pthread_mutex_lock(&mb); balance -= 10; pthread_mutex_unlock(&mb); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, deposit, 0); pthread_create(&q, 0, withdraw, 0); pthread_join(p, 0); pthread_join(q, 0); return balance; }

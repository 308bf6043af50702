/* TRUTH: racy — t1 writes balance under lk but t2 writes balance with no lock; t1 and t2 run concurrently */
#include <pthread.h>
int balance = 100;
pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
void *deposit(void *a) { (void)a; pthread_mutex_lock(&lk); balance += 10; pthread_mutex_unlock(&lk); return 0; }
void *withdraw(void *a) { (void)a; balance -= 5; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, deposit, 0);
  pthread_create(&t2, 0, withdraw, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return balance;
}

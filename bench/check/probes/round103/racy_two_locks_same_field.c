/* TRUTH: racy — acct.balance is written under lock_a by one thread and under lock_b by the other */
#include <pthread.h>

struct account { int balance; int ops; };
struct account acct;
pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;

void *credit(void *arg) {
  pthread_mutex_lock(&lock_a);
  acct.balance += 5;
  pthread_mutex_unlock(&lock_a);
  return 0;
}

void *debit(void *arg) {
  pthread_mutex_lock(&lock_b);
  acct.balance -= 3;
  pthread_mutex_unlock(&lock_b);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, credit, 0);
  pthread_create(&b, 0, debit, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return acct.balance;
}

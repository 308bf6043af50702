// racy: lock_it(p) locks the mutex it is given; deposit passes &m1 and withdraw passes &m2, so balance is unprotected.
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int balance = 100;
static void lock_it(pthread_mutex_t *p) { pthread_mutex_lock(p); }
static void unlock_it(pthread_mutex_t *p) { pthread_mutex_unlock(p); }
static void *deposit(void *a) { lock_it(&m1); balance += 10; unlock_it(&m1); return 0; }
static void *withdraw(void *a) { lock_it(&m2); balance -= 5; unlock_it(&m2); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, deposit, 0);
  pthread_create(&b, 0, withdraw, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return balance;
}

/* TRUTH: racy — test-and-set lock uses relaxed exchange/store, so no happens-before between critical sections on 'balance' */
#include <pthread.h>
#include <stdatomic.h>

atomic_int lck;
int balance;

void spin_lock(void) {
  while (atomic_exchange_explicit(&lck, 1, memory_order_relaxed)) {}
}
void spin_unlock(void) {
  atomic_store_explicit(&lck, 0, memory_order_relaxed);
}

void *deposit(void *arg) {
  spin_lock();
  balance += 10;
  spin_unlock();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, deposit, 0);
  pthread_create(&b, 0, deposit, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return balance;
}

/* TRUTH: free — spinlock on atomic_flag_test_and_set / atomic_flag_clear (seq_cst) protects 'balance' */
#include <pthread.h>
#include <stdatomic.h>

atomic_flag lk = ATOMIC_FLAG_INIT;
int balance;

void *deposit(void *arg) {
  for (int i = 0; i < 2; i++) {
    while (atomic_flag_test_and_set(&lk)) {}
    balance += 10;
    atomic_flag_clear(&lk);
  }
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

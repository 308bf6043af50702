/* Race-free: __sync_lock_test_and_set / __sync_lock_release implement a spinlock around every access to balance. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int spin;
long balance = 100;
void *deposit(void *arg) {
  long amt = (long)arg;
  while (__sync_lock_test_and_set(&spin, 1)) { }
  balance += amt;
  __sync_lock_release(&spin);
  return NULL;
}
void *withdraw(void *arg) {
  long amt = (long)arg;
  while (__sync_lock_test_and_set(&spin, 1)) { }
  if (balance >= amt) balance -= amt;
  __sync_lock_release(&spin);
  return NULL;
}
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, deposit, (void *)50L);
  pthread_create(&b, NULL, withdraw, (void *)120L);
  pthread_create(&c, NULL, deposit, (void *)7L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(c, NULL);
  printf("%ld\n", balance);
  return 0;
}

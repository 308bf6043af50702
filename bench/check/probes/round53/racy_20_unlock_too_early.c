/* TRUTH: racy — balance is read under the lock but written back after unlocking; the unlocked write conflicts with the other thread's locked read/write */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_20_unlock_too_early.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int balance = 100;

void *withdraw(void *arg) {
  pthread_mutex_lock(&m);
  int b = balance;
  pthread_mutex_unlock(&m);
  if (b >= 30)
    balance = b - 30;
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, withdraw, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (balance < 0) reach_error();
  return 0;
}

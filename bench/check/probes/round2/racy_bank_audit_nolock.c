/* TRUTH: racy. An auditor thread sums balances without taking the account locks. */
#include <pthread.h>
struct account { pthread_mutex_t m; int balance; };
struct account acc[2] = { { PTHREAD_MUTEX_INITIALIZER, 100 }, { PTHREAD_MUTEX_INITIALIZER, 100 } };
void *mover(void *arg) {
  pthread_mutex_lock(&acc[0].m); pthread_mutex_lock(&acc[1].m);
  acc[0].balance -= 5; acc[1].balance += 5;
  pthread_mutex_unlock(&acc[1].m); pthread_mutex_unlock(&acc[0].m);
  return NULL;
}
void *auditor(void *arg) { return (void *)(long)(acc[0].balance + acc[1].balance); }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, mover, NULL);
  pthread_create(&y, NULL, auditor, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}

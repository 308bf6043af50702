/* TRUTH: racy — each worker locks its own account's mutex (acc->lock) but also updates the global 'total' under it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct account { pthread_mutex_t lock; int balance; };
struct account acc_a = {PTHREAD_MUTEX_INITIALIZER, 100};
struct account acc_b = {PTHREAD_MUTEX_INITIALIZER, 200};
long total_moved;

static void *withdraw(void *p) {
  struct account *acc = p;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&acc->lock);
    acc->balance -= 1;
    long t = total_moved;
    usleep(50);
    total_moved = t + 1;
    pthread_mutex_unlock(&acc->lock);
  }
  return NULL;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, withdraw, &acc_a);
  pthread_create(&t2, NULL, withdraw, &acc_b);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%d %d %ld\n", acc_a.balance, acc_b.balance, total_moved);
  return 0;
}

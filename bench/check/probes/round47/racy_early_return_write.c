/* TRUTH: racy — the error path sets last_error before taking the lock; other thread writes last_error under the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
int last_error;
int items;

static int put(int v) {
  if (v < 0) {
    last_error = -v; /* outside the lock */
    return -1;
  }
  pthread_mutex_lock(&lk);
  items++;
  last_error = 0;
  pthread_mutex_unlock(&lk);
  return 0;
}

void *t(void *arg) {
  put(__VERIFIER_nondet_int());
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}

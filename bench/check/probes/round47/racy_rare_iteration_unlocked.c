/* TRUTH: racy — in iteration 2, if the nondet 'fast' flag is set, the worker skips the lock while writing queue_len */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
int queue_len;

void *worker(void *arg) {
  int i;
  for (i = 0; i < 4; i++) {
    int fast = __VERIFIER_nondet_int();
    if (i == 2 && fast) {
      queue_len = 0; /* 'drain' without the lock */
      continue;
    }
    pthread_mutex_lock(&qm);
    queue_len++;
    pthread_mutex_unlock(&qm);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (queue_len > 8) reach_error();
  return 0;
}

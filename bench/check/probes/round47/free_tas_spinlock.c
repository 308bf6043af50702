/* TRUTH: free — shared_val only accessed between __sync_lock_test_and_set (acquire) and __sync_lock_release (release) on the same lock word */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

volatile int lk = 0;
int shared_val = 0;

static void spin_lock(volatile int *l) {
  while (__sync_lock_test_and_set(l, 1))
    ;
}
static void spin_unlock(volatile int *l) {
  __sync_lock_release(l);
}

void *thr(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    spin_lock(&lk);
    shared_val += 10;
    spin_unlock(&lk);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thr, 0);
  pthread_create(&b, 0, thr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (shared_val != 40) reach_error();
  return 0;
}

/* TRUTH: free — shared is only accessed between __sync_lock_test_and_set (acquire) and __sync_lock_release (release) on the same lock word */
#include <pthread.h>
volatile int lk;
int shared;

static void spin_lock(volatile int *l) { while (__sync_lock_test_and_set(l, 1)) ; }
static void spin_unlock(volatile int *l) { __sync_lock_release(l); }

void *thr(void *arg)
{
  for (int i = 0; i < 3; i++) {
    spin_lock(&lk);
    shared += 2;
    spin_unlock(&lk);
  }
  return 0;
}

int main(void)
{
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], 0, thr, 0);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
  return shared != 12;
}

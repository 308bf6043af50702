/* TRUTH: free — total is only accessed between __sync_lock_test_and_set acquire and __sync_lock_release */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_12_sync_spinlock.c", 4, "reach_error"); }
#define N 3
volatile int lk;
int total;

static void spin_lock(volatile int *l) { while (__sync_lock_test_and_set(l, 1)) { } }
static void spin_unlock(volatile int *l) { __sync_lock_release(l); }

void *add(void *arg) {
  for (int i = 0; i < 4; i++) {
    spin_lock(&lk);
    total += 2;
    spin_unlock(&lk);
  }
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, add, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (total != 24) reach_error();
  return 0;
}

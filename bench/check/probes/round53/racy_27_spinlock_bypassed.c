/* TRUTH: racy — the janitor thread clears used without acquiring the spinlock that the allocator threads hold */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_27_spinlock_bypassed.c", 4, "reach_error"); }
volatile int spin;
int used;

void *allocator(void *arg) {
  while (__sync_lock_test_and_set(&spin, 1)) { }
  used++;
  __sync_lock_release(&spin);
  return 0;
}

void *janitor(void *arg) {
  used = 0;
  return 0;
}

int main(void) {
  pthread_t a1, a2, j;
  pthread_create(&a1, 0, allocator, 0);
  pthread_create(&a2, 0, allocator, 0);
  pthread_create(&j, 0, janitor, 0);
  pthread_join(a1, 0); pthread_join(a2, 0); pthread_join(j, 0);
  if (used > 2) reach_error();
  return 0;
}

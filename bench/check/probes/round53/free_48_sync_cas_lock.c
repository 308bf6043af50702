/* TRUTH: free — lock word acquired with __sync_bool_compare_and_swap and released with __sync_lock_release; queue_len only in critical section */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_48_sync_cas_lock.c", 4, "reach_error"); }
int lockword;
int queue_len;

void *enq(void *arg) {
  while (!__sync_bool_compare_and_swap(&lockword, 0, 1)) { }
  queue_len++;
  if (queue_len > 3) reach_error();
  __sync_lock_release(&lockword);
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, enq, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}

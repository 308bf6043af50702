/* TRUTH: free — C11 atomic_flag test_and_set/clear spinlock protects total */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_flag busy = ATOMIC_FLAG_INIT;
int total;

void *add(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    while (atomic_flag_test_and_set_explicit(&busy, memory_order_acquire))
      ;
    total += 2;
    atomic_flag_clear_explicit(&busy, memory_order_release);
  }
  return 0;
}

int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], 0, add, 0);
  pthread_create(&t[1], 0, add, 0);
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  if (total != 12) reach_error();
  return 0;
}

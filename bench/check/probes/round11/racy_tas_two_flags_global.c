// racy: thread a spins on lk1, thread b on lk2; both update shared.
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk1 = ATOMIC_FLAG_INIT, lk2 = ATOMIC_FLAG_INIT;
int shared;
void *wa(void *a) { while (atomic_flag_test_and_set(&lk1)) {} shared++; atomic_flag_clear(&lk1); return 0; }
void *wb(void *a) { while (atomic_flag_test_and_set(&lk2)) {} shared++; atomic_flag_clear(&lk2); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}

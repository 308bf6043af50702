/* racy: the two threads protect counter with different atomic_flag spin locks, so there is no mutual exclusion */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk1 = ATOMIC_FLAG_INIT, lk2 = ATOMIC_FLAG_INIT;
int counter;
void *a(void *p) { (void)p; for (int i = 0; i < 10; i++) { while (atomic_flag_test_and_set(&lk1)) ; counter++; atomic_flag_clear(&lk1); } return NULL; }
void *b(void *p) { (void)p; for (int i = 0; i < 10; i++) { while (atomic_flag_test_and_set(&lk2)) ; counter++; atomic_flag_clear(&lk2); } return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, a, NULL);
  pthread_create(&y, NULL, b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return counter;
}

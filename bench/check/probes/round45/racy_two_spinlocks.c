/* TRUTH: racy — thread A spins on flag lk1, thread B on flag lk2; different locks, so counter is unprotected */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk1 = ATOMIC_FLAG_INIT, lk2 = ATOMIC_FLAG_INIT;
int counter;
void *wa(void *x){ while (atomic_flag_test_and_set(&lk1)) ; counter++; atomic_flag_clear(&lk1); return 0; }
void *wb(void *x){ while (atomic_flag_test_and_set(&lk2)) ; counter++; atomic_flag_clear(&lk2); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return counter;
}

/* TRUTH: racy — the flag "lock" uses memory_order_relaxed for test_and_set and clear, so it creates no happens-before for counter */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
int counter;
void *w(void *x){
  for (int i = 0; i < 100; i++) {
    while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) ;
    counter++;
    atomic_flag_clear_explicit(&lk, memory_order_relaxed);
  }
  return 0;
}
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return counter;
}

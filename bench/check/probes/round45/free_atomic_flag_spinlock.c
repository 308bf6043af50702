/* TRUTH: free — a C11 atomic_flag spinlock (seq_cst test_and_set / clear) guards the shared list length */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
int len;
void *w(void *x){ for (int i = 0; i < 100; i++) { while (atomic_flag_test_and_set(&lk)) ; len++; atomic_flag_clear(&lk); } return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return len;
}

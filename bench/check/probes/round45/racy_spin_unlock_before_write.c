/* TRUTH: racy — the __sync spinlock is released before total is written, so the write is unprotected */
#include <pthread.h>
static volatile int lk;
int total;
void *w(void *x){ while (__sync_lock_test_and_set(&lk, 1)) ; int t = total; __sync_lock_release(&lk); total = t + 1; return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}

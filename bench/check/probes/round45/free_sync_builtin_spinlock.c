/* TRUTH: free — a hand-rolled spinlock (__sync_lock_test_and_set acquire / __sync_lock_release) guards counter */
#include <pthread.h>
static volatile int lk;
int counter;
static void spin_lock(void){ while (__sync_lock_test_and_set(&lk, 1)) ; }
static void spin_unlock(void){ __sync_lock_release(&lk); }
void *w(void *x){ for (int i = 0; i < 100; i++) { spin_lock(); counter++; spin_unlock(); } return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return counter;
}

/* TRUTH: free — __sync_lock_test_and_set / __sync_lock_release spinlock (acquire/release) protects cnt */
#include <pthread.h>
#include <stdio.h>
int lk; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { while (__sync_lock_test_and_set(&lk, 1)) ; cnt++; __sync_lock_release(&lk); } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}

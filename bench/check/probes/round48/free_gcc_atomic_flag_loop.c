/* TRUTH: free — the thread reads x in iteration 1, after iteration 0 spun with __atomic_load_n(ACQUIRE) on a flag main released after its write */
#include <pthread.h>
int x; int flag; int out;
void *t(void *a) {
  for (int i = 0; i < 2; i++) {
    if (i) out = x;
    else while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE)) ;
  }
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 21;
  __atomic_store_n(&flag, 1, __ATOMIC_RELEASE);
  pthread_join(th, 0);
  return out;
}

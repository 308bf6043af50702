/* TRUTH: free — both use __atomic_fetch_add */
#include <pthread.h>
int cnt;
void *w(void *a) { __atomic_fetch_add(&cnt, 1, __ATOMIC_SEQ_CST); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  __atomic_fetch_add(&cnt, 1, __ATOMIC_SEQ_CST);
  pthread_join(t, 0);
  return cnt;
}

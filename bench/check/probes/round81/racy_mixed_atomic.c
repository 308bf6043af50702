/* TRUTH: racy — worker uses __atomic_fetch_add on cnt, main does plain cnt++ (non-atomic) */
#include <pthread.h>
int cnt;
void *w(void *a) { __atomic_fetch_add(&cnt, 1, __ATOMIC_SEQ_CST); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  cnt++;
  pthread_join(t, 0);
  return cnt;
}

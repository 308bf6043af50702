/* racy: lock released by a plain store lk = 0 (non-atomic write racing with the other thread's TAS on lk, and no release) */
#include <pthread.h>
int lk;
int g;
void *w(void *p) {
  (void)p;
  for (int i = 0; i < 10; i++) {
    while (__sync_lock_test_and_set(&lk, 1)) ;
    g += 2;
    lk = 0;
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return g;
}

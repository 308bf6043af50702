/* racy: second thread body uses plain hits++ while the first uses __atomic_fetch_add: non-atomic write vs atomic RMW */
#include <pthread.h>
int hits;
void *wa(void *p) { (void)p; for (int i = 0; i < 100; i++) __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED); return NULL; }
void *wp(void *p) { (void)p; for (int i = 0; i < 100; i++) hits++; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, wa, NULL);
  pthread_create(&b, NULL, wp, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

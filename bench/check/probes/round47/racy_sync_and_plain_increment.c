/* TRUTH: racy — thread A increments hits with __sync_fetch_and_add, thread B with a plain hits++ */
#include <pthread.h>
int hits;
void *a(void *x) { int i; for (i = 0; i < 3; i++) __sync_fetch_and_add(&hits, 1); return 0; }
void *b(void *x) { int i; for (i = 0; i < 3; i++) hits++; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return hits;
}

/* TRUTH: racy — main joins t2 (which does nothing) and then writes x while t1 may still be writing it */
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return 0; }
void *idle(void *a) { return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, idle, 0);
  pthread_join(t2, 0);
  x = 2;
  pthread_join(t1, 0);
  return x;
}

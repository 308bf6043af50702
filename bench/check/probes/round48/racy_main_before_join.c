/* TRUTH: racy — main writes x after creating the thread and before joining it; the thread writes x too */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 2;
  pthread_join(th, 0);
  return x;
}

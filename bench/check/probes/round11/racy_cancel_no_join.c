// racy: pthread_cancel does not wait for the thread; main writes res right after cancelling, while the worker may still write it.
#include <pthread.h>
int res;
void *w(void *a) { for (int i = 0; i < 1000; i++) res = i; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_cancel(t);
  res = -1;
  pthread_join(t, 0);
  return res;
}

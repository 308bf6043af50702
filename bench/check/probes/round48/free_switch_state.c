/* TRUTH: free — state 1 (x++) is reached only after state 0 waited on the condition variable for ready, which main sets under the mutex after writing x */
#include <pthread.h>
int x; int ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *t(void *a) {
  int st = 0;
  for (;;) {
    switch (st) {
    case 1:
      x++;
      return 0;
    case 0:
      pthread_mutex_lock(&m);
      while (!ready) pthread_cond_wait(&c, &m);
      pthread_mutex_unlock(&m);
      st = 1;
      break;
    }
  }
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 9;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&c);
  pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return x;
}

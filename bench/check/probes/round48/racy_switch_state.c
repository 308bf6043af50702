/* TRUTH: racy — the state machine starts in state 1, so x++ runs before the condition wait, concurrently with main's x = 9 */
#include <pthread.h>
int x; int ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *t(void *a) {
  int st = 1;
  for (;;) {
    switch (st) {
    case 1:
      x++;
      st = 0;
      break;
    case 0:
      pthread_mutex_lock(&m);
      while (!ready) pthread_cond_wait(&c, &m);
      pthread_mutex_unlock(&m);
      return 0;
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

/* TRUTH: racy — clr stores started=0 under m then sets done; main (through lk/ulk) sees done, reads 0, skips joining w, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, done, x;
pthread_t t1, t2;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void lk(void) { pthread_mutex_lock(&m); }
void ulk(void) { pthread_mutex_unlock(&m); }
void *clr(void *a) { lk(); started = 0; done = 1; ulk(); return 0; }
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int d = 0;
  started = 1;
  pthread_create(&t2, 0, w, 0);
  pthread_create(&t1, 0, clr, 0);
  while (!d) { lk(); d = done; ulk(); }
  lk();
  if (started) { ulk(); pthread_join(t2, 0); } else ulk();
  x = 2;
  pthread_join(t1, 0);
  return 0;
}

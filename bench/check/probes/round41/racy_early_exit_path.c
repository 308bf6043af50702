/* TRUTH: racy — mode=1 before create, so instance 0 jumps to fast and writes hits++ (line 8) unlocked while instance 1 does hits++ under m (line 7). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int hits; int mode;
void *w(void *a) {
  long me = (long)a;
  if (mode == 1 && me == 0) goto fast;
  pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); return 0;
fast: hits++; return 0; }
int main(void) { pthread_t p, q; mode = 1;
  pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1);
  pthread_join(p, 0); pthread_join(q, 0); return hits; }

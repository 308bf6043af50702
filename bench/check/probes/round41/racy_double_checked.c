/* TRUTH: racy — double-checked init: the unlocked read of `inited` (line 7) races with the locked write inited=1 (line 8) in the other instance. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int inited; int table[4];
void *w(void *a) {
  int v;
  if (!inited) { pthread_mutex_lock(&m);
    if (!inited) { table[0] = 1; inited = 1; } pthread_mutex_unlock(&m); }
  pthread_mutex_lock(&m); v = table[0]; pthread_mutex_unlock(&m);
  return (void *)(long)v; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }

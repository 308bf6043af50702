/* TRUTH: racy — main takes m only AFTER creating t, so t may lock/unlock first and write x=2 (line 4) concurrently with main's x=1 (line 7). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) { pthread_mutex_lock(&m); pthread_mutex_unlock(&m); x = 2; return 0; }
int main(void) { pthread_t th;
  pthread_create(&th, 0, t, 0); pthread_mutex_lock(&m);
  x = 1;
  pthread_mutex_unlock(&m);
  pthread_join(th, 0); return x; }

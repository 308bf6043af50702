/* TRUTH: racy — main releases m before writing x (line 7); the thread's x++ (line 4) under m can run concurrently. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t th;
  pthread_mutex_lock(&m); pthread_create(&th, 0, t, 0); pthread_mutex_unlock(&m);
  x = 10;
  pthread_join(th, 0); return x; }

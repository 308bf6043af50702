/* TRUTH: free — main takes m before creating t and writes x (line 7) while still holding m; the thread's write (line 4) is under m too. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t th;
  pthread_mutex_lock(&m); pthread_create(&th, 0, t, 0);
  x = 10;
  pthread_mutex_unlock(&m); pthread_join(th, 0); return x; }

/* TRUTH: free — main holds m from before creating t until after x=1 (line 7); t's lock(m) can only succeed after that unlock, so main's write hb t's write x=2 (line 4) outside the lock. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *t(void *a) { pthread_mutex_lock(&m); pthread_mutex_unlock(&m); x = 2; return 0; }
int main(void) { pthread_t th;
  pthread_mutex_lock(&m); pthread_create(&th, 0, t, 0);
  x = 1;
  pthread_mutex_unlock(&m);
  pthread_join(th, 0); return x; }

/* TRUTH: free — main waits on the condvar until T1 has set done (after x = 1) and only then creates T2, which writes x */
#include <pthread.h>
int x; int done; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *T1(void *a) {
  x = 1;
  pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m);
  return 0;
}
void *T2(void *a) { x = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, T1, 0);
  pthread_mutex_lock(&m);
  while (!done) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  pthread_create(&b, 0, T2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}

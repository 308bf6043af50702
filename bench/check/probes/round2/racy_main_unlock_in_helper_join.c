/* TRUTH: racy. main holds m when starting t1, but wait_for() releases m before joining,
   so t2 can write x under m while t1 writes x without it. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *arg) { x = 1; return NULL; }
void *t2(void *arg) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return NULL; }
static void wait_for(pthread_t t, pthread_mutex_t *mm) { pthread_mutex_unlock(mm); pthread_join(t, NULL); pthread_mutex_lock(mm); }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, NULL, t2, NULL);
  pthread_mutex_lock(&m);
  pthread_create(&a, NULL, t1, NULL);
  wait_for(a, &m);
  pthread_mutex_unlock(&m);
  pthread_join(b, NULL);
  return x;
}

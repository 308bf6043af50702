/* TRUTH: free — m is __thread but main publishes ITS m's address in gm before creating; both threads lock *gm, the same mutex, around g++ (line 7). */
#include <pthread.h>
static __thread pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *gm;
int g;
void *w(void *x) {
  pthread_mutex_lock(gm); g++; pthread_mutex_unlock(gm);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  gm = &m;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}

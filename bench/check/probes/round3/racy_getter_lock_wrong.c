/* TRUTH: racy. getlock(i) returns &locks[i]; thread A locks locks[0], B locks[1];
   both increment g -> different locks, race. */
#include <pthread.h>
static int g;
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static pthread_mutex_t *getlock(int i) { return &locks[i]; }
static void *wa(void *x) { (void)x; pthread_mutex_lock(getlock(0)); g++; pthread_mutex_unlock(getlock(0)); return NULL; }
static void *wb(void *x) { (void)x; pthread_mutex_lock(getlock(1)); g++; pthread_mutex_unlock(getlock(1)); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}

/* TRUTH: racy — IDX is 1 when ta is compiled and 0 when tb is: locks[1] vs locks[0], different mutexes; g++ (lines 7,11) unordered. */
#include <pthread.h>
pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int g;
#define IDX 1
void *ta(void *x) {
  pthread_mutex_lock(&locks[IDX]); g++; pthread_mutex_unlock(&locks[IDX]); return 0; }
#undef IDX
#define IDX 0
void *tb(void *x) {
  pthread_mutex_lock(&locks[IDX]); g++; pthread_mutex_unlock(&locks[IDX]); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}

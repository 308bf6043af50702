/* TRUTH: free — IDX is '\1' (char literal 1) and the other thread uses sizeof(char) == 1: both lock locks[1] around g++ (lines 7,8). */
#include <pthread.h>
pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int g;
#define IDX '\1'
#define IDX2 sizeof(char)
void *ta(void *x) { pthread_mutex_lock(&locks[IDX]); g++; pthread_mutex_unlock(&locks[IDX]); return 0; }
void *tb(void *x) { pthread_mutex_lock(&locks[IDX2]); g++; pthread_mutex_unlock(&locks[IDX2]); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}

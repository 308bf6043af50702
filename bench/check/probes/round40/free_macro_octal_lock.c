/* TRUTH: free — IDX_A is 010 (octal 8) and IDX_B is 8: both threads lock locks[8] around g++ (lines 8,9). */
#include <pthread.h>
#define IDX_A 010
#define IDX_B 8
pthread_mutex_t locks[11];
int g;
#define LOCKED(i, stmt) do { pthread_mutex_lock(&locks[i]); stmt; pthread_mutex_unlock(&locks[i]); } while (0)
void *ta(void *x) { LOCKED(IDX_A, g++); return 0; }
void *tb(void *x) { LOCKED(IDX_B, g++); return 0; }
int main(void) {
  pthread_t t1, t2;
  for (int i = 0; i < 11; i++) pthread_mutex_init(&locks[i], 0);
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}

/* TRUTH: free — both threads lock locks[1] (same element) around x */
#include <pthread.h>
int x; pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
void *t(void *a) { int i = 1; pthread_mutex_lock(&locks[i]); x++; pthread_mutex_unlock(&locks[i]); return 0; }
void *u(void *a) { pthread_mutex_lock(&locks[1]); x--; pthread_mutex_unlock(&locks[1]); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, u, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}

/* TRUTH: free — both threads lock the same mutex, once by name and once through a pointer alias */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *mp = &m;
void *a1(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *a2(void *a) { pthread_mutex_lock(mp); x--; pthread_mutex_unlock(mp); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, a1, 0);
  pthread_create(&b, 0, a2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}

/* TRUTH: free — lk/ul point to pthread_mutex_lock/unlock; both writes of g hold m */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int (*lk)(pthread_mutex_t *) = pthread_mutex_lock;
int (*ul)(pthread_mutex_t *) = pthread_mutex_unlock;
int g;
void *w(void *a) { lk(&m); g++; ul(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  lk(&m); g++; ul(&m);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

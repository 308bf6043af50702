/* TRUTH: racy. Barrier counter incremented under a mutex but spun on with a plain read
   outside the mutex: race on `arrived`. */
#include <pthread.h>
#include <stdint.h>
int a[2];
int arrived;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  a[id] = id + 1;
  pthread_mutex_lock(&m); arrived++; pthread_mutex_unlock(&m);
  while (arrived < 2) ;
  return (void *)(intptr_t)a[1 - id];
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL); pthread_join(t1, NULL);
  return 0;
}

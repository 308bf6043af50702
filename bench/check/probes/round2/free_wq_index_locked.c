/* TRUTH: free. Work queue: next index taken under a mutex; each task's result slot is
   written by the one thread that took that index. */
#include <pthread.h>
#define NT 16
int tasks[NT], results[NT];
int next;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  for (;;) {
    pthread_mutex_lock(&m); int i = next; if (i < NT) next++; pthread_mutex_unlock(&m);
    if (i >= NT) break;
    results[i] = tasks[i] * 2;
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  for (int i = 0; i < NT; i++) tasks[i] = i;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return results[3];
}

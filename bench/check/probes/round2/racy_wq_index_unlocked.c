/* TRUTH: racy. The global work index is read and incremented without a lock. */
#include <pthread.h>
#define NT 16
int tasks[NT], results[NT];
int next;
void *worker(void *arg) {
  for (;;) {
    int i = next++;
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

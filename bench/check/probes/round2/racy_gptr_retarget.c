/* TRUTH: racy. main re-targets global pointer gp while the thread reads gp to write
   through it: race on gp itself. */
#include <pthread.h>
int a, b;
int *gp = &a;
void *worker(void *arg) { *gp = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  gp = &b;
  pthread_join(t, NULL);
  return a + b;
}

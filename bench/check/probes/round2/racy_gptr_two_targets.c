/* TRUTH: racy. gp points at a; main writes a directly while the thread writes *gp. */
#include <pthread.h>
int a;
int *gp;
void *worker(void *arg) { *gp = 1; return NULL; }
int main(void) {
  pthread_t t;
  gp = &a;
  pthread_create(&t, NULL, worker, NULL);
  a = 2;
  pthread_join(t, NULL);
  return a;
}

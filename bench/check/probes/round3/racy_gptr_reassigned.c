/* TRUTH: racy. gp initialized &a, reassigned to &b before create; thread writes *gp = b,
   main writes b concurrently. */
#include <pthread.h>
int a, b;
int *gp = &a;
static void *worker(void *x) { (void)x; *gp += 1; return NULL; }
int main(void) {
  pthread_t t;
  gp = &b;
  pthread_create(&t, NULL, worker, NULL);
  b++;
  pthread_join(t, NULL);
  return a + b;
}

/* TRUTH: racy. gp = &a initially; main does *pp = &b via int **pp = &gp, so thread writes b;
   main then writes b. */
#include <pthread.h>
int a, b;
int *gp = &a;
static void *worker(void *x) { (void)x; *gp = 4; return NULL; }
int main(void) {
  pthread_t t;
  int **pp = &gp;
  *pp = &b;
  pthread_create(&t, NULL, worker, NULL);
  b = 2;
  pthread_join(t, NULL);
  return a + b;
}

/* TRUTH: racy. g is changed to 7 through a pointer parameter of a helper, so the
   `g == 7` branch runs in both workers. */
#include <pthread.h>
int g;
int hits;
static void set(int *p, int v) { *p = v; }
void *worker(void *arg) { if (g == 7) hits++; return NULL; }
int main(void) {
  set(&g, 7);
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

/* TRUTH: racy. g is initialised with a constant expression (2*3 = 6), not a literal,
   so the `g == 6` branch is taken by both workers. */
#include <pthread.h>
int g = 2 * 3;
int hits;
void *worker(void *arg) { if (g == 6) hits++; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

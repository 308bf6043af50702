/* TRUTH: racy. g becomes 5 through `g ^= 5`, so the `g == 5` branch runs in both workers. */
#include <pthread.h>
int g;
int hits;
void *worker(void *arg) { if (g == 5) hits++; return NULL; }
int main(void) {
  g ^= 5;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

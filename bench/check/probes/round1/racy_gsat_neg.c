/* TRUTH: racy. g = -3 (a negated literal); both workers see g < 0. */
#include <pthread.h>
int g;
int hits;
void *worker(void *arg) { if (g < 0) hits++; return NULL; }
int main(void) {
  g = -3;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

/* TRUTH: racy. g starts at 20; the saturating step `if (g < 10) g++;` never runs, so g
   stays 20 and `g > 15` is true in both workers, which write `hits` unprotected. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = 20;
int hits;
void *worker(void *arg) {
  pthread_mutex_lock(&m);
  if (g < 10) g++;
  pthread_mutex_unlock(&m);
  if (g > 15) hits++;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

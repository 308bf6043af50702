/* TRUTH: racy. g starts at -5; `if (g > 0) g--;` never changes it, so g < 0 holds and
   both workers write `hits`. (Reads of g are not raced: the only writes are under
   g > 0, which never holds.) */
#include <pthread.h>
int g = -5;
int hits;
void *worker(void *arg) {
  if (g > 0) g--;
  if (g < 0) hits++;
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

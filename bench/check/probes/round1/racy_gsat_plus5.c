/* TRUTH: racy. g starts at 8; `if (g < 10) g += 5;` makes it 13, so `g > 12` holds and
   both threads increment `hits` without a lock. */
#include <pthread.h>
int g = 8;
int hits;
void *worker(void *arg) { if (g > 12) hits++; return NULL; }
int main(void) {
  if (g < 10) g += 5;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

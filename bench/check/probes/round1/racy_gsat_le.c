/* TRUTH: racy. `if (g <= 10) g++;` can take g from 10 to 11, so `g == 11` is reachable
   and both workers write `hits`. */
#include <pthread.h>
int g = 10;
int hits;
void *worker(void *arg) { if (g == 11) hits++; return NULL; }
int main(void) {
  if (g <= 10) g++;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

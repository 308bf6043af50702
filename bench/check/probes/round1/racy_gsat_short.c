/* TRUTH: racy. g is an unsigned char starting at 100 and incremented 200 times: it wraps
   and ends at 44, so `g < 50` is true and both workers write `hits`. */
#include <pthread.h>
unsigned char g = 100;
int hits;
void *worker(void *arg) { if (g < 50) hits++; return NULL; }
int main(void) {
  for (int i = 0; i < 200; i++) g++;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

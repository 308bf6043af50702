/* TRUTH: racy. g = 'A' (65); both workers see g == 65 and write `hits`. */
#include <pthread.h>
int g;
int hits;
void *worker(void *arg) { if (g == 65) hits++; return NULL; }
int main(void) {
  g = 'A';
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

/* TRUTH: racy. memset sets every byte of g to 0x01, so g == 0x01010101 > 100 and
   both workers take the branch and write `hits`. */
#include <pthread.h>
#include <string.h>
int g;
int hits;
void *worker(void *arg) { if (g > 100) hits++; return NULL; }
int main(void) {
  memset(&g, 1, sizeof g);
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

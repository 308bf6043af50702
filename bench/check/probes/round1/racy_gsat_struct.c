/* TRUTH: racy. mode is a field of a global struct set to 3 through a whole-struct copy;
   both workers take the `mode == 3` branch. */
#include <pthread.h>
struct conf { int mode; int pad; };
struct conf C, preset = {3, 0};
int hits;
void *worker(void *arg) { if (C.mode == 3) hits++; return NULL; }
int main(void) {
  C = preset;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

/* TRUTH: racy. A table of bodies; two of them update the same global counter. */
#include <pthread.h>
int counter, y;
void *inc(void *arg) { counter++; return NULL; }
void *dec(void *arg) { counter--; return NULL; }
void *other(void *arg) { y = 1; return NULL; }
struct job { void *(*fn)(void *); } jobs[3] = { { inc }, { other }, { dec } };
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, jobs[i].fn, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return counter + y;
}

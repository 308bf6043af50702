/* TRUTH: free — each loop iteration creates a thread and joins it before the next, so the three steps++ are ordered by create/join */
#include <pthread.h>
int steps;
void *w(void *a) { steps++; return 0; }
int main(void) {
  pthread_t t;
  for (int i = 0; i < 3; i++) {
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
  }
  return steps;
}

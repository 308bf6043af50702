/* TRUTH: racy — the last iteration's thread is not joined (i < 2 guard); its steps++ races with main's steps = 0 */
#include <pthread.h>
int steps;
void *w(void *a) { steps++; return 0; }
int main(void) {
  pthread_t t;
  for (int i = 0; i < 3; i++) {
    pthread_create(&t, 0, w, 0);
    if (i < 2) pthread_join(t, 0);
  }
  steps = 0;
  pthread_join(t, 0);
  return steps;
}

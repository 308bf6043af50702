/* TRUTH: racy — n starts 3 but is set to 0 through p = &n before the test, so the exit branch is not taken and g++ (line 11) runs in both threads. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *x) {
  int n = 3;
  int *p = &n;
  *p = 0;
  if (n > 2)
    pthread_exit(0);
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}

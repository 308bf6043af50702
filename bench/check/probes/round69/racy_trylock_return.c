/* TRUTH: racy — the write g++ happens before the trylock's outcome is checked, so two threads write g unlocked */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  int r = pthread_mutex_trylock(&m);
  g++;
  if (r != 0) return 0;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g);
  return 0;
}

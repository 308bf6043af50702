/* racy: maximum kept in a plain int with check-then-write, read and written by all threads */
#include <pthread.h>
#define N 4
int gmax = -1;
int inputs[N][3] = { {1, 9, 3}, {4, 2, 8}, {7, 7, 0}, {5, 6, 11} };
void *w(void *p) {
  long id = (long)p;
  for (int k = 0; k < 3; k++) if (inputs[id][k] > gmax) gmax = inputs[id][k];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return gmax;
}

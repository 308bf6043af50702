/* racy: thread i gets buf + i*(CH-1), so neighbouring threads' CH-int ranges overlap by one element */
#include <pthread.h>
#define N 3
#define CH 4
int buf[N * CH];
void *w(void *p) { int *q = p; for (int j = 0; j < CH; j++) q[j] = j; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, buf + i * (CH - 1));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return buf[3];
}

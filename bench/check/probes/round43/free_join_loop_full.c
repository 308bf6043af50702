/* TRUTH: free — every t[i] is joined before main reads out[]; each thread writes its own out[i] */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *a) { long i = (long)a; out[i] = (int)(i * i); return 0; }
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(long)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  for (i = 0; i < N; i++) s += out[i];
  return s;
}

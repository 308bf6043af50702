/* TRUTH: racy — join loop steps i += 2 so t[1] and t[3] are never joined; their out[1]/out[3] writes race with main's reads */
#include <pthread.h>
#define N 4
int out[N];
void *w(void *a) { long i = (long)a; out[i] = (int)(i * i); return 0; }
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(long)i);
  for (i = 0; i < N; i += 2) pthread_join(t[i], 0);
  for (i = 0; i < N; i++) s += out[i];
  return s;
}

/* racy: only N-1 threads joined; the last thread's read of g races with main's write */
#include <pthread.h>
#include <assert.h>
#define N 4
int g;
void *r(void *p) { (void)p; int x = g; (void)x; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, r, NULL);
  for (int i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
  g = 42;
  return 0;
}

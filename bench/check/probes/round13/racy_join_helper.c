/* racy: join_all starts at index 1, thread 0 is never joined and its write to vals[0] races with main's read */
#include <pthread.h>
#include <assert.h>
#define N 3
int vals[N];
void *w(void *p) { long i = (long)p; vals[i] = 1; return NULL; }
static void join_all(pthread_t *t, int n) { for (int i = 1; i < n; i++) pthread_join(t[i], NULL); }
static void spawn_all(pthread_t *t, int n) { for (long i = 0; i < n; i++) pthread_create(&t[i], NULL, w, (void *)i); }
int main(void) {
  pthread_t t[N];
  spawn_all(t, N);
  join_all(t, N);
  int s = vals[0] + vals[1] + vals[2];
  return s;
}

/* race-free: join_all joins every handle before main reads total */
#include <pthread.h>
#include <assert.h>
#define N 3
int vals[N];
void *w(void *p) { long i = (long)p; vals[i] = 1; return NULL; }
static void join_all(pthread_t *t, int n) { for (int i = 0; i < n; i++) pthread_join(t[i], NULL); }
static void spawn_all(pthread_t *t, int n) { for (long i = 0; i < n; i++) pthread_create(&t[i], NULL, w, (void *)i); }
int main(void) {
  pthread_t t[N];
  spawn_all(t, N);
  join_all(t, N);
  int s = vals[0] + vals[1] + vals[2];
  assert(s == 3);
  return 0;
}

/* TRUTH: racy — spawn() starts N threads by a counting loop but main calls it twice: 2N = 4 waits on count N = 2; thread writes data[id] (line 10) race with other generation's reads (line 13). */
#include <pthread.h>
#define N 2
pthread_barrier_t b;
int data[2 * N];
int sink[2 * N];
pthread_t t[2 * N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 1;
  pthread_barrier_wait(&b);
  int s = 0;
  for (int k = 0; k < 2 * N; k++) s += data[k];
  sink[id] = s;
  return 0;
}
static void spawn(long base) {
  for (long i = 0; i < N; i++) pthread_create(&t[base + i], 0, w, (void *)(base + i));
}
int main(void) {
  pthread_barrier_init(&b, 0, N);
  spawn(0);
  spawn(N);
  for (long i = 0; i < 2 * N; i++) pthread_join(t[i], 0);
  return 0;
}

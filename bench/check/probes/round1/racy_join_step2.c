/* TRUTH: racy. Join loop steps by 2 and leaves t[1], t[3] running while main
   writes `buf[0]`, which every worker also writes. (Workers also race among themselves.) */
#include <pthread.h>
#define N 4
int buf[8];
void *worker(void *arg) { buf[0] = 7; return NULL; }
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (i = 0; i < N; i += 2) pthread_join(t[i], NULL);
  buf[0] = 0;
  return 0;
}

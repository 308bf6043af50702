/* racy: one struct is reused for every thread; main writes a.id for the next create while earlier threads read a.id */
#include <pthread.h>
#define N 3
struct targ { int id; };
int res[N];
void *worker(void *p) { struct targ *a = p; res[a->id] = 1; return NULL; }
int main(void) {
  pthread_t t[N];
  struct targ a;
  for (int i = 0; i < N; i++) { a.id = i; pthread_create(&t[i], NULL, worker, &a); }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return res[0];
}

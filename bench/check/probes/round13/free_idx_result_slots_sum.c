/* race-free: partial sums go to part[id]; the total is computed by main after join */
#include <pthread.h>
#include <assert.h>
#define N 4
#define LEN 40
int in[LEN];
long part[N];
void *sum(void *p) {
  int id = (int)(long)p;
  long s = 0;
  for (int i = id * (LEN / N); i < (id + 1) * (LEN / N); i++) s += in[i];
  part[id] = s;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < LEN; i++) in[i] = 1;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, sum, (void *)(long)i);
  long total = 0;
  for (int i = 0; i < N; i++) { pthread_join(t[i], NULL); total += part[i]; }
  assert(total == LEN);
  return 0;
}

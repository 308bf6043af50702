/* racy: threads also accumulate into the shared global total without a lock */
#include <pthread.h>
#include <assert.h>
#define N 4
#define LEN 40
int in[LEN];
long part[N];
long total;
void *sum(void *p) {
  int id = (int)(long)p;
  long s = 0;
  for (int i = id * (LEN / N); i < (id + 1) * (LEN / N); i++) s += in[i];
  part[id] = s;
  total += s;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < LEN; i++) in[i] = 1;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, sum, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return (int)total;
}

/* racy: main reads part[i+1] inside the join loop before thread i+1 has been joined */
#include <pthread.h>
#define N 4
long part[N + 1];
void *sum(void *p) { int id = (int)(long)p; part[id] = id; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, sum, (void *)(long)i);
  long total = 0;
  for (int i = 0; i < N; i++) { pthread_join(t[i], NULL); total += part[i + 1]; }
  return (int)total;
}

/* racy: loop bound i <= CH makes thread id also write data[(id+1)*CH], the first element of the next thread's chunk */
#include <pthread.h>
#include <assert.h>
#define N 4
#define CH 8
int data[N * CH + 1];
void *worker(void *arg) {
  int id = (int)(long)arg;
  int base = id * CH;
  for (int i = 0; i <= CH; i++)
    data[base + i] = id;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return data[CH];
}

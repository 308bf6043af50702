/* TRUTH: free. Thread id passed by value; each thread writes only w[id].result and
   w[id].count. */
#include <pthread.h>
#include <stdint.h>
#define N 4
struct work { int result; int count; } w[N];
void *worker(void *arg) { int id = (int)(intptr_t)arg; w[id].result = id * id; w[id].count++; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return w[1].result;
}

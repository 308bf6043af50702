/* TRUTH: free. Each worker writes its own slot (distinct by pointer arg); main
   reads the slots only after joining all workers in reverse order. */
#include <pthread.h>
#include <stdio.h>
#define N 5
int slot[N];
void *worker(void *arg) { int *p = arg; *p = 42; return NULL; }
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &slot[i]);
  for (i = N - 1; i >= 0; i--) pthread_join(t[i], NULL);
  for (i = 0; i < N; i++) s += slot[i];
  printf("%d\n", s);
  return 0;
}

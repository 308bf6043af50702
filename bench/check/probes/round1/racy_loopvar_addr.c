/* TRUTH: racy. The address of the loop variable is passed to each thread; the thread
   reads *arg while main's loop increments i. */
#include <pthread.h>
#define N 4
int data[N];
void *worker(void *arg) { int id = *(int *)arg; data[id % N] = 1; return NULL; }
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &i);
  for (i = 0; i < N; i++) pthread_join(t[i], NULL);
  return 0;
}

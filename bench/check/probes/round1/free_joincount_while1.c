/* TRUTH: free. A detached worker writes `data`
   then decrements `pending` under the lock; main spins with while(1) under the same lock
   until pending==0, then reads `data`. The unlock/lock pair orders the write before the read. */
#include <pthread.h>
#include <stdio.h>
int data;
int pending = 1;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  data = 99;
  pthread_mutex_lock(&m);
  pending--;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_detach(t);
  while (1) {
    pthread_mutex_lock(&m);
    if (pending == 0) { pthread_mutex_unlock(&m); break; }
    pthread_mutex_unlock(&m);
  }
  printf("%d\n", data);
  return 0;
}

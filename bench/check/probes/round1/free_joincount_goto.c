/* TRUTH: free. The worker writes `msg` then sets done under the lock; main loops with
   goto under the lock until done, then reads `msg` (mutex release/acquire orders them). */
#include <pthread.h>
#include <stdio.h>
char msg[16];
int done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  msg[0] = 'h'; msg[1] = 'i'; msg[2] = 0;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
again:
  pthread_mutex_lock(&m);
  if (!done) { pthread_mutex_unlock(&m); goto again; }
  pthread_mutex_unlock(&m);
  puts(msg);
  pthread_join(t, NULL);
  return 0;
}

/* TRUTH: free — worker calls pthread_exit before the write to flagv, so the write never runs; only main writes flagv */
#include <pthread.h>
int flagv;
void *worker(void *a) {
  pthread_exit(NULL);
  flagv = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  flagv = 2;
  pthread_join(t, 0);
  return flagv;
}

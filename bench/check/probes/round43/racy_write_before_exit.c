/* TRUTH: racy — worker writes flagv before pthread_exit; main writes flagv before joining */
#include <pthread.h>
int flagv;
void *worker(void *a) {
  flagv = 1;
  pthread_exit(NULL);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  flagv = 2;
  pthread_join(t, 0);
  return flagv;
}

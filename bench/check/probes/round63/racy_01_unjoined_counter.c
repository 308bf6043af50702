/* TRUTH: racy — worker writes hits (hits++) while main reads hits in printf without any join or lock */
#include <pthread.h>
#include <stdio.h>
int hits;
static void *worker(void *arg) { (void)arg; hits++; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  printf("%d\n", hits);
  pthread_detach(t);
  return 0;
}

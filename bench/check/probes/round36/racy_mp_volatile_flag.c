/* TRUTH: racy — volatile is not atomic: the writer's volatile store flag = 1 and the reader's volatile reads of flag race, and they give no happens-before, so r = data also races with data = 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static volatile int flag;
static void *writer(void *arg) {
  data = 1;
  flag = 1;
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (flag == 0) ;
  r = data;
  return (void *)(long)r;
}
int main(void) {
  pthread_t w, r;

  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}

/* TRUTH: racy — plain message passing: writer's data = 1 and flag = 1 (plain writes) race with reader's plain reads r = flag and r += data; nothing orders them. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data, flag;
static void *writer(void *arg) {
  data = 1;
  flag = 1;
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  r = flag;
  r += data;
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

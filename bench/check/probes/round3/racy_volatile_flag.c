/* TRUTH: racy. volatile is not atomic: writer sets flag, reader spins on it, both plain. */
#include <pthread.h>
static volatile int flag;
static int data;
static void *wr(void *v) { (void)v; data = 1; flag = 1; return NULL; }
static void *rd(void *v) { (void)v; while (!flag) { } return (void *)(long)data; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wr, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}

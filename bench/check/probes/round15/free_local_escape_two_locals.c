/* Race-free: two different stack locals are passed to the two threads, so each thread increments its own variable. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
void *bump(void *arg) {
  int *p = arg;
  for (int i = 0; i < 4; i++) *p += i;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  int l1 = argc, l2 = argc * 2;
  pthread_t t1, t2;
  pthread_create(&t1, NULL, bump, &l1);
  pthread_create(&t2, NULL, bump, &l2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%d %d\n", l1, l2);
  return 0;
}

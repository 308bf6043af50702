/* Race-free: main passes the address of its local counter to one thread and reads the local only after joining it. */
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
  int local = argc;
  pthread_t t;
  pthread_create(&t, NULL, bump, &local);
  pthread_join(t, NULL);
  printf("%d\n", local);
  return 0;
}

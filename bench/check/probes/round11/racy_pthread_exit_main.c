// racy: main writes flag after creating worker and then pthread_exit's; worker reads flag concurrently.
#include <pthread.h>
#include <stdio.h>
int flag;
void *w(void *a) {
  if (flag) puts("set");
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  flag = 1;
  pthread_exit(0);
}

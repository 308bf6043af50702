/* TRUTH: racy — one buffer is allocated once and passed to all threads */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
void *w(void *a) { int *p = a; for (int i = 0; i < 8; i++) p[i] += i; return 0; }
int main(void) {
  pthread_t th[3]; int *buf = calloc(8, sizeof(int));
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, w, buf);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  printf("%d\n", buf[7]); free(buf); return 0;
}

/* TRUTH: racy — only 2 instances (fewer than K = 4) but ids are 0 and 4 (loop step 4), so both update data[0] */
#include <pthread.h>
#include <stdio.h>
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[8];
  long i;
  for (i = 0; i < 8; i += 4) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 8; i += 4) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}

/* TRUTH: racy — the loop counter is reset once, so ids 0,1 are handed out twice (0,1,0,1,2); the two id-0 instances both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[8];
  long i;
  int n = 0, again = 1;
  for (i = 0; i < N; i++) {
    pthread_create(&t[n++], 0, f, (void *)i);
    if (i == 1 && again) { again = 0; i = -1; }
  }
  for (i = 0; i < n; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}

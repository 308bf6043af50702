/* TRUTH: free — ids shifted to -1,0,1; C's % keeps the sign so id % 2 = -1,0,1: three distinct cells of buf via two = buf + 1 */
#include <pthread.h>
#include <stdio.h>
#define N 3
int buf[3];
int *const two = buf + 1;
void *f(void *p) {
  long id = (long)p - 1;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", buf[0], buf[1], buf[2]);
  return 0;
}

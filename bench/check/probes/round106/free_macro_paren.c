/* TRUTH: free — K is the parenthesised macro (2+2) = 4; 3 instances give data[id % 4] slots 0,1,2 */
#include <pthread.h>
#include <stdio.h>
#define N 3
#define K (2+2)
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % K] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", data[0], data[2]);
  return 0;
}

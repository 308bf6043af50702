/* TRUTH: racy — global N starts at 3 but main raises it to 5 before the loop; 5 instances over data[id % 4]: ids 0 and 4 both write data[0] */
#include <pthread.h>
#include <stdio.h>
int N = 3;
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[8];
  long i;
  N = 5;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}

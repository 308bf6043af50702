/* TRUTH: free — snprintf(&buf[(id % 4) * 2], 2, ...) writes cells 2k and 2k+1 only; instance k's pair never overlaps another instance's pair */
#include <pthread.h>
#include <stdio.h>
#define N 4
char buf[2 * N + 1];
void *f(void *p) {
  long id = (long)p;
  snprintf(&buf[(id % 4) * 2], 2, "%ld", id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%c%c%c%c\n", buf[0], buf[2], buf[4], buf[6]);
  return 0;
}

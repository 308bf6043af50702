/* TRUTH: racy — d = &buf[id]; d[1] = 0 writes the neighbour’s cell */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
char buf[N + 1];
void *f(void *p) {
  long id = (long)p;
  char *d = &buf[id]; d[0] = 1; d[1] = 0;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

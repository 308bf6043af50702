/* TRUTH: racy — helper writes d[0], d[1] from &buf[id] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
char buf[N + 1];
static void put2(char *d) { d[0] = 1; d[1] = 0; }
void *f(void *p) {
  long id = (long)p;
  put2(&buf[id]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

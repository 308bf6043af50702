/* TRUTH: racy — sscanf %2s into &buf[id] writes buf[id..id+2] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
char buf[N + 3];
void *f(void *p) {
  long id = (long)p;
  sscanf("12", "%2s", &buf[id]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

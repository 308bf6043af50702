/* TRUTH: racy — snprintf of 7 chars + NUL into (char *)&v[id] overwrites v[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
int v[N + 1];
void *f(void *p) {
  long id = (long)p;
  snprintf((char *)&v[id], 8, "%s", "abcdef");
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

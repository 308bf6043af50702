/* TRUTH: racy — fgets(&buf[id], 3, fp) writes up to buf[id + 2] (TSan does not intercept fgets) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
char buf[N + 2];
void *f(void *p) {
  long id = (long)p;
  FILE *fp = fopen("/dev/zero", "r"); if (fp) { fgets(&buf[id], 3, fp); fclose(fp); }
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

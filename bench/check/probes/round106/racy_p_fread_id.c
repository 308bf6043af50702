/* TRUTH: racy — fread of 2 ints into &v[id] writes v[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#define N 4
int v[N + 1];
void *f(void *p) {
  long id = (long)p;
  FILE *fp = fopen("/dev/zero", "r"); if (fp) { fread(&v[id], sizeof(int), 2, fp); fclose(fp); }
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}

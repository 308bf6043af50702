/* TRUTH: free — the counter is bumped twice per iteration, so ids are 0,2,4: writes a[even], reads a[odd] */
#include <pthread.h>
#include <stdio.h>
int a[7];
int out[6];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[6];
  long i;
  for (i = 0; i < 6; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    i++;
  }
  for (i = 0; i < 6; i += 2) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}

/* TRUTH: racy — bump makes i equal CH on the last pass, so thread id writes a[(id+1)*CH], thread id+1 first element */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[17];
static void bump(int *p) { (*p)++; }
void *w(void *arg) {
  long id = (long)arg;
  int i;
  for (i = 0; i < CH; i++) { a[id * CH + i] = 1; if (i == CH - 1) { bump(&i); a[id * CH + i] = 2; } }
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}

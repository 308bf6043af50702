/* TRUTH: racy — thread 0 reads a[1], written by thread 1 */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define CH 4
int a[17];
int sink[16];
void *w(void *arg) {
  long id = (long)arg;
  for (int i = id; i < 16; i += 4) { a[i] = 1; sink[id] += a[i + 1]; }
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}

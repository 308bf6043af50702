/* TRUTH: racy — the init loop stores j % 2, so threads 0 and 2 share id 0 */
#include <pthread.h>
#include <stdio.h>
#define N 4
int ids[N];
int out[N];
void *w(void *arg) {
  int id = *(int *)arg;
  out[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int j = 0; j < N; j++) ids[j] = j % 2;
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, &ids[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}

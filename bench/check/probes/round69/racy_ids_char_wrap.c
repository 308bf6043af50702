/* TRUTH: racy — ids are unsigned char: threads 0 and 256 both get id 0 and write out[0] */
#include <pthread.h>
#include <stdio.h>
#define N 300
unsigned char ids[N];
int out[N];
void *w(void *arg) {
  int id = *(unsigned char *)arg;
  out[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, w, &ids[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}

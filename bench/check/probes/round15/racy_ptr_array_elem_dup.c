/* Racy: the last two threads both receive &arr[N-2] because of an off-by-one clamp, so they write the same element. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
double arr[N];
void *scale(void *p) {
  double *e = p;
  *e = *e * 2.5 + 1.0;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) arr[i] = rand() % 7;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, scale, &arr[i < N - 2 ? i : N - 2]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%f %f\n", arr[0], arr[N - 1]);
  return 0;
}

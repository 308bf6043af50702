/* Race-free: each thread receives a pointer to a different element &arr[i] and writes only through it. */
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
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, scale, &arr[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%f %f\n", arr[0], arr[N - 1]);
  return 0;
}

/* TRUTH: free — barrier-phased 1D stencil: each thread writes its own slice of dst and reads src (incl. neighbours' halo); barrier between phases; src/dst swapped locally by each thread identically */
#include <pthread.h>
#include <stdio.h>
#define N 64
#define T 4
#define STEPS 10
double A[N], B[N];
pthread_barrier_t bar;
static void *work(void *arg) {
  int id = (int)(long)arg;
  double *src = A, *dst = B;
  int lo = id * (N / T), hi = lo + N / T;
  for (int s = 0; s < STEPS; s++) {
    for (int i = lo; i < hi; i++) {
      double l = i > 0 ? src[i - 1] : 0, r = i < N - 1 ? src[i + 1] : 0;
      dst[i] = (l + src[i] + r) / 3.0;
    }
    pthread_barrier_wait(&bar);
    double *tmp = src; src = dst; dst = tmp;
  }
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) A[i] = i;
  pthread_barrier_init(&bar, 0, T);
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  printf("%f\n", A[N / 2]);
  return 0;
}

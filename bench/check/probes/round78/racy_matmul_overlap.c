/* TRUTH: racy — row ranges overlap by one row (r1 = (i+1)*N/T + 1), so two threads write the same C[i][k] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 32
#define T 4
struct job { double (*A)[N], (*B)[N], (*C)[N]; int r0, r1; };
static void *mm(void *arg) {
  struct job *j = arg;
  for (int i = j->r0; i < j->r1; i++)
    for (int k = 0; k < N; k++) {
      double s = 0;
      for (int m = 0; m < N; m++) s += j->A[i][m] * j->B[m][k];
      j->C[i][k] = s;
    }
  return 0;
}
int main(void) {
  double (*A)[N] = malloc(sizeof(double[N][N])), (*B)[N] = malloc(sizeof(double[N][N])), (*C)[N] = malloc(sizeof(double[N][N]));
  for (int i = 0; i < N; i++) for (int k = 0; k < N; k++) { A[i][k] = i + k; B[i][k] = i - k; }
  pthread_t t[T]; struct job jobs[T];
  for (int i = 0; i < T; i++) {
    jobs[i] = (struct job){ A, B, C, i * N / T, (i + 1) * N / T + (i < T - 1) };
    pthread_create(&t[i], 0, mm, &jobs[i]);
  }
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  printf("%f\n", C[3][5]);
  free(A); free(B); free(C);
  return 0;
}

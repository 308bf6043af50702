/* TRUTH: racy — threads accumulate into C[i][k] (+=) with blocks split over the k-loop index m instead of rows: all threads write every C element */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 32
#define T 4
struct job { double (*A)[N], (*B)[N], (*C)[N]; int r0, r1; };
static void *mm(void *arg) {
  struct job *j = arg;
  for (int i = 0; i < N; i++)
    for (int k = 0; k < N; k++) {
      for (int m = j->r0; m < j->r1; m++) j->C[i][k] += j->A[i][m] * j->B[m][k];
    }
  return 0;
}
int main(void) {
  double (*A)[N] = malloc(sizeof(double[N][N])), (*B)[N] = malloc(sizeof(double[N][N])), (*C)[N] = calloc(1, sizeof(double[N][N]));
  for (int i = 0; i < N; i++) for (int k = 0; k < N; k++) { A[i][k] = i + k; B[i][k] = i - k; }
  pthread_t t[T]; struct job jobs[T];
  for (int i = 0; i < T; i++) {
    jobs[i] = (struct job){ A, B, C, i * N / T, (i + 1) * N / T };
    pthread_create(&t[i], 0, mm, &jobs[i]);
  }
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  printf("%f\n", C[3][5]);
  free(A); free(B); free(C);
  return 0;
}

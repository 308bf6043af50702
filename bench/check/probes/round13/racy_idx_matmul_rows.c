/* racy: end = start + RPT + 1 makes thread 0 also compute row RPT, which thread 1 owns */
#include <pthread.h>
#include <assert.h>
#define NT 2
#define D 4
#define RPT (D / NT)
int A[D][D], B[D][D], Cm[D + 1][D];
void *mm(void *p) {
  int id = (int)(long)p;
  int start = id * RPT, end = start + RPT + 1;
  for (int i = start; i < end; i++)
    for (int j = 0; j < D; j++) {
      Cm[i][j] = 0;
      for (int k = 0; k < D; k++) Cm[i][j] += A[i % D][k] * B[k][j];
    }
  return NULL;
}
int main(void) {
  for (int i = 0; i < D; i++) for (int j = 0; j < D; j++) { A[i][j] = i == j; B[i][j] = i + j; }
  pthread_t t[NT];
  for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, mm, (void *)(long)i);
  for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
  return Cm[2][3];
}

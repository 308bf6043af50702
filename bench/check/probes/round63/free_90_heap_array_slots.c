/* TRUTH: free — one malloc'd array is shared, but worker k (given {arr,k}) writes only arr[k]; main reads after joins */
#include <pthread.h>
#include <stdlib.h>
struct arg { int *arr; int k; };
static void *put(void *p) { struct arg *a = p; a->arr[a->k] = a->k + 1; return 0; }
int main(void) {
  int *arr = calloc(4, sizeof *arr);
  if (!arr) return 1;
  struct arg args[4]; pthread_t t[4];
  for (int k = 0; k < 4; k++) { args[k].arr = arr; args[k].k = k; pthread_create(&t[k], 0, put, &args[k]); }
  for (int k = 0; k < 4; k++) pthread_join(t[k], 0);
  int s = arr[0] + arr[1] + arr[2] + arr[3];
  free(arr);
  return s != 10;
}

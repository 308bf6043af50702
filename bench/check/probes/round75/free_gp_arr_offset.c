/* TRUTH: free — p = &arr[1]; the thread writes p[1] = arr[2]; main writes arr[1] */
#include <pthread.h>
#include <stdio.h>
int arr[4];
int *p = &arr[1];
static void *t(void *a) { (void)a; p[1] = 5; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  arr[1] = 3;
  pthread_join(h, 0);
  printf("%d %d\n", arr[1], arr[2]);
  return 0;
}

/* TRUTH: racy — p = &arr[0] and the p++ is commented out: the thread writes arr[0] while main writes arr[0] */
#include <pthread.h>
#include <stdio.h>
int arr[2];
int *p = &arr[0];
static void *t(void *a) { (void)a; *p = 1; return 0; }
int main(void) {
  /* p++; */
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  arr[0] = 2;
  pthread_join(h, 0);
  printf("%d %d\n", arr[0], arr[1]);
  return 0;
}

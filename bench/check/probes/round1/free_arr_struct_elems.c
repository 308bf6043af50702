/* TRUTH: free. Constant elements: g[0].cnt, g[1].cnt, and m[0][1] vs m[1][0] differ. */
#include <pthread.h>
struct c { int cnt; int arr[2]; };
struct c g[2];
int m[2][2];
void *worker(void *arg) { g[0].cnt++; g[0].arr[1] = 1; m[0][1] = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g[1].cnt++; g[1].arr[1] = 2; m[1][0] = 2;
  pthread_join(t, NULL);
  return g[0].cnt;
}

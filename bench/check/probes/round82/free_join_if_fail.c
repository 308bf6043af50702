/* TRUTH: free — x++ only after pthread_join returned 0 */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  if (pthread_join(th, 0) != 0) return 1;
  x++;
  printf("%d\n", x); return 0;
}

/* TRUTH: free — all threads joined by iterating a pointer over the handle array before the read */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = (int)(long)a; return 0; }
int main(void) {
  pthread_t th[1];
  pthread_create(&th[0], 0, t, (void *)3);
  for (pthread_t *p = th; p < th + 1; p++) pthread_join(*p, 0);
  x++;
  printf("%d\n", x); return 0;
}
